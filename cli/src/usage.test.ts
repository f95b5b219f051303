import { formatUsage } from "./usage";

describe("formatUsage", () => {
  it("lists used coordinates with counts, clients and last seen, then unused fields with the removable ones marked", () => {
    const lines = formatUsage({
      days: 30,
      since: "2026-11-03T00:00:00.000Z",
      subgraph: "parks",
      used: [{ coordinate: "ComputerLab.name", count: 42, clients: ["coordinator-console"], operations: ["coordinator-console/Labs"], lastSeen: "2026-12-02T06:01:02.000Z" }],
      unused: [
        { coordinate: "ComputerLab.hasFiberWifi", deprecated: false, removable: false },
        { coordinate: "ComputerLab.seats", deprecated: true, removable: true },
      ],
    });
    expect(lines).toEqual([
      "Usage in the last 30 days in subgraph parks (since 2026-11-03):",
      "",
      "Used: 1 coordinates",
      "  - ComputerLab.name       42 requests  last 2026-12-02 06:01  clients: coordinator-console",
      "      operations: coordinator-console/Labs",
      "",
      "Unused fields: 2 (1 deprecated: removable)",
      "  - ComputerLab.hasFiberWifi",
      "  - ComputerLab.seats  deprecated, unused: removable",
    ]);
  });
});
