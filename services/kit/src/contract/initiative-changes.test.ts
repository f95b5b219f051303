import { MAX_TITLE, checkDates, parseInitiativeChanges } from "./initiative-changes";

/** The field a refused change names, or "accepted". */
function refusedField(input: Record<string, unknown>): string {
  try {
    parseInitiativeChanges(input);
    return "accepted";
  } catch (error) {
    const { code, field } = (error as { extensions: { code: string; field: string } }).extensions;
    return `${code} ${field}`;
  }
}

describe("an editor's changes to an initiative", () => {
  it("keep only the fields given, trimmed; null clears the end date", () => {
    expect(parseInitiativeChanges({ title: "  Senior Tech Hour  ", endDate: null, summary: undefined })).toEqual({ title: "Senior Tech Hour", endDate: null });
    expect(parseInitiativeChanges({ summary: "Line one.\r\nLine two,\tindented." })).toEqual({ summary: "Line one.\nLine two,\tindented." });
    expect(parseInitiativeChanges({ audiences: ["SENIORS", "IMMIGRANTS"], status: "PAUSED" })).toEqual({ audiences: ["SENIORS", "IMMIGRANTS"], status: "PAUSED" });
  });

  it.each([
    ["an empty title", { title: "" }, "title"],
    ["a blank title", { title: "   " }, "title"],
    ["a title too long", { title: "x".repeat(MAX_TITLE + 1) }, "title"],
    ["a control character", { title: "Tech\u0007Hour" }, "title"],
    ["a line break in a title", { title: "Line\nbreak" }, "title"],
    ["a bidirectional override", { title: "abc\u202Edef" }, "title"],
    ["a null title", { title: null }, "title"],
    ["a control character in a summary", { summary: "bell\u0007" }, "summary"],
    ["an unknown status", { status: "CANCELLED" }, "status"],
    ["a repeated audience", { audiences: ["SENIORS", "SENIORS"] }, "audiences"],
    ["an unknown language", { languages: ["KLINGON"] }, "languages"],
    ["a day that does not exist", { startDate: "2025-02-30" }, "startDate"],
    ["a date that is not one", { endDate: "tomorrow" }, "endDate"],
    ["no change at all", {}, "input"],
  ])("refuses %s, naming the field", (_label, input, field) => {
    expect(refusedField(input)).toBe(`BAD_USER_INPUT ${field}`);
  });

  it("refuses an end before the start, naming whichever date was changed", () => {
    expect(() => checkDates({ startDate: "2025-03-01", endDate: "2025-02-01" }, { endDate: "2025-02-01" })).toThrow(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "endDate" } }),
    );
    expect(() => checkDates({ startDate: "2025-03-01", endDate: "2025-02-01" }, { startDate: "2025-03-01" })).toThrow(
      expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "startDate" } }),
    );
    expect(() => checkDates({ startDate: "2025-03-01", endDate: null }, {})).not.toThrow();
    expect(() => checkDates({ startDate: "2025-03-01", endDate: "2025-03-01" }, {})).not.toThrow();
  });
});
