import { createServer } from "node:http";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { FORWARDED_IDENTITY_HEADER } from "@dlhub/schema";
import { listenOn } from "@dlhub/subgraph-kit";
import { graphql, parse } from "graphql";

/** One request as the stand-in received it. */
export interface ReceivedFetch {
  query: string;
  /** The forwarded identity's subject; "anonymous" when none was forwarded. */
  subject: string;
}

/**
 * A real HTTP subgraph in the test process that counts what reaches it and answers only when the
 * test says so: with its answers held, requests the gateway did not share pile up here, and a
 * test can tell one request from several without any timing.
 */
export interface StandInSubgraph {
  name: string;
  url: string;
  sdl: string;
  received: ReceivedFetch[];
  /** Holds every answer until `release()`. */
  hold(): void;
  release(): void;
  /** Answers every request with this HTTP status and no GraphQL body; null to answer normally again. */
  failWith(status: number | null): void;
  /** What GET /data-version says (the response cache follows it); null: 404, as a subgraph without one. */
  setDataVersion(version: string | null): void;
  stop(): Promise<void>;
}

const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query {
    "The greeting and how many requests had reached the subgraph when it was answered."
    greeting(name: String!): String!
    "The subject the gateway forwarded."
    whoAmI: String!
  }
  type Mutation {
    "Adds one to a count and returns it: every mutation that reaches the subgraph counts."
    count: Int!
  }
`;

/** The subject of a forwarded identity; the signature is the subgraph kit's business, not this stand-in's. */
const subjectOf = (header: string | undefined) => (header ? (JSON.parse(Buffer.from(header.split(".")[1], "base64url").toString()) as { sub: string }).sub : "anonymous");

export async function startStandInSubgraph(name = "standin"): Promise<StandInSubgraph> {
  const received: ReceivedFetch[] = [];
  let count = 0;
  let held: (() => void)[] | null = null;
  let failure: number | null = null;
  let dataVersion: string | null = null;
  const schema = buildSubgraphSchema({
    typeDefs: parse(SDL),
    resolvers: {
      Query: { greeting: (_: unknown, { name: who }: { name: string }) => `hello ${who} #${received.length}`, whoAmI: (_: unknown, __: unknown, context: unknown) => (context as { subject: string }).subject },
      Mutation: { count: () => (count += 1) },
    },
  });
  const server = createServer((request, response) => {
    if (request.method === "GET" && request.url === "/data-version") {
      if (dataVersion === null) return void response.writeHead(404).end();
      return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ version: dataVersion }));
    }
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { query: string; variables?: Record<string, unknown>; operationName?: string };
      const subject = subjectOf(request.headers[FORWARDED_IDENTITY_HEADER] as string | undefined);
      received.push({ query: body.query, subject });
      const answer = async () => {
        if (failure !== null) return void response.writeHead(failure).end();
        const result = await graphql({ schema, source: body.query, variableValues: body.variables, operationName: body.operationName, contextValue: { subject } });
        response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
      };
      if (held) held.push(() => void answer());
      else void answer();
    });
  });
  const port = await listenOn(server, 0, "127.0.0.1");
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    sdl: SDL,
    received,
    hold: () => void (held ??= []),
    release: () => {
      const waiting = held ?? [];
      held = null;
      for (const answer of waiting) answer();
    },
    failWith: (status) => void (failure = status),
    setDataVersion: (version) => void (dataVersion = version),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
