import { type ImportProblem, type ImportRow } from "@dlhub/subgraph-kit";
import { type GrantRound } from "../../grants/grant-round.entity.js";
import { type GrantRow } from "./grant-row.js";

type RoundFields = Pick<GrantRound, "slug" | "name" | "year" | "funder" | "focus" | "notes">;

/** Rows grouped by round, in file order. */
function byRound(rows: ImportRow<GrantRow>[]): Map<string, ImportRow<GrantRow>[]> {
  const rounds = new Map<string, ImportRow<GrantRow>[]>();
  for (const row of rows) rounds.set(row.row.round.slug, [...(rounds.get(row.row.round.slug) ?? []), row]);
  return rounds;
}

/**
 * Every row repeats its round's year and program; rows that disagree with the round's first row
 * would make one of them wrong, so they are refused. The funder and notes may differ: the file
 * spells the funder out in full on a round's first row and shortens it after.
 */
export function checkRounds(rows: ImportRow<GrantRow>[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const [first, ...rest] of byRound(rows).values()) {
    if (!first) continue;
    for (const { line, row } of rest) {
      if (row.round.year !== first.row.round.year) {
        problems.push({ line, reason: `year_announced: ${row.round.year} differs from ${first.row.round.year} on line ${first.line}, for the same round` });
      }
      if (row.program !== first.row.program) {
        problems.push({ line, reason: `program: ${JSON.stringify(row.program)} differs from ${JSON.stringify(first.row.program)} on line ${first.line}, for the same round` });
      }
    }
  }
  return problems;
}

/**
 * Each round as its rows describe it: name, year and funder from its first row; its focus is the
 * theme in its name, else its program; its notes are the first `focus` text given (the file's
 * words on the call). The total is left alone: the file does not give it as a number.
 */
export function roundsOf(rows: ImportRow<GrantRow>[]): RoundFields[] {
  return [...byRound(rows).values()].map((group) => {
    const first = (group[0] as ImportRow<GrantRow>).row;
    const notes = group.map(({ row }) => row.round.notes).find((n) => n !== null) ?? null;
    return {
      slug: first.round.slug,
      name: first.round.name,
      year: first.round.year,
      funder: first.round.funder,
      focus: first.round.theme ?? first.program,
      notes,
    };
  });
}
