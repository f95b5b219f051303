import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPOSITORY_ROOT } from "@dlhub/schema";
import { readRegistryEnv } from "@dlhub/registry";
import { departmentEnv, departmentEnvVariables } from "@dlhub/subgraph-kit";
import { readGatewayEnv } from "@dlhub/gateway";
import { parse } from "yaml";
import { readHubEnv } from "@dlhub/hub";
import { GATEWAY_PORT, HUB_PORT, REGISTRY_PORT, departments } from "./departments";

/**
 * No Docker engine runs on the development machines, so this keeps docker/compose.yaml honest:
 * every service it starts exists, reads exactly the variables it is given, and listens where the
 * gateway and the port mappings expect it.
 */
interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: string[] | Record<string, unknown>;
}

const compose = parse(readFileSync(join(REPOSITORY_ROOT, "docker", "compose.yaml"), "utf8"), { merge: true }) as {
  services: Record<string, ComposeService>;
};
const service = (name: string) => compose.services[name] as ComposeService;

describe("docker/compose.yaml", () => {
  it("runs PostgreSQL, every department, the registry, the publishing job and the gateway", () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ["gateway", "postgres", "hub", "registry", "publish", ...departments.map((d) => d.definition.name)].sort(),
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
      const env = departmentEnv(name, environment);
      expect(env.port).toBe(defaultPort);
      expect(ports).toEqual([`${defaultPort}:${defaultPort}`]);
    },
  );

  it("has the hub follow the departments the registry lists", () => {
    const { command = [], environment = {}, ports = [] } = service("hub");
    expect(command[1]).toBe("services/hub/dist/main.js");
    const known = [...departmentEnvVariables("hub"), "HUB_DEPARTMENT_FEEDS", "HUB_REGISTRY_URL", "HUB_SYNC_INTERVAL_MS"];
    for (const variable of Object.keys(environment)) expect(known).toContain(variable);
    const env = readHubEnv(environment);
    expect(env.port).toBe(HUB_PORT);
    expect(ports).toEqual([`${HUB_PORT}:${HUB_PORT}`]);
    expect(env.registryUrl).toBe(`http://registry:${REGISTRY_PORT}`);
  });

  it("runs the registry on its own port with a token secret", () => {
    const { command = [], environment = {}, ports = [] } = service("registry");
    expect(existsSync(join(REPOSITORY_ROOT, command[1].replace("/dist/", "/src/").replace(/\.js$/, ".ts")))).toBe(true);
    expect(readRegistryEnv(environment).REGISTRY_PORT).toBe(REGISTRY_PORT);
    expect(ports).toEqual([`${REGISTRY_PORT}:${REGISTRY_PORT}`]);
  });

  it("publishes the hub first, then every department at the address it listens on", () => {
    const { command = [], environment = {} } = service("publish");
    expect(existsSync(join(REPOSITORY_ROOT, command[1]))).toBe(true);
    const published = command.slice(2).map((entry) => entry.split("="));
    expect(published[0][0]).toBe("hub");
    expect(published).toEqual([
      ["hub", `http://hub:${HUB_PORT}/graphql`],
      ...departments.map(({ definition, port }) => [definition.name, `http://${definition.name}:${port}/graphql`]),
    ]);
    expect(environment.DLHUB_REGISTRY_URL).toBe(`http://registry:${REGISTRY_PORT}`);
    expect(environment.DLHUB_TOKEN_SECRET).toBe(service("registry").environment?.DLHUB_TOKEN_SECRET);
  });

  it("points the gateway at the registry", () => {
    const { environment = {}, ports = [] } = service("gateway");
    const env = readGatewayEnv(environment);
    expect(env.port).toBe(GATEWAY_PORT);
    expect(ports).toEqual([`${GATEWAY_PORT}:${GATEWAY_PORT}`]);
    expect(env.registry?.registryUrl).toBe(`http://registry:${REGISTRY_PORT}`);
  });
});
