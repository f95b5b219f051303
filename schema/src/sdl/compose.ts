import { composeSupergraph } from "../federation/compose.js";
import { listedSubgraphs, SUPERGRAPH_PATH } from "../federation/subgraph-list.js";
import { writeOrCheck } from "./drift.js";

// Composes the committed subgraph SDLs into schema/supergraph.graphql (`--check`: compare only).
const check = process.argv.includes("--check");
try {
  const ok = writeOrCheck(SUPERGRAPH_PATH, composeSupergraph(listedSubgraphs()), check);
  process.exitCode = ok ? 0 : 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
