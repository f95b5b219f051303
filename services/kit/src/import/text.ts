/**
 * A URL-safe key from a name, stable across re-imports: `PEC - Gloria's Place` becomes
 * `pec-glorias-place`. Accents fold to plain letters and apostrophes vanish rather than split a
 * word, so the keys read like the hub's hand-written ones.
 */
export function slugify(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Runs of spaces, tabs and line breaks become one space; GIS exports pad and wrap freely. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
