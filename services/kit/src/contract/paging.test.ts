import { MAX_PAGE_SIZE, checkPageSize, decodeCursor, encodeCursor } from "./paging";

describe("cursors", () => {
  it("round-trip any sort key, including non-ASCII", () => {
    for (const key of ["keyspot-network", "café-ñ-中文", ""]) expect(decodeCursor(encodeCursor(key))).toBe(key);
  });

  it("refuse a cursor this API did not issue", () => {
    expect(() => decodeCursor("bm90LWEtY3Vyc29y")).toThrow(expect.objectContaining({ extensions: { code: "BAD_USER_INPUT", field: "after" } }));
  });
});

describe("page size", () => {
  it.each([0, 1, MAX_PAGE_SIZE])("accepts %i", (first) => expect(() => checkPageSize(first)).not.toThrow());
  it.each([-1, MAX_PAGE_SIZE + 1, 1e9])("refuses %i", (first) => expect(() => checkPageSize(first)).toThrow(/first/));
});
