import { queryOk } from "@dlhub/subgraph-kit/testing";
import { type TestHub, startTestHub } from "./start-test-hub";

describe("the whole hub, end to end through the gateway", () => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub();
  });
  afterAll(() => hub?.stop());

  it("returns initiatives of all four departments and a KEYSPOT site's host branch in one request", async () => {
    const data = await queryOk<any>(
      hub.gatewayUrl,
      `{
        itInitiatives { nodes { title department } }
        libraryInitiatives { nodes { title department } }
        commerceInitiatives { nodes { title department } }
        parksInitiatives { nodes { title department } }
        keyspotSites { name hostBranch { code name address } }
      }`,
    );
    const departments = ["itInitiatives", "libraryInitiatives", "commerceInitiatives", "parksInitiatives"].map(
      (field) => data[field].nodes[0]?.department,
    );
    expect(departments).toEqual(["IT", "LIBRARIES", "COMMERCE", "PARKS"]);
    const atLogan = data.keyspotSites.find((site: any) => site.hostBranch?.code === "demo-52022");
    expect(atLogan.hostBranch).toEqual({ code: "demo-52022", name: "Logan", address: "1333 Wagner Ave" });
  });

  it("follows entities both ways across departments", async () => {
    const data = await queryOk<any>(
      hub.gatewayUrl,
      `{
        libraryBranch(code: "demo-52018") { name keyspotSites { name hostBranch { name } } }
        recreationCenter(assetId: "demo-1032") { name keyspotSites { name hostRecreationCenter { name status } } }
        keyspotSites { name hostRecreationCenter { assetId name computerLabs { isDigitalAccessHub } } }
      }`,
    );
    expect(data.libraryBranch.keyspotSites.length).toBeGreaterThan(0);
    expect(data.libraryBranch.keyspotSites[0].hostBranch.name).toBe("Kensington");
    expect(data.recreationCenter.keyspotSites[0].hostRecreationCenter.name).toBe("Happy Hollow Recreation Center");
    const happyHollow = data.keyspotSites.find((s: any) => s.hostRecreationCenter?.assetId === "demo-1032");
    expect(happyHollow.hostRecreationCenter.computerLabs.some((lab: any) => lab.isDigitalAccessHub)).toBe(true);
  });

  it("serves the contract fields alike for every department", async () => {
    const fields = `nodes { id slug title summary kind status audiences languages pillars startDate endDate department
      sites { id name kind latitude longitude } partners { partnerSlug name role } outcomes { metric value periodStart periodEnd } }`;
    const data = await queryOk<any>(
      hub.gatewayUrl,
      `{ itInitiatives { ${fields} } libraryInitiatives { ${fields} } commerceInitiatives { ${fields} } parksInitiatives { ${fields} } }`,
    );
    for (const connection of Object.values(data) as any[]) {
      expect(connection.nodes.length).toBeGreaterThanOrEqual(3);
      for (const initiative of connection.nodes) {
        expect(initiative.summary).toMatch(/\(DL Hub demo data\)$/);
        expect(initiative.audiences.length).toBeGreaterThan(0);
      }
      expect(connection.nodes.some((i: any) => i.sites.length > 0)).toBe(true);
      expect(connection.nodes.some((i: any) => i.outcomes.length > 0)).toBe(true);
    }
  });
});
