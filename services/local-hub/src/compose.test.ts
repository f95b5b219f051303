import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT, listedSubgraphs } from "@dlhub/schema";
import { departmentEnv, departmentEnvVariables } from "@dlhub/subgraph-kit";
import { readGatewayEnv } from "@dlhub/gateway";
import { parse } from "yaml";
import { GATEWAY_PORT, departments } from "./departments";

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
      ["gateway", "postgres", ...departments.map((d) => d.definition.name)].sort(),
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

  it("points the gateway at every composed subgraph by service name and port", () => {
    const { environment = {}, ports = [] } = service("gateway");
    const env = readGatewayEnv(environment);
    expect(env.port).toBe(GATEWAY_PORT);
    expect(ports).toEqual([`${GATEWAY_PORT}:${GATEWAY_PORT}`]);
    const composed = listedSubgraphs().map((s) => s.name).sort();
    expect(Object.keys(env.subgraphUrls).sort()).toEqual(composed);
    for (const { definition, port } of departments) {
      expect(env.subgraphUrls[definition.name]).toBe(`http://${definition.name}:${port}/graphql`);
    }
  });
});
