const SMALL_WORDS = new Set(["and", "of", "the", "de"]);

/**
 * City GIS layers spell names and addresses in capitals (`5501 N 05TH ST`); the hub shows them
 * as people write them (`5501 N 05th St`). A letter is capitalised where a word starts, after a
 * space or punctuation but not after a digit, so ordinals stay lower case.
 */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[^a-z0-9'])([a-z])/g, (_match, before: string, letter: string) => before + letter.toUpperCase())
    .replace(/\bMc([a-z])/g, (_match, letter: string) => `Mc${letter.toUpperCase()}`)
    .replace(/ ([A-Z][a-z]*)(?= )/g, (match, word: string) => (SMALL_WORDS.has(word.toLowerCase()) ? ` ${word.toLowerCase()}` : match));
}
