import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readGatewayEnv } from "@dlhub/gateway";
import { readHubEnv } from "@dlhub/hub";
import { readRegistryEnv } from "@dlhub/registry";
import { REPOSITORY_ROOT, listedPorts } from "@dlhub/schema";
import { departmentEnv, metricsEnabled, tracingSettings } from "@dlhub/subgraph-kit";
import { Deployment } from "kubernetes-models/apps/v1";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2";
import { Job } from "kubernetes-models/batch/v1";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1";
import { ConfigMap, Service } from "kubernetes-models/v1";
import { type IContainer } from "kubernetes-models/v1/Container";
import { type IEnvVar } from "kubernetes-models/v1/EnvVar";
import { parse, parseAllDocuments } from "yaml";
import { GATEWAY_PORT, REGISTRY_PORT } from "./departments";

/**
 * Keeps docker/kubernetes honest as compose.test.ts keeps compose: both builds are valid Kubernetes
 * objects, every service runs with only the variables it reads, on the port its probes, Service and
 * scrape annotations name, and secrets are only referenced. Builds with `kubectl kustomize`
 * (Debian's kubernetes-client); CI installs it, elsewhere the suite is skipped without it.
 */
const BUILDS = { base: "docker/kubernetes/base", production: "docker/kubernetes/overlays/production" };
/** The Secrets the namespace must hold; the README's "Running on Kubernetes" says how to make them. */
const SECRETS = ["dlhub-secrets", "dlhub-databases"];
const SECRET_NAME = /SECRET|TOKEN|PASSWORD|DATABASE_URL/;

type Reader = (env: NodeJS.ProcessEnv) => { port: number };
const departmentNames = listedPorts().map(({ name }) => name).filter((name) => name !== "hub");
/** Each service's own reader of its environment, and where its entry point is. */
const services: Record<string, { read: Reader; main: string }> = {
  gateway: { read: (env) => readGatewayEnv(env), main: "gateway/dist/main.js" },
  registry: { read: (env) => ({ port: readRegistryEnv(env).REGISTRY_PORT }), main: "services/registry/dist/main.js" },
  hub: { read: (env) => readHubEnv(env), main: "services/hub/dist/main.js" },
  ...Object.fromEntries(departmentNames.map((name) => [name, { read: (env: NodeJS.ProcessEnv) => departmentEnv(name, env), main: `services/${name}/dist/main.js` }])),
};

// The manifests are checked as data: their fields are read, not trusted.
type KubernetesObject = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string> }; spec?: any; data?: Record<string, string> };
const MODELS: Record<string, new (data: never) => { validate(): void }> = {
  "v1/ConfigMap": ConfigMap,
  "v1/Service": Service,
  "apps/v1/Deployment": Deployment,
  "batch/v1/Job": Job,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
};

function build(directory: string): KubernetesObject[] {
  const result = spawnSync("kubectl", ["kustomize", join(REPOSITORY_ROOT, directory)], { encoding: "utf8" });
  if (result.error) throw new Error(`kubectl is needed to build ${directory} (Debian: apt-get install kubernetes-client): ${result.error.message}`);
  if (result.status !== 0) throw new Error(`kubectl kustomize ${directory} failed:\n${result.stderr}`);
  return parseAllDocuments(result.stdout).map((document) => document.toJSON() as KubernetesObject);
}

/** What every service reads besides its own settings: the OTEL_* variables and DLHUB_METRICS. */
function readObservability(env: NodeJS.ProcessEnv) {
  const tracing = tracingSettings(env);
  if (tracing.state === "invalid") throw new Error(tracing.problems.join("; "));
  metricsEnabled(env);
}

/** The variables `read` asks for: a name it never looks up is one the service does not read. */
function readVariables(read: Reader, env: Record<string, string>) {
  const asked = new Set<string>();
  const note = (key: string | symbol) => typeof key === "string" && asked.add(key);
  // Nothing to enumerate: a reader scanning every variable (the gateway's <NAME>_SUBGRAPH_URL) would otherwise seem to read them all.
  const tracked = new Proxy({} as NodeJS.ProcessEnv, {
    get: (_target, key) => (note(key), typeof key === "string" ? env[key] : undefined),
    has: (_target, key) => (note(key), typeof key === "string" && key in env),
  });
  readObservability(tracked);
  return { settings: read(tracked), asked };
}

/** The image's own environment (docker/Dockerfile's last stage), under every manifest's. */
function imageEnvironment(): Record<string, string> {
  const lastStage = readFileSync(join(REPOSITORY_ROOT, "docker", "Dockerfile"), "utf8").split(/^FROM /m).pop() as string;
  return Object.fromEntries([...lastStage.matchAll(/^ENV (\w+)=(\S+)$/gm)].map((match) => [match[1], match[2]]));
}

const haveKubectl = !spawnSync("kubectl", ["version", "--client"]).error;
const runs = haveKubectl || process.env.CI === "true";
if (!runs) console.warn("docker/kubernetes not checked: kubectl is missing (apt-get install kubernetes-client).");

