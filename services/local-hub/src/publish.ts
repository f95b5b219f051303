import { existsSync, readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { type ASTNode, type FragmentDefinitionNode, Kind, parse, print, visit } from "graphql";
import { ErrorCode, type OperationInput, REPOSITORY_ROOT, RegistryClient, RegistryError, Role, mintDevelopmentToken, operationsFromManifest } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";

export interface PublishOptions {
  registryUrl: string;
  tokenSecret: string;
  /** In publishing order: the hub first, whose types the departments' contract check reads. */
  subgraphs: { name: string; routingUrl: string; sdl: string }[];
  logger: Logger;
}

/** The saved operations `npm start` registers: one client per file in operations/. */
export const OPERATIONS_DIRECTORY = join(__dirname, "..", "operations");

/**
 * Publishes every subgraph the local hub runs, each with its own department's publisher token,
 * exactly as a department's CI would, after registering the coordinator's saved operations and the
 * console's persisted documents, so a publish that would break one of them is rejected and a
 * gateway requiring trusted documents serves the console. A publish the registry rejects on a
 * later start (a department changed incompatibly) is reported and the last good supergraph stays
 * served; only a registry with no supergraph at all stops the start.
 */
export async function publishDepartments(options: PublishOptions): Promise<void> {
  const coordinator = new RegistryClient(options.registryUrl, {
    token: await mintDevelopmentToken(options.tokenSecret, { subject: "local-hub", roles: [Role.COORDINATOR] }),
  });
  // The clients' operations first: a release that moves them off a deprecated field (as the saved
  // queries moved off the Department enum) replaces the old ones before its subgraphs are judged
  // against them, so the old documents no longer hold the change back.
  for (const [client, operations] of savedOperations()) await coordinator.registerOperations(client, operations);
  const consoleDocuments = consoleOperations();
  if (consoleDocuments) await coordinator.registerOperations(CONSOLE_CLIENT, consoleDocuments);
  for (const subgraph of options.subgraphs) {
    const token = await mintDevelopmentToken(options.tokenSecret, {
      subject: `local-hub:${subgraph.name}`,
      roles: [Role.PUBLISHER],
      department: subgraph.name,
    });
    try {
      await new RegistryClient(options.registryUrl, { token }).publish(subgraph.name, { sdl: subgraph.sdl, routingUrl: subgraph.routingUrl });
    } catch (error) {
      if (!(error instanceof RegistryError) || error.code !== ErrorCode.CHECK_FAILED) throw error;
      options.logger.error({ subgraph: subgraph.name, report: error.report }, "the registry rejected this subgraph; the last published one stays served");
    }
  }
  if (!(await coordinator.supergraph())) throw new Error("The registry holds no supergraph: no subgraph could be published (see the errors above).");
}

/** The coordinator's console as a client of the registry: its operations are its trusted documents. */
export const CONSOLE_CLIENT = "coordinator-console";

/** What the console's codegen wrote (`npm run codegen -w @dlhub/console`), committed with the console. */
export const CONSOLE_MANIFEST = join(REPOSITORY_ROOT, "console", "src", "graphql", "generated", "persisted-documents.json");

/**
 * The console's persisted documents, registered as `dlhub operations register --manifest` would,
 * so a gateway requiring trusted documents serves the console; null where the console is absent.
 */
export function consoleOperations(path = CONSOLE_MANIFEST): OperationInput[] | null {
  return existsSync(path) ? operationsFromManifest(JSON.parse(readFileSync(path, "utf8"))) : null;
}

/** Each file's named operations, one saved operation each, with the fragments it may use. */
export function savedOperations(directory = OPERATIONS_DIRECTORY): Map<string, { name: string; document: string }[]> {
  const clients = new Map<string, { name: string; document: string }[]>();
  for (const file of readdirSync(directory).filter((f) => f.endsWith(".graphql")).sort()) {
    const document = parse(readFileSync(join(directory, file), "utf8"));
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    const operations = document.definitions.flatMap((definition) =>
      definition.kind === Kind.OPERATION_DEFINITION && definition.name
        ? [{ name: definition.name.value, document: [definition, ...usedFragments(definition, fragments)].map((d) => print(d)).join("\n\n") }]
        : [],
    );
    clients.set(basename(file, ".graphql"), operations);
  }
  return clients;
}

/** The fragments a definition spreads, directly or through other fragments. */
function usedFragments(node: ASTNode, fragments: Map<string, FragmentDefinitionNode>, found = new Set<FragmentDefinitionNode>()) {
  visit(node, {
    FragmentSpread(spread) {
      const fragment = fragments.get(spread.name.value);
      if (fragment && !found.has(fragment)) {
        found.add(fragment);
        usedFragments(fragment, fragments, found);
      }
    },
  });
  return found;
}

/** The local gateway's token for reporting usage to the registry: a service, never a person. */
export const mintGatewayServiceToken = (tokenSecret: string) =>
  mintDevelopmentToken(tokenSecret, { subject: "local-hub:gateway", roles: [Role.SERVICE] });
