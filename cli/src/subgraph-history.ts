import { type Command } from "./command.js";
import { requiredName } from "./subgraph-check.js";

export const subgraphHistory: Command = {
  name: "history",
  summary: "list every published version of a subgraph, newest first",
  synopsis: "--name <name>",
  options: { name: { type: "string", value: "<name>", description: "the subgraph, e.g. parks" } },
  async run(context) {
    const name = requiredName(context);
    const versions = await context.registry().subgraphHistory(name);
    return {
      text: [
        `Versions of ${name} (${versions.length}, newest first):`,
        ...versions.map(
          (v) => `  - #${v.id}${v.live ? " (live)" : ""}  ${v.hash.slice(0, 12)}  ${v.routingUrl}  published ${v.publishedAt} by ${v.publishedBy}`,
        ),
      ],
      data: versions,
    };
  },
};
