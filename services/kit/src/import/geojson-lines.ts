/**
 * The line each element of the top-level `features` array starts on, in order, for text that
 * JSON.parse has already accepted. JSON.parse keeps no positions, and a person fixing a
 * pretty-printed file wants the line, so this walks the text once: strings are skipped whole
 * (valid JSON strings hold no raw line breaks), nesting is counted, and the array is found as the
 * value of the last key read directly inside the root object.
 */
export function featureLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let lastRootString: string | undefined;
  let inFeatures = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === "\n") {
      line++;
    } else if (char === '"') {
      const end = closingQuote(text, i);
      if (depth === 1) lastRootString = text.slice(i + 1, end);
      if (inFeatures && depth === 2 && expectElement) lines.push(line);
      expectElement = false;
      i = end;
    } else if (char === "{" || char === "[") {
      if (inFeatures && depth === 2 && expectElement) lines.push(line);
      expectElement = false;
      depth++;
      if (depth === 2 && char === "[" && lastRootString === "features") {
        inFeatures = true;
        expectElement = true;
      }
    } else if (char === "}" || char === "]") {
      depth--;
      if (depth === 1) inFeatures = false;
    } else if (char === ",") {
      expectElement = inFeatures && depth === 2;
    } else if (!/\s/.test(char) && inFeatures && depth === 2 && expectElement) {
      // A bare value (null, a number) in the array: still an element, still a line to report.
      lines.push(line);
      expectElement = false;
    }
  }
  return lines;
}

function closingQuote(text: string, open: number): number {
  let i = open + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i;
}
