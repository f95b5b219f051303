import { type Command } from "./command.js";
import { usageError } from "./io.js";

export const operationsList: Command = {
  name: "list",
  summary: "list the saved operations publishes are checked against, optionally one client's",
  synopsis: "[--client <name>]",
  options: { client: { type: "string", value: "<name>", description: "only this client's operations, e.g. coordinator-dashboard" } },
  async run(context) {
    const client = context.values.client;
    if (client !== undefined && (typeof client !== "string" || client === "")) throw usageError("--client needs a client name.");
    const all = await context.registry().operations();
    const operations = typeof client === "string" ? all.filter((operation) => operation.client === client) : all;
    const whose = typeof client === "string" ? ` of ${client}` : "";
    if (operations.length === 0) return { text: [`No saved operations${whose} in ${context.registryUrl}.`], data: operations };
    return {
      text: [
        `Saved operations${whose} in ${context.registryUrl} (${operations.length}):`,
        ...operations.map((o) => `  - ${o.client}/${o.name}  ${o.hash.slice(0, 12)}  registered ${o.registeredAt} by ${o.registeredBy}`),
      ],
      data: operations,
    };
  },
};
