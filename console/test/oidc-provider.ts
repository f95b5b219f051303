import { type ChildProcess, fork } from "node:child_process";
import { join } from "node:path";

/**
 * A real OpenID Connect provider for the console's sign-in test: the `oidc-provider` package
 * (certified by the OpenID Foundation) in a process of its own (oidc-provider-process.mjs),
 * authorization code with PKCE required, access tokens for the gateway as JWTs signed with the
 * provider's own key, each account's roles in a `roles` claim.
 */

export interface ProviderAccount {
  name: string;
  roles: string[];
}

export interface TestProvider {
  issuer: string;
  /** The provider's key set, as its discovery document names it (`jwks_uri`). */
  jwksUrl: string;
  /** Registers the console (its client id and the origin it is served at), once that is known. */
  register(client: { clientId: string; origin: string }): Promise<void>;
  stop(): Promise<void>;
}

export async function startOidcProvider(settings: { audience: string; accounts: Record<string, ProviderAccount> }): Promise<TestProvider> {
  const child = fork(join(__dirname, "oidc-provider-process.mjs"), [JSON.stringify(settings)], { stdio: ["ignore", "pipe", "pipe", "ipc"] });
  // Its output (warnings that its in-memory storage is for development) shows only if it fails.
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const reply = <T>(key: string) => nextMessage<T>(child, key, () => output);
  try {
    const { issuer } = await reply<{ issuer: string }>("issuer");
    return {
      issuer,
      jwksUrl: `${issuer}/jwks`,
      register: async (client) => {
        child.send({ register: client });
        await reply("registered");
      },
      stop: async () => {
        if (child.connected) child.disconnect();
        await exited;
      },
    };
  } catch (error) {
    child.kill();
    throw error;
  }
}

/** The child's next message that has `key`; fails, with what it printed, if it exits first. */
function nextMessage<T>(child: ChildProcess, key: string, output: () => string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onMessage = (message: Record<string, unknown>) => {
      if (!(key in message)) return;
      child.off("exit", onExit);
      child.off("message", onMessage);
      resolve(message as T);
    };
    const onExit = (code: number | null) => reject(new Error(`the test OpenID Connect provider exited (${code}) before sending ${key}:\n${output()}`));
    child.on("message", onMessage);
    child.once("exit", onExit);
  });
}
