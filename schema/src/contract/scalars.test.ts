import { LocalDateResolver } from "graphql-scalars";
import { printType } from "graphql";
import { LocalDate, isCalendarDate } from "./scalars.js";

/** The answer graphql-scalars gives, or its refusal's message. */
function answer(serialize: (value: unknown) => unknown, value: unknown): unknown {
  try {
    return { ok: serialize(value) };
  } catch (error) {
    return { refused: (error as Error).message };
  }
}

describe("LocalDate", () => {
  it("answers and refuses exactly as graphql-scalars' LocalDate does", () => {
    const values: unknown[] = ["2024-10-28", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-04-00", "2024-1-01", "24-01-01",
      "2024-01-01T00:00:00Z", "２０２４-01-01", "2024/01/01", "", " 2024-01-01", "abcd-ef-gh", null, undefined, 20240101, new Date("2024-01-01"), {}];
    // Every day and non-day of months in leap, common and century years.
    for (const year of ["0000", "1900", "1999", "2000", "2023", "2024", "2100", "9999"]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) values.push(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
      }
    }
    for (const value of values) expect([value, answer((v) => LocalDate.serialize(v), value)]).toEqual([value, answer((v) => LocalDateResolver.serialize(v), value)]);
    expect(values.filter(isCalendarDate).length).toBeGreaterThan(2_900);
  });

  it("is the same type in the schema", () => {
    expect(printType(LocalDate)).toBe(printType(LocalDateResolver));
    expect(LocalDate.parseValue("2024-02-29")).toBe("2024-02-29");
    expect(() => LocalDate.parseValue("2023-02-29")).toThrow(/not a valid LocalDate/);
  });
});
