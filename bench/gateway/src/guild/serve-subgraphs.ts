import { createServer } from "node:http";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { listenOn, stopOnSignals } from "@dlhub/subgraph-kit";
import { type GraphQLSchema, execute, parse, validate } from "graphql";
import { type GuildSubgraph, guildSubgraphs } from "./schemas.js";

/**
 * The Guild-shaped subgraphs, all four in this one process (the harness pins it to the load
 * generator's core): `node serve-subgraphs.js`. Prints `{"subgraphs": [{name, url, sdl}]}` on one
 * line once all listen; stops on SIGTERM.
 *
 * Each answer is kept per exact request body, so a subgraph costs next to nothing after the first
 * request and the gateway in front is what is measured: the Guild's benchmark and Grafbase's do the
 * same for the same reason. Every request still crosses HTTP, so a gateway that sends fewer
 * (in-flight deduplication) is rewarded as it would be in production. A GET answers the number of
 * GraphQL requests so far.
 */
async function main(): Promise<void> {
  const servers = await Promise.all(guildSubgraphs.map(serve));
  stopOnSignals(async () => {
    await Promise.all(servers.map(({ server }) => new Promise((resolve) => server.close(resolve))));
  });
  console.log(JSON.stringify({ subgraphs: servers.map(({ name, url, sdl }) => ({ name, url, sdl })) }));
}

async function serve(subgraph: GuildSubgraph) {
  const schema = buildSubgraphSchema({ typeDefs: parse(subgraph.sdl), resolvers: subgraph.resolvers as never });
  const answers = new Map<string, string>();
  let requests = 0;
  const server = createServer((request, response) => {
    // GET: how many GraphQL requests came so far, for the harness to count a gateway's fetches per query.
    if (request.method === "GET") return response.writeHead(200, { "content-type": "text/plain" }).end(String(requests));
    requests += 1;
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString();
      const known = answers.get(raw);
      const send = (answer: string) => response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(answer) }).end(answer);
      if (known !== undefined) return send(known);
      answer(schema, raw).then((answer) => {
        // Only good answers are kept; the bodies a gateway sends are few, but never let the map grow without end.
        if (!answer.includes('"errors"') && answers.size < 10_000) answers.set(raw, answer);
        send(answer);
      });
    });
  });
  // Longer than the gateways' own keep-alive, so a subgraph never closes a socket a gateway is about to reuse.
  server.keepAliveTimeout = 65_000;
  const port = await listenOn(server, 0);
  return { name: subgraph.name, url: `http://127.0.0.1:${port}/graphql`, sdl: subgraph.sdl, server };
}

async function answer(schema: GraphQLSchema, raw: string): Promise<string> {
  try {
    const { query, variables, operationName } = JSON.parse(raw) as { query: string; variables?: Record<string, unknown>; operationName?: string };
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) return JSON.stringify({ errors: errors.map((e) => ({ message: e.message })) });
    return JSON.stringify(await execute({ schema, document, variableValues: variables, operationName, contextValue: {} }));
  } catch (error) {
    return JSON.stringify({ errors: [{ message: String(error) }] });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
