import { type Command } from "./command.js";

export const subgraphList: Command = {
  name: "list",
  summary: "list the subgraphs live in the supergraph",
  synopsis: "",
  options: {},
  async run(context) {
    const subgraphs = await context.registry().listSubgraphs();
    if (subgraphs.length === 0) return { text: [`No subgraphs are published to ${context.registryUrl} yet.`], data: subgraphs };
    const width = Math.max(...subgraphs.map((s) => s.name.length));
    const urlWidth = Math.max(...subgraphs.map((s) => s.routingUrl.length));
    return {
      text: [
        `Subgraphs live in ${context.registryUrl} (${subgraphs.length}):`,
        ...subgraphs.map(
          (s) => `  - ${s.name.padEnd(width)}  ${s.routingUrl.padEnd(urlWidth)}  ${s.hash.slice(0, 12)}  published ${s.publishedAt} by ${s.publishedBy}`,
        ),
      ],
      data: subgraphs,
    };
  },
};
