import { HUB_SUBGRAPH, RegistryClient, Role, mintDevelopmentToken } from "@dlhub/schema";

/**
 * The local hub stands in for the coordinator: a department it runs that the registry does not
 * know yet (one `dlhub subgraph init` just added) is registered before its first publish, as the
 * coordinator would with `dlhub department register`; otherwise the registry refuses its publish
 * with DEPARTMENT_NOT_REGISTERED. The departments DL Hub started with are registered by the
 * registry's own migration and are left as they are.
 */
export async function registerLocalDepartments(options: { registryUrl: string; tokenSecret: string; names: string[] }): Promise<void> {
  const coordinator = new RegistryClient(options.registryUrl, {
    token: await mintDevelopmentToken(options.tokenSecret, { subject: "local-hub", roles: [Role.COORDINATOR] }),
  });
  await registerUnknownDepartments(coordinator, options.names);
}

/** Registers, with the coordinator's client, each of `names` the registry does not know yet. */
export async function registerUnknownDepartments(coordinator: RegistryClient, names: string[]): Promise<void> {
  const known = new Set((await coordinator.departments()).map(({ id }) => id));
  for (const id of names) {
    if (id === HUB_SUBGRAPH || known.has(id)) continue;
    await coordinator.registerDepartment({ id, name: displayNameOf(id) });
  }
}

/** "adult-education" → "Adult Education": the local hub knows no better name; the coordinator's registration in production gives the real one. */
const displayNameOf = (id: string) => id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" ");
