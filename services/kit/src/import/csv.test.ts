import { parseCsv } from "./csv.js";

const columns = ["NAME", "ADDRESS"];

describe("parseCsv", () => {
  it("drops a byte-order mark and keys fields by the header", () => {
    const { records, problems } = parseCsv("\uFEFFNAME,ADDRESS\nLogan,1333 Wagner Ave\n", { columns });
    expect(problems).toEqual([]);
    expect(records).toEqual([{ line: 2, fields: { NAME: "Logan", ADDRESS: "1333 Wagner Ave" } }]);
  });

  it("reads quoted commas, doubled quotes and line breaks, and reports where each row starts", () => {
    const text = 'NAME,ADDRESS\n"DURHAM, CHARLES /MANTUA",3320 HAVERFORD AVE\n"The ""Village""","2544 Germantown Ave\nPhiladelphia PA"\n\nKensington,104 W Dauphin St\n';
    const { records, problems } = parseCsv(text, { columns });
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.line, r.fields.NAME])).toEqual([
      [2, "DURHAM, CHARLES /MANTUA"],
      [3, 'The "Village"'],
      [6, "Kensington"],
    ]);
    expect(records[1]?.fields.ADDRESS).toBe("2544 Germantown Ave\nPhiladelphia PA");
  });

  it("refuses rows with the wrong number of fields and keeps reading", () => {
    const { records, problems } = parseCsv("NAME,ADDRESS\nA,1\nB\nC,3,extra\nD,4\n", { columns });
    expect(records.map((r) => r.fields.NAME)).toEqual(["A", "D"]);
    expect(problems).toEqual([
      { line: 3, reason: "has 1 fields where the header has 2" },
      { line: 4, reason: "has 3 fields where the header has 2" },
    ]);
  });

  it("refuses a header without the columns the importer reads", () => {
    expect(parseCsv("NAME,STREET\nA,1\n", { columns }).problems).toEqual([{ line: 1, reason: 'the header lacks "ADDRESS"' }]);
  });

  it("reports a broken quote at its line", () => {
    const { problems } = parseCsv('NAME,ADDRESS\nA,1\nB,"2"x\n', { columns });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(3);
  });

  it("reports an empty file", () => {
    expect(parseCsv("", { columns }).problems).toEqual([{ line: 1, reason: "the file is empty" }]);
  });
});
