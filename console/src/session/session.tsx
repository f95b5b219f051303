import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import type { ConsoleConfig, Role } from "./console-config";
import type { SignedInPerson } from "./claims";
import { developmentSignIn, forgetDevelopmentToken, storedDevelopmentPerson } from "./development-sign-in";

export interface Session {
  config: ConsoleConfig;
  person: SignedInPerson | null;
  /** Why the last sign-in failed or the person was signed out, in words. */
  problem: string | null;
  signInForDevelopment(role: Role, department?: string): Promise<void>;
  signInWithProvider(returnTo: string): Promise<void>;
  /** On the way back from the provider: the page to return to. */
  finishSignIn(): Promise<string>;
  /** `expired`: the gateway refused the token, so the person is signed out with a message. */
  signOut(reason?: "expired"): Promise<void>;
}

type ProviderModule = typeof import("./provider-sign-in");
interface Provider {
  module: ProviderModule;
  manager: ReturnType<ProviderModule["createUserManager"]>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ config, children }: { config: ConsoleConfig; children: ReactNode }) {
  // oidc-client-ts is loaded only where the City's sign-in is configured, keeping it out of the
  // first download everywhere else.
  const provider = useMemo<Promise<Provider> | null>(() => {
    const auth = config.auth;
    if (auth.mode !== "oidc") return null;
    return import("./provider-sign-in").then((module) => ({ module, manager: module.createUserManager(auth) }));
  }, [config]);
  const [person, setPerson] = useState<SignedInPerson | null>(() => (config.auth.mode === "development" ? storedDevelopmentPerson() : null));
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void provider?.then(async ({ module, manager }) => {
      const user = await manager.getUser();
      if (current && user) setPerson(module.personOfUser(user));
    });
    return () => {
      current = false;
    };
  }, [provider]);

  const signOut = useCallback(
    async (reason?: "expired") => {
      forgetDevelopmentToken();
      setPerson(null);
      setProblem(reason === "expired" ? "Your sign-in ran out; you now see public data only. Sign in again to see more." : null);
      if (provider) await (await provider).manager.removeUser();
    },
    [provider],
  );

  // A token that runs out while the page is open signs the person out at that moment.
  useEffect(() => {
    if (!person?.expiresAt) return;
    const timer = setTimeout(() => void signOut("expired"), Math.max(0, person.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [person, signOut]);

  const session = useMemo<Session>(
    () => ({
      config,
      person,
      problem,
      async signInForDevelopment(role, department) {
        setProblem(null);
        try {
          setPerson(await developmentSignIn(config.devTokenUrl, role, department));
        } catch (error) {
          setProblem((error as Error).message);
        }
      },
      async signInWithProvider(returnTo) {
        if (!provider) return;
        setProblem(null);
        try {
          const { module, manager } = await provider;
          await module.providerSignIn(manager, returnTo);
        } catch (error) {
          setProblem(`The City's sign-in could not start: ${(error as Error).message}`);
        }
      },
      async finishSignIn() {
        if (!provider) return "/";
        try {
          const { module, manager } = await provider;
          const { person: signedIn, returnTo } = await module.finishProviderSignIn(manager);
          setPerson(signedIn);
          return returnTo;
        } catch (error) {
          setProblem(`The City's sign-in did not finish: ${(error as Error).message}`);
          return "/";
        }
      },
      signOut,
    }),
    [config, person, problem, provider, signOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession is used outside SessionProvider");
  return session;
}