/** Reading helpers over one build's objects; every lookup that finds nothing fails with what was missing. */
function manifests(objects: KubernetesObject[]) {
  const all = (kind: string) => objects.filter((object) => object.kind === kind);
  const one = (kind: string, name: string) => {
    const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
    if (!found) throw new Error(`the build has no ${kind} ${name}`);
    return found;
  };
  const configValue = (name: string, key: string) => {
    const data = all("ConfigMap").find((map) => map.metadata.name === name)?.data ?? {};
    if (!(key in data)) throw new Error(`ConfigMap ${name} has no ${key}`);
    return data[key];
  };
  /** The container's environment, each Secret it references stood in for by a well-formed value. */
  const environment = (container: IContainer): Record<string, string> =>
    Object.fromEntries(
      (container.env ?? []).map(({ name, value, valueFrom }: IEnvVar) => {
        if (valueFrom?.configMapKeyRef) return [name, configValue(valueFrom.configMapKeyRef.name as string, valueFrom.configMapKeyRef.key)];
        if (valueFrom?.secretKeyRef) {
          const key = valueFrom.secretKeyRef.key;
          return [name, key.endsWith("DATABASE_URL") ? `postgres://dlhub@postgres:5432/${key.toLowerCase()}` : `stand-in-for-${key}`.padEnd(40, "-")];
        }
        return [name, value ?? ""];
      }),
    );
  const containerOf = (kind: string, name: string): IContainer => one(kind, name).spec.template.spec.containers[0];
  /** The Service an in-cluster URL names, checked to listen on the URL's port. */
  const serviceAt = (url: string) => {
    const { hostname, port } = new URL(url);
    const ports: { port: number }[] = one("Service", hostname).spec.ports;
    expect(ports.map((entry) => entry.port)).toContain(Number(port));
    return hostname;
  };
  return { all, one, environment, containerOf, serviceAt };
}

const built = new Map<string, KubernetesObject[]>();
/** Each build once: the base and production suites share them. */
function objectsOf(directory: string): KubernetesObject[] {
  if (!built.has(directory)) built.set(directory, build(directory));
  return built.get(directory) as KubernetesObject[];
}
const describeWithKubectl = runs ? describe : describe.skip;

