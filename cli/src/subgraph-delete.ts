import { type Command } from "./command.js";
import { formatCheckReport } from "./report.js";
import { requiredName } from "./subgraph-check.js";

export const subgraphDelete: Command = {
  name: "delete",
  summary: "take a subgraph out of the supergraph (coordinator; refused when the rest would not compose or a saved operation needs it)",
  synopsis: "--name <name>",
  options: { name: { type: "string", value: "<name>", description: "the subgraph to delete, e.g. immigrant-affairs" } },
  async run(context) {
    const name = requiredName(context);
    // A refusal comes back as CHECK_FAILED with its report, printed by registryFailure like a failed check.
    const result = await context.registry().deleteSubgraph(name);
    const remaining = result.supergraph.subgraphs.map((s) => s.name).join(", ");
    return {
      text: [
        `Deleted ${name} from ${context.registryUrl}: supergraph version ${result.supergraph.version} serves ${remaining}.`,
        `  Its versions stay in \`dlhub subgraph history --name ${name}\`; publishing it again brings it back.`,
        "",
        ...formatCheckReport(result.report),
      ],
      data: result,
    };
  },
};
