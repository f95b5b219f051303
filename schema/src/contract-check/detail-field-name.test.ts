import { detailFieldFor } from "./detail-field-name";

describe("detailFieldFor", () => {
  it.each([
    ["libraries", "library"],
    ["it", "it"],
    ["parks", "parks"],
    ["commerce", "commerce"],
    ["immigrant-affairs", "immigrantAffairs"],
    ["adult-education-2", "adultEducation2"],
  ])("names %s's field %s", (name, field) => {
    expect(detailFieldFor(name)).toBe(field);
  });

  it.each(["", "Parks", "immigrant_affairs", "-parks", "parks-", "immigrant--affairs"])("rejects %j", (name) => {
    expect(() => detailFieldFor(name)).toThrow(/lower kebab-case/);
  });
});
