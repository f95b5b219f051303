// Control characters corrupt exports and terminals (and PostgreSQL refuses NUL in text), and
// bidirectional overrides make text read differently from what it says. Free text a person
// writes allows none of them, except the line breaks and tabs of longer text.
const REFUSED = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Whether text holds a character no person types; `lineBreaks` allows \n, \r and \t. */
export function hasControlCharacters(value: string, options: { lineBreaks?: boolean } = {}): boolean {
  return REFUSED.test(options.lineBreaks ? value.replace(/[\n\r\t]/g, "") : value);
}
