import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT, listedSubgraphs } from "@dlhub/schema";
import { departmentEnv, departmentEnvVariables } from "@dlhub/subgraph-kit";
import { readGatewayEnv } from "@dlhub/gateway";
import { parse } from "yaml";
import { readHubEnv } from "@dlhub/hub";
import { GATEWAY_PORT, HUB_PORT, departments } from "./departments";

/**
 * No Docker engine runs on the development machines, so this keeps docker/compose.yaml honest:
 * every service it starts exists, reads exactly the variables it is given, and listens where the
 * gateway and the port mappings expect it.
 */
interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
}

const compose = parse(readFileSync(join(REPOSITORY_ROOT, "docker", "compose.yaml"), "utf8")) as {
  services: Record<string, ComposeService>;
};
const service = (name: string) => compose.services[name] as ComposeService;

describe("docker/compose.yaml", () => {
  it("runs PostgreSQL, every department and the gateway", () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ["gateway", "postgres", "hub", ...departments.map((d) => d.definition.name)].sort(),
    );
  });

  it.each(departments.map((d) => [d.definition.name, d.port] as const))(
    "%s: its entry point exists, its variables are its own, its port is the one published",
    (name, defaultPort) => {
      const { command = [], environment = {}, ports = [] } = service(name);
      expect(command[1]).toBe(`services/${name}/dist/main.js`);
      expect(existsSync(join(REPOSITORY_ROOT, "services", name, "src", "main.ts"))).toBe(true);
      const known = departmentEnvVariables(name);
      for (const variable of Object.keys(environment)) expect(known).toContain(variable);
      const env = departmentEnv(name, defaultPort, environment);
      expect(env.port).toBe(defaultPort);
      expect(ports).toEqual([`${defaultPort}:${defaultPort}`]);
    },
  );

  it("has the hub follow every department's feed", () => {
    const { command = [], environment = {}, ports = [] } = service("hub");
    expect(command[1]).toBe("services/hub/dist/main.js");
    const known = [...departmentEnvVariables("hub"), "HUB_DEPARTMENT_FEEDS", "HUB_SYNC_INTERVAL_MS"];
    for (const variable of Object.keys(environment)) expect(known).toContain(variable);
    const env = readHubEnv(environment);
    expect(env.port).toBe(HUB_PORT);
    expect(ports).toEqual([`${HUB_PORT}:${HUB_PORT}`]);
    expect(env.feeds).toEqual(departments.map(({ definition, port }) => ({ name: definition.name, url: `http://${definition.name}:${port}/initiative-feed` })));
  });

  it("points the gateway at every composed subgraph by service name and port", () => {
    const { environment = {}, ports = [] } = service("gateway");
    const env = readGatewayEnv(environment);
    expect(env.port).toBe(GATEWAY_PORT);
    expect(ports).toEqual([`${GATEWAY_PORT}:${GATEWAY_PORT}`]);
    const composed = listedSubgraphs().map((s) => s.name).sort();
    expect(Object.keys(env.subgraphUrls).sort()).toEqual(composed);
    for (const { definition, port } of [...departments, { definition: { name: "hub" }, port: HUB_PORT }]) {
      expect(env.subgraphUrls[definition.name]).toBe(`http://${definition.name}:${port}/graphql`);
    }
  });
});
