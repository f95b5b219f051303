import { join } from "node:path";
import { writeOrCheck } from "@dlhub/schema";
import { type DepartmentDefinition, buildDepartmentSubgraph } from "./department.js";

/**
 * A department's `npm run sdl`: writes its subgraph SDL to `<service>/schema.graphql`, or with
 * `--check` fails when the committed file differs from what the code produces.
 */
export async function emitSdl(definition: DepartmentDefinition, distDir: string): Promise<void> {
  const { sdl } = await buildDepartmentSubgraph(definition);
  const ok = writeOrCheck(join(distDir, "..", "schema.graphql"), sdl, process.argv.includes("--check"));
  process.exitCode = ok ? 0 : 1;
}
