import { type CodeWithStatus, ErrorCode, HUB_SUBGRAPH, Role, httpStatusOf, mintDevelopmentToken } from "@dlhub/schema";
import { type Logger } from "@dlhub/subgraph-kit";
import express, { type Express, type Response } from "express";
import { z } from "zod";
import { type ConsoleAuth } from "./console-options.js";
import { runningInProduction } from "./env.js";

/**
 * Where the console finds the graph and the explorer. Relative, so they resolve against the
 * config document's own address: a console hosted elsewhere that loads
 * https://gateway…/console/config.json reaches https://gateway…/graphql.
 */
const GRAPHQL_URL = "/graphql";
const EXPLORER_URL = "/explorer";

/** The roles a person signs in as; a service's role is for DL Hub's own services, never offered here. */
const PEOPLE_ROLES = [Role.COORDINATOR, Role.EDITOR, Role.PUBLISHER] as const;
const ROLES: Role[] = [...PEOPLE_ROLES];
const DEPARTMENT_ROLES: Role[] = [Role.EDITOR, Role.PUBLISHER];

const tokenRequest = z.strictObject({
  role: z.enum(PEOPLE_ROLES, { error: `role must be one of ${ROLES.join(", ")}` }),
  department: z.string().optional(),
});

export interface ConsoleConfigOptions {
  auth: ConsoleAuth;
  /** The departments (subgraphs other than the hub's) the served supergraph holds now. */
  departments: () => string[];
  logger: Logger;
}

/**
 * GET /console/config.json, the one document the console reads besides the graph, and, in
 * development only, POST /console/dev-token, which signs a development token for the role the
 * console's role picker chose. Development tokens are refused under NODE_ENV=production here as
 * well as where the settings are read, so no way of configuring the gateway can mint them there.
 */
export function mountConsoleConfig(app: Express, options: ConsoleConfigOptions): void {
  let auth = options.auth;
  if (auth.mode === "development" && runningInProduction()) {
    options.logger.warn("development tokens are never available under NODE_ENV=production; the console signs no one in");
    auth = { mode: "none" };
  }
  app.get("/console/config.json", (_request, response) => {
    response.set("Cache-Control", "no-store").json({ graphqlUrl: GRAPHQL_URL, explorerUrl: EXPLORER_URL, auth: publicAuth(auth, options.departments()) });
  });
  app.post("/console/dev-token", express.json({ limit: "1kb" }), async (request, response) => {
    if (auth.mode !== "development") {
      refuse(response, ErrorCode.NOT_FOUND, "Development tokens are not available: the gateway has no development token secret, or runs in production.");
      return;
    }
    const parsed = tokenRequest.safeParse(request.body ?? {});
    if (!parsed.success) {
      refuse(response, ErrorCode.BAD_USER_INPUT, parsed.error.issues.map((issue) => issue.message).join("; "));
      return;
    }
    const { role, department } = parsed.data;
    const departments = options.departments();
    if (DEPARTMENT_ROLES.includes(role) && (!department || !departments.includes(department))) {
      refuse(response, ErrorCode.BAD_USER_INPUT, `The ${role} role acts for one department: department must be one of ${departments.join(", ")}.`);
      return;
    }
    if (!DEPARTMENT_ROLES.includes(role) && department !== undefined) {
      refuse(response, ErrorCode.BAD_USER_INPUT, `The ${role} role acts for no single department: leave department out.`);
      return;
    }
    const subject = `console-${role}${department ? `-${department}` : ""}@localhost`;
    const token = await mintDevelopmentToken(auth.tokenSecret, { subject, roles: [role], department });
    response.set("Cache-Control", "no-store").json({ token });
  });
}

/** The settings a browser may see: never the token secret. */
function publicAuth(auth: ConsoleAuth, departments: string[]) {
  switch (auth.mode) {
    case "development":
      return { mode: auth.mode, roles: ROLES, departments };
    case "oidc":
      return { mode: auth.mode, issuer: auth.issuer, clientId: auth.clientId, scope: auth.scope, audience: auth.audience };
    default:
      return { mode: auth.mode };
  }
}

/** The subgraphs other than the hub's that a supergraph was composed from, by their `@join__graph` names. */
export function departmentsOf(supergraphSdl: string): string[] {
  const names = [...supergraphSdl.matchAll(/@join__graph\(name:\s*"([^"]+)"/g)].map((match) => match[1]);
  return names.filter((name) => name !== HUB_SUBGRAPH).sort();
}

/** The gateway's other answers outside GraphQL have this shape (the kit's request error handler). */
function refuse(response: Response, code: CodeWithStatus, message: string): void {
  response.status(httpStatusOf(code)).json({ errors: [{ message, extensions: { code } }] });
}
