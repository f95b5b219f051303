import { Agent, createServer, request } from "node:http";
import { closeServer, listenOn } from "./listen.js";

/** One GET over `agent`, answered with its status, or null once the server refuses or cuts. */
function get(port: number, agent: Agent): Promise<number | null> {
  return new Promise((resolve) => {
    const call = request({ host: "127.0.0.1", port, path: "/", agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? null));
    });
    call.on("error", () => resolve(null));
    call.end();
  });
}

describe("closeServer", () => {
  // An answer a tick later, and a client asking again the moment it has it, keep a kept-alive
  // connection from ever being idle; Node's own close then waited on it for good about half the
  // time (the registry's copy hung like this under the gateway's 50 ms document follower). Five
  // rounds, so a drain that only sometimes hangs is caught: it would wait out the 20 s grace and
  // exceed the test's limit.
  it("finishes while a client keeps its connection busy, without waiting for the grace period", async () => {
    for (let round = 0; round < 5; round++) {
      const server = createServer((_request, response) => setTimeout(() => response.end("ok"), 0));
      const port = await listenOn(server, 0);
      let polling = true;
      const statuses: (number | null)[] = [];
      // fetch keeps connections alive, as the gateway's follower does.
      const poller = (async () => {
        while (polling) statuses.push(await fetch(`http://127.0.0.1:${port}/`).then((response) => response.text().then(() => response.status), () => null));
      })();
      while (statuses.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
      await closeServer(server, 20_000);
      polling = false;
      await poller;
      // Everything asked before the close was answered, and afterwards the server refuses.
      expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    }
  }, 15_000);

  it("cuts what is still open after the grace period", async () => {
    const hanging = createServer(() => undefined);
    const port = await listenOn(hanging, 0);
    const agent = new Agent({ keepAlive: true });
    const answer = get(port, agent);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await closeServer(hanging, 100);
    expect(await answer).toBeNull();
    agent.destroy();
  });
});
