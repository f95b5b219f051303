import { Agent, type IncomingHttpHeaders, type IncomingMessage, type Server, createServer, request as httpRequest } from "node:http";
import { type AddressInfo } from "node:net";

export interface ServiceProxy {
  /** Where clients call the service, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** The copies requests go to, as `http://host:port`; changed as copies come and go. */
  upstreams: string[];
  /** Requests each copy answered, by upstream. */
  answered: Map<string, number>;
  /** Requests sent on to another copy because theirs could not answer. */
  failedOver: number;
  stop(): Promise<void>;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Headers that describe one connection, not the message: never passed on. */
const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "content-length", "host"];

/**
 * What a City puts in front of the copies of a service (a Kubernetes Service with its ingress or
 * mesh retrying connection failures): requests go round the copies in turn, and a request whose
 * copy cannot be reached or drops the connection before answering is sent to the next copy.
 * GraphQL reads are safe to repeat, and the gateway sends the hub nothing else in these tests.
 */
export async function startServiceProxy(upstreams: string[]): Promise<ServiceProxy> {
  const agent = new Agent({ keepAlive: true });
  let turn = 0;
  const proxy: ServiceProxy = { origin: "", upstreams, answered: new Map(), failedOver: 0, stop: async () => undefined };
  const server: Server = createServer(async (request, response) => {
    const body = await readAll(request);
    const copies = proxy.upstreams;
    const start = turn++;
    for (let i = 0; i < copies.length; i++) {
      const copy = copies[(start + i) % copies.length];
      try {
        const answer = await forward(agent, copy, request, body);
        proxy.answered.set(copy, (proxy.answered.get(copy) ?? 0) + 1);
        response.writeHead(answer.status, withoutHopByHop(answer.headers)).end(answer.body);
        return;
      } catch {
        // This copy is gone or went mid-request: the next one answers.
        proxy.failedOver++;
      }
    }
    response.writeHead(502, { "content-type": "text/plain" }).end("no copy of the service answered");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  proxy.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.stop = async () => {
    agent.destroy();
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  };
  return proxy;
}

function forward(agent: Agent, upstream: string, request: IncomingMessage, body: Buffer): Promise<Answer> {
  const target = new URL(request.url ?? "/", upstream);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(target, { method: request.method, headers: { ...withoutHopByHop(request.headers), "content-length": body.length }, agent }, (incoming) => {
      readAll(incoming).then((answer) => resolve({ status: incoming.statusCode ?? 502, headers: incoming.headers, body: answer }), reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      ended = true;
      resolve(Buffer.concat(chunks));
    });
    stream.on("error", reject);
    // A response cut off by a dying copy closes without ending.
    stream.on("close", () => ended || reject(new Error("the connection closed mid-answer")));
  });
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.includes(name)));
}
