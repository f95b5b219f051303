import { RecreationCenterStatus } from "../recreation-centers/recreation-center.entity.js";
import { programSiteRow, siteStatus } from "./program-site-row.js";

const { OPEN, CLOSED, CLOSED_FOR_REBUILD, CLOSED_TEMPORARILY } = RecreationCenterStatus;

describe("siteStatus reads COMMENTS", () => {
  it.each([
    ["Closed", CLOSED],
    ["CLOSED", CLOSED],
    ["closed.", CLOSED],
    ["Site closed", CLOSED],
    ["Site Closed per Councilmember request", CLOSED],
    ["Permanently closed", CLOSED],
    ["PERMANENTLY CLOSED - building demolished 2019", CLOSED],
    ["Closed - pump failure", CLOSED],
    ["Closed – programs moved to Marian Anderson", CLOSED],
    ["closed per L&I order", CLOSED],
    ["Building closed per L&I order", CLOSED],
    ["Shut down by L&I", CLOSED],
    ["Permanently closed, replaced by new Rebuild facility", CLOSED],
    ["Pool closed; site closed", CLOSED],
  ])("%j is CLOSED", (comments, status) => expect(siteStatus(comments)).toBe(status));

  it.each([
    "Closed for Rebuild",
    'Closed for Rebuild, "Rebuild" Phase 1',
    "closed for renovation through Spring 2026",
    "Closed for renovations",
    "CLOSED FOR CONSTRUCTION",
    "Closed-rebuild",
    "Under construction",
    "Under construction (Rebuild project)",
    "Building under construction",
    "Rebuild",
    "Rebuild site, Phase 2",
    "Rebuild: new gym and pool",
    "Temporarily closed for renovation",
    "Closed until rebuild is complete",
  ])("%j is CLOSED_FOR_REBUILD", (comments) => expect(siteStatus(comments)).toBe(CLOSED_FOR_REBUILD));

  it.each([
    "Temporarily closed",
    "Temporarily Closed",
    "TEMPORARILY CLOSED - HVAC replacement",
    "Temporary closure for roof repair",
    "Closed until further notice",
    "closed until 3/1/2025",
    "Closed, until June",
    "Closed for the season",
    "closed for season",
    "Closed for winter",
    "Closed; reopens in May",
    "Pool closed. Site closed until June.",
  ])("%j is CLOSED_TEMPORARILY", (comments) => expect(siteStatus(comments)).toBe(CLOSED_TEMPORARILY));

  it.each([
    null,
    "",
    "Gym closed for floor repair",
    "Pool closed",
    "restrooms closed",
    "Restrooms closed; building open",
    "Ball field closed for resodding",
    "Gym and locker rooms closed until March",
    "Pool closed for the season",
    "Spray ground closed",
    "Computer lab closed for upgrade",
    "Pool rebuild 2025",
    "Gym under construction",
    "Seasonal: open June to August",
    "Closed Sundays",
    "closed on holidays",
    "Closed weekends",
    "Not closed",
    "No longer closed for rebuild",
    "Remains open during construction",
    "Reopened 2023 after Rebuild",
    "Digital Access Hub (PBDA grant 2024)",
  ])("%j leaves the site OPEN", (comments) => expect(siteStatus(comments)).toBe(OPEN));

  it("reads the site's own name as the site, not as a part", () => {
    expect(siteStatus("Kelly Pool closed", "Kelly Pool")).toBe(CLOSED);
    expect(siteStatus("Mallory Playground closed for the season", "Mallory Playground")).toBe(CLOSED_TEMPORARILY);
    expect(siteStatus("Pool closed", "Rivera Recreation Center")).toBe(OPEN);
  });
});

describe("programSiteRow", () => {
  const row = {
    X: "-8367325.0727",
    Y: "4869394.1652",
    PARK_NAME: "Mallory Playground",
    DPP_ASSET_ID: "1137",
    PROGRAM_TYPE: "PPR_REC",
    SITE_CLASS: "B",
    BUILDING: "Y",
    GYM: "N",
    LABEL_NUMBER: "8",
    COMMENTS: "Permanently closed",
    DATA_SOURCE: "PPR Program Sites 2024",
  };

  it("keeps the City's PROGRAM_TYPE code beside the hub's words", () => {
    expect(programSiteRow.parse(row)).toMatchObject({ programTypeCode: "PPR_REC", programType: "Playground", status: CLOSED });
    expect(programSiteRow.parse({ ...row, PARK_NAME: "Kelly Pool", PROGRAM_TYPE: "POOL" })).toMatchObject({ programTypeCode: "POOL", programType: "Pool" });
    expect(programSiteRow.parse({ ...row, PROGRAM_TYPE: "OLDER_ADULT_CENTER" })).toMatchObject({ programTypeCode: "OLDER_ADULT_CENTER", programType: "Older Adult Center" });
  });

  it("still refuses a code it does not know", () => {
    expect(programSiteRow.safeParse({ ...row, PROGRAM_TYPE: "Pool" }).success).toBe(false);
  });
});