describeWithKubectl.each(Object.values(BUILDS))("%s", (directory) => {
  let cluster: ReturnType<typeof manifests>;
  beforeAll(() => {
    cluster = manifests(objectsOf(directory));
  });
  it("builds objects the Kubernetes schemas accept, and no Secret", () => {
    const problems = objectsOf(directory).flatMap((object) => {
      const Model = MODELS[`${object.apiVersion}/${object.kind}`];
      if (!Model) return [`${object.kind} ${object.metadata.name}: no schema listed for ${object.apiVersion} in this test`];
      try {
        new Model(object as never).validate();
        return [];
      } catch (error) {
        return [`${object.kind} ${object.metadata.name}: ${(error as Error).message}`];
      }
    });
    expect(problems).toEqual([]);
    expect(cluster.all("Secret")).toEqual([]);
  });

  it("runs every service compose runs and every listed department, each behind its Service", () => {
    const compose = parse(readFileSync(join(REPOSITORY_ROOT, "docker", "compose.yaml"), "utf8")) as { services: Record<string, unknown> };
    const composed = Object.keys(compose.services).filter((name) => !["postgres", "publish"].includes(name));
    const deployed = cluster.all("Deployment").map((deployment) => deployment.metadata.name);
    expect(deployed.sort()).toEqual(Object.keys(services).sort());
    expect(deployed).toEqual(expect.arrayContaining(composed));
    expect(cluster.all("Service").map((service) => service.metadata.name).sort()).toEqual(deployed.sort());
  });

  it.each(Object.keys(services))("%s: its entry point, only variables it reads, its port everywhere, probes, resources", (name) => {
    const deployment = cluster.one("Deployment", name);
    const pod = deployment.spec.template;
    expect(deployment.spec.selector.matchLabels).toEqual({ "app.kubernetes.io/name": name });
    expect(pod.metadata.labels).toMatchObject(deployment.spec.selector.matchLabels);
    const container = cluster.containerOf("Deployment", name);
    expect(container.command).toEqual(["node", services[name].main]);
    expect(existsSync(join(REPOSITORY_ROOT, services[name].main.replace("/dist/", "/src/").replace(/\.js$/, ".ts")))).toBe(true);

    const given = cluster.environment(container);
    const { settings, asked } = readVariables(services[name].read, { ...imageEnvironment(), ...given });
    expect(Object.keys(given).filter((variable) => !asked.has(variable))).toEqual([]);

    const port = settings.port;
    expect(port).toBe({ gateway: GATEWAY_PORT, registry: REGISTRY_PORT }[name] ?? listedPorts().find((listed) => listed.name === name)?.port);
    expect(container.ports).toEqual([{ name: "http", containerPort: port }]);
    expect(container.startupProbe?.httpGet).toEqual({ path: "/health", port: "http" });
    expect(container.livenessProbe?.httpGet).toEqual({ path: "/health", port: "http" });
    expect(container.readinessProbe?.httpGet).toEqual({ path: "/ready", port: "http" });
    expect(pod.metadata.annotations).toEqual({ "prometheus.io/scrape": "true", "prometheus.io/port": String(port), "prometheus.io/path": "/metrics" });
    const service = cluster.one("Service", name).spec;
    expect(service.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(service.ports).toEqual([{ name: "http", port, targetPort: "http" }]);
    expect(Object.keys(container.resources?.requests ?? {}).sort()).toEqual(["cpu", "memory"]);
    expect(Object.keys(container.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
  });

  it("points the hub and the gateway at the registry's Service, and every gateway copy at one rate limit", () => {
    expect(cluster.serviceAt(readHubEnv(cluster.environment(cluster.containerOf("Deployment", "hub"))).registryUrl as string)).toBe("registry");
    const gateway = readGatewayEnv({ ...imageEnvironment(), ...cluster.environment(cluster.containerOf("Deployment", "gateway")) });
    expect(cluster.serviceAt(gateway.registry?.registryUrl as string)).toBe("registry");
    expect(gateway.rateLimitStore.kind).not.toBe("memory");
  });

  it(`gives secrets only by reference to ${SECRETS.join(" and ")}, which the README tells how to create`, () => {
    const containers = [...cluster.all("Deployment"), ...cluster.all("Job")].flatMap((owner) => owner.spec.template.spec.containers as IContainer[]);
    const variables = containers.flatMap((container) => container.env ?? []);
    expect(containers.filter((container) => container.envFrom)).toEqual([]);
    expect(variables.filter(({ name, valueFrom }) => SECRET_NAME.test(name) && !valueFrom?.secretKeyRef)).toEqual([]);
    const references = variables.flatMap(({ valueFrom }) => (valueFrom?.secretKeyRef ? [valueFrom.secretKeyRef] : []));
    expect([...new Set(references.map((reference) => reference.name))].sort()).toEqual([...SECRETS].sort());
    const readme = readFileSync(join(REPOSITORY_ROOT, "README.md"), "utf8");
    expect(SECRETS.filter((secret) => !readme.includes(`create secret generic ${secret}`))).toEqual([]);
    expect(references.filter(({ key }) => !readme.includes(`--from-literal=${key}=`))).toEqual([]);
  });

  it("publishes the hub first, then every department at its Service, with the registry's token secret", () => {
    const job = cluster.containerOf("Job", "publish-departments");
    expect(job.command?.slice(0, 2)).toEqual(["sh", "docker/publish-departments.sh"]);
    expect(readFileSync(join(REPOSITORY_ROOT, "docker", "Dockerfile"), "utf8")).toContain("COPY docker/publish-departments.sh docker/");
    const published = (job.command ?? []).slice(2).map((entry) => entry.split("="));
    expect(published.map(([subgraph]) => subgraph)).toEqual(["hub", ...departmentNames]);
    for (const [subgraph, url] of published) {
      expect(cluster.serviceAt(url)).toBe(subgraph);
      expect(new URL(url).pathname).toBe("/graphql");
    }
    const env = cluster.environment(job);
    expect(Object.keys(env).sort()).toEqual(["DLHUB_REGISTRY_URL", "DLHUB_TOKEN_SECRET"]);
    expect(cluster.serviceAt(env.DLHUB_REGISTRY_URL)).toBe("registry");
    const tokenSecret = (container: IContainer) => container.env?.find((variable) => variable.name === "DLHUB_TOKEN_SECRET")?.valueFrom?.secretKeyRef;
    expect(tokenSecret(job)).toEqual(tokenSecret(cluster.containerOf("Deployment", "registry")));
    expect(Object.keys(job.resources?.limits ?? {}).sort()).toEqual(["cpu", "memory"]);
  });
});

describeWithKubectl(`${BUILDS.production}, beyond the base`, () => {
  let cluster: ReturnType<typeof manifests>;
  beforeAll(() => {
    cluster = manifests(objectsOf(BUILDS.production));
  });

  it("runs two copies of every service, the gateway as many as its autoscaler says, in the dlhub namespace", () => {
    expect(objectsOf(BUILDS.production).filter((object) => object.metadata.namespace !== "dlhub")).toEqual([]);
    for (const deployment of cluster.all("Deployment")) {
      if (deployment.metadata.name === "gateway") expect(deployment.spec.replicas).toBeUndefined();
      else expect(deployment.spec.replicas).toBe(2);
    }
    const autoscaler = cluster.one("HorizontalPodAutoscaler", "gateway").spec;
    expect(autoscaler.scaleTargetRef).toEqual({ apiVersion: "apps/v1", kind: "Deployment", name: "gateway" });
    expect(autoscaler.minReplicas).toBeGreaterThanOrEqual(2);
  });

  it("lets a disruption stop at most one copy of each service", () => {
    for (const deployment of cluster.all("Deployment")) {
      const budget = cluster.one("PodDisruptionBudget", deployment.metadata.name).spec;
      expect(budget.maxUnavailable).toBe(1);
      expect(budget.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    }
  });
});
