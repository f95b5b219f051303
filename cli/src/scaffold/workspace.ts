import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { listedPorts } from "@dlhub/schema";

/**
 * The monorepo a new department joins: found by walking up from the working folder to the first
 * package.json with `workspaces`, the same way npm finds a workspace root.
 */
export function findRepositoryRoot(start: string): string | undefined {
  let folder = start;
  for (;;) {
    const manifest = join(folder, "package.json");
    if (existsSync(manifest) && declaresWorkspaces(manifest)) return folder;
    const parent = dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** A package.json that is not JSON is no workspace root (and init then refuses its folder). */
function declaresWorkspaces(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { workspaces?: unknown }).workspaces !== undefined;
  } catch {
    return false;
  }
}

export interface WorkspaceChanges {
  /** The package's folder relative to the root, `/`-separated, e.g. `services/immigrant-affairs`. */
  workspace: string;
  addedToWorkspaces: boolean;
  addedToReferences: boolean;
}

/**
 * Lists the new package in the root package.json's workspaces (npm links it) and the root
 * tsconfig.json's references (`tsc -b` builds it). Entries already there are left alone, so
 * running it twice changes nothing.
 */
export function joinWorkspace(root: string, directory: string): WorkspaceChanges {
  const workspace = relative(root, directory).split(sep).join("/");
  const manifestPath = join(root, "package.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as { workspaces?: string[] | { packages?: string[] } };
  const workspaces = Array.isArray(manifest.workspaces) ? manifest.workspaces : (manifest.workspaces?.packages ?? []);
  const addedToWorkspaces = !workspaces.includes(workspace);
  if (addedToWorkspaces) {
    workspaces.push(workspace);
    if (!Array.isArray(manifest.workspaces)) manifest.workspaces = { ...manifest.workspaces, packages: workspaces };
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  }
  const tsconfigPath = join(root, "tsconfig.json");
  let addedToReferences = false;
  if (existsSync(tsconfigPath)) {
    // The root tsconfig.json is plain JSON (no comments) in this repository; JSON.parse says so if not.
    const tsconfig = JSON.parse(readFileSync(tsconfigPath, "utf8")) as { references?: { path: string }[] };
    const references = (tsconfig.references ??= []);
    addedToReferences = !references.some((r) => r.path === workspace);
    if (addedToReferences) {
      references.push({ path: workspace });
      writeFileSync(tsconfigPath, `${JSON.stringify(tsconfig, null, 2)}\n`);
    }
  }
  return { workspace, addedToWorkspaces, addedToReferences };
}

/** Gateway 4000, departments 4001-4004, hub 4005, registry 4006: new departments start at 4007. */
const FIRST_NEW_DEPARTMENT_PORT = 4007;

/**
 * The first port from 4007 that schema/subgraphs.json, the one table of default ports, gives no
 * subgraph, so every department can run on one machine at once.
 */
export function nextDepartmentPort(root: string | undefined): number {
  const taken = new Set(root === undefined ? [] : listedPorts(root).map((listed) => listed.port));
  let port = FIRST_NEW_DEPARTMENT_PORT;
  while (taken.has(port)) port += 1;
  return port;
}
