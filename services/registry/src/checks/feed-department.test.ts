import { ContractRule } from "@dlhub/schema";
import { type FeedPage } from "../feed-probe";
import { feedDepartmentProblems } from "./feed-department";

const initiatives = (body: unknown): FeedPage => ({ path: "/initiative-feed", body });
const places = (body: unknown): FeedPage => ({ path: "/place-feed", body });
const initiative = (departmentId: string | undefined, department?: string) => ({ initiativeId: "i", initiative: { id: "i", departmentId, department } });

describe("feedDepartmentProblems (FEED_DEPARTMENT)", () => {
  it("passes feeds naming the publishing department, by id or (older builds) by the legacy enum value", () => {
    expect(feedDepartmentProblems("immigrant-affairs", [
      initiatives({ departmentId: "immigrant-affairs", changes: [initiative("immigrant-affairs"), { initiativeId: "gone", initiative: null }] }),
      places({ department: "IMMIGRANT_AFFAIRS", changes: [{ placeKey: "p", place: { department: "IMMIGRANT_AFFAIRS" } }] }),
    ])).toEqual([]);
    expect(feedDepartmentProblems("arts-culture", [initiatives({ departmentId: "arts-culture", changes: [initiative("arts-culture")] })])).toEqual([]);
  });

  it("refuses a page or rows naming another department, one problem per feed, saying which and where", () => {
    const problems = feedDepartmentProblems("libraries", [
      initiatives({ departmentId: "parks", changes: [initiative("parks"), initiative("libraries")] }),
      places({ departmentId: "libraries", changes: [{ placeKey: "p", place: { departmentId: "libraries" } }, { placeKey: "q", place: { department: "COMMERCE" } }] }),
    ]);
    expect(problems).toEqual([
      { rule: ContractRule.FEED_DEPARTMENT, message: expect.stringMatching(/^GET \/initiative-feed names department "parks" \(the page and 1 of its rows\), not "libraries"/) },
      { rule: ContractRule.FEED_DEPARTMENT, message: expect.stringMatching(/^GET \/place-feed names department "commerce" \(1 of its rows\), not "libraries"/) },
    ]);
  });

  it("prefers departmentId to the legacy value, and lets a page naming no department pass (nothing to contradict)", () => {
    expect(feedDepartmentProblems("parks", [initiatives({ departmentId: "parks", department: "LIBRARIES", changes: [] })])).toEqual([]);
    expect(feedDepartmentProblems("parks", [initiatives({ items: [], endCursor: null }), places("not an object"), places(null)])).toEqual([]);
    expect(feedDepartmentProblems("parks", [initiatives({ departmentId: 7, changes: "none" })]).map(({ message }) => message)).toEqual([expect.stringContaining("names department 7 (the page)")]);
  });
});
