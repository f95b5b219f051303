import { grantRow } from "./grant-row.js";
import { checkRounds, roundsOf } from "./grant-rounds.js";

const fields = (overrides: Record<string, string>) => ({
  program: "Digital Literacy Alliance",
  round: "Round 1 (Innovation)",
  year_announced: "2017",
  funder: "Comcast + Verizon seed fund",
  focus: "",
  organization: "Center for Literacy",
  amount_usd: "",
  grant_type: "",
  project_summary: "ESL courses",
  source_url: "",
  ...overrides,
});
const row = (line: number, overrides: Record<string, string> = {}) => ({ line, row: grantRow.parse(fields(overrides)) });

describe("grant rounds", () => {
  it("take name, year and funder from their first row and notes from the first focus given", () => {
    const rows = [row(2), row(3, { organization: "VietLead", funder: "Comcast", focus: "Open call" })];
    expect(roundsOf(rows)).toEqual([
      { slug: "round-1-innovation", name: "Round 1 (Innovation)", year: 2017, funder: "Comcast + Verizon seed fund", focus: "Innovation", notes: "Open call" },
    ]);
  });

  it("refuse rows that disagree with the round's first row on year or program", () => {
    const rows = [row(2), row(3, { organization: "VietLead", year_announced: "2018" }), row(4, { organization: "PhillyCAM", program: "KEYSPOT network grants" })];
    expect(checkRounds(rows)).toEqual([
      { line: 3, reason: "year_announced: 2018 differs from 2017 on line 2, for the same round" },
      { line: 4, reason: 'program: "KEYSPOT network grants" differs from "Digital Literacy Alliance" on line 2, for the same round' },
    ]);
  });

  it("read a bracketed organization as a round without named grantees, which cannot carry an amount", () => {
    expect(grantRow.parse(fields({ organization: "(8 organizations; names not published)" })).grant).toBeNull();
    const result = grantRow.safeParse(fields({ organization: "(8 organizations)", amount_usd: "200000" }));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["amount_usd: is given for a row that names no grantee"]);
  });

  it("refuse a round whose key would look like demo data's", () => {
    const result = grantRow.safeParse(fields({ round: "Demo Day 2025" }));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(['round: makes a key starting with "demo-", which only demo data uses']);
  });

  it("require a summary for a named grantee", () => {
    const result = grantRow.safeParse(fields({ project_summary: " " }));
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual(["project_summary: is blank"]);
  });
});
