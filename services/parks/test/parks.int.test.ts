import { countStatements, postGraphql, queryOk, startTestSubgraph, statementsOf, type TestSubgraph } from "@dlhub/subgraph-kit/testing";
import { parks } from "@dlhub/parks";

describe("the Parks & Recreation subgraph", () => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph(parks);
  });
  afterAll(() => subgraph?.stop());

  it("serves its initiatives with the contract fields, labs, camps and sites", async () => {
    const data = await queryOk<{ parksInitiatives: { totalCount: number; nodes: Record<string, any>[] } }>(
      subgraph.url,
      `{ parksInitiatives(first: 10) { totalCount nodes {
          slug departmentId department kind status audiences pillars startDate
          partners { partnerSlug role } outcomes { metric value }
          sites { id kind name address latitude }
          computerLabs { name isDigitalAccessHub hasFiberWifi internetSpeedMbps center { assetId } initiative { slug } }
          afterschoolCamps { season enrolled center { name } initiative { slug } }
      } } }`,
    );
    expect(data.parksInitiatives.totalCount).toBe(4);
    const bySlug = new Map(data.parksInitiatives.nodes.map((n) => [n.slug, n]));

    const hubs = bySlug.get("digital-access-hubs");
    expect(hubs).toMatchObject({ departmentId: "parks", department: "PARKS", kind: "OPEN_LAB", pillars: ["ACCESS", "SKILLS"], startDate: "2024-10-01" });
    expect(hubs?.computerLabs.map((l: { center: { assetId: string } }) => l.center.assetId).sort()).toEqual(["demo-1032", "demo-1187"]);
    expect(hubs?.computerLabs.every((l: { isDigitalAccessHub: boolean; hasFiberWifi: boolean }) => l.isDigitalAccessHub && l.hasFiberWifi)).toBe(true);
    expect(hubs?.sites).toEqual([
      { id: "parks:recreation_center:demo-1032", kind: "RECREATION_CENTER", name: "Happy Hollow Recreation Center", address: "4740 Wayne Ave", latitude: 40.02375 },
      { id: "parks:recreation_center:demo-1187", kind: "RECREATION_CENTER", name: "J. Finnegan Recreation Center", address: "6801 Grovers Ave", latitude: 39.91466 },
    ]);
    expect(hubs?.partners).toContainEqual({ partnerSlug: "pa-broadband-development-authority", role: "FUNDER" });

    const camps = bySlug.get("afterschool-computer-camps");
    expect(camps).toMatchObject({ kind: "YOUTH_CAMP", audiences: ["YOUTH", "K12_FAMILIES"] });
    expect(camps?.afterschoolCamps).toHaveLength(7);
    expect(camps?.afterschoolCamps[0]).toMatchObject({ season: "Fall 2024", initiative: { slug: "afterschool-computer-camps" } });
    // Kingsessing hosts two seasons of camps but is one site of the initiative.
    expect(camps?.sites.map((s: { id: string }) => s.id).filter((id: string) => id.endsWith(":demo-1120"))).toHaveLength(1);

    expect(bySlug.get("older-adult-tech-hours")).toMatchObject({ kind: "CLASS_SERIES", audiences: ["SENIORS"] });
  });

  it("lists recreation centres by status and looks one up by asset id", async () => {
    const data = await queryOk<any>(
      subgraph.url,
      `{ closed: recreationCenters(status: CLOSED_FOR_REBUILD) { assetId name comments }
         all: recreationCenters { assetId }
         happyHollow: recreationCenter(assetId: "demo-1032") { name programType building gym status computerLabs { name } afterschoolCamps { season } }
         unknown: recreationCenter(assetId: "9999") { name } }`,
    );
    expect(data.closed).toEqual([{ assetId: "demo-1099", name: "Vare Recreation Center", comments: "Closed for Rebuild" }]);
    expect(data.all).toHaveLength(10);
    expect(data.happyHollow).toMatchObject({
      name: "Happy Hollow Recreation Center",
      programType: "Recreation Center",
      status: "OPEN",
      computerLabs: [{ name: "Happy Hollow Digital Access Hub" }],
      afterschoolCamps: [{ season: "Spring 2025" }],
    });
    expect(data.unknown).toBeNull();
  });

  it("resolves recreation centre references in one statement however many are asked for", async () => {
    const representations = ["demo-1032", "demo-1187", "demo-1120", "demo-1201", "9999"].map((assetId) => ({ __typename: "RecreationCenter", assetId }));
    const { answer: data, statements } = await countStatements(statementsOf(subgraph), () =>
      queryOk<any>(subgraph.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on RecreationCenter { name } } }`, { r: representations }),
    );
    expect(data._entities.map((e: { name: string } | null) => e?.name ?? null)).toEqual([
      "Happy Hollow Recreation Center",
      "J. Finnegan Recreation Center",
      "Kingsessing Recreation Center",
      "Rivera Recreation Center",
      null,
    ]);
    expect(statements).toBe(1);
  });

  it("refuses an unknown status and an oversized page as bad user input", async () => {
    const status = await postGraphql(subgraph.url, `query($s: RecreationCenterStatus) { recreationCenters(status: $s) { name } }`, { s: "DEMOLISHED" });
    expect(status.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const page = await postGraphql(subgraph.url, `{ parksInitiatives(first: 5000) { totalCount } }`);
    expect(page.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("seeds idempotently", async () => {
    await parks.seed?.(subgraph.service.database.dataSource);
    const data = await queryOk<any>(
      subgraph.url,
      `{ parksInitiatives { totalCount nodes { computerLabs { id } afterschoolCamps { id } partners { partnerSlug } } } recreationCenters { assetId } }`,
    );
    const nodes: { computerLabs: unknown[]; afterschoolCamps: unknown[]; partners: unknown[] }[] = data.parksInitiatives.nodes;
    expect(data.parksInitiatives.totalCount).toBe(4);
    expect(data.recreationCenters).toHaveLength(10);
    expect(nodes.flatMap((n) => n.computerLabs)).toHaveLength(9);
    expect(nodes.flatMap((n) => n.afterschoolCamps)).toHaveLength(7);
    expect(nodes.flatMap((n) => n.partners)).toHaveLength(8);
  });
});
