import { userInfo } from "node:os";
import { Role, existingDevelopmentSecret, localDataDirectory, mintDevelopmentToken } from "@dlhub/schema";
import { type Command } from "./command.js";
import { inputError, usageError } from "./io.js";

const ROLES = Object.values(Role) as string[];

/**
 * Development tokens for the local hub, signed with the secret `npm start` keeps for this
 * checkout (or DLHUB_TOKEN_SECRET). Only the token goes to stdout, so `$(dlhub token …)` works;
 * the warning goes to stderr. Production tokens come from the City's identity provider.
 */
export const token: Command = {
  name: "token",
  summary: "mint a development token for a role (development only)",
  synopsis: "--role <coordinator|editor|publisher> [--department <name>] [--subject <who>] [--expires <12h>]",
  options: {
    role: { type: "string", value: "<role>", description: `one of ${ROLES.join(", ")}` },
    department: { type: "string", value: "<name>", description: "the subgraph an editor or publisher acts for, e.g. libraries" },
    subject: { type: "string", value: "<who>", description: "who the token names in audit logs (default: your user name)" },
    expires: { type: "string", value: "<span>", description: 'how long it lasts, e.g. "12h" (default), "30m", "7d"' },
  },
  async run({ io, values }) {
    const role = values.role;
    if (typeof role !== "string" || !ROLES.includes(role)) throw usageError(`--role must be one of ${ROLES.join(", ")}.`);
    const department = typeof values.department === "string" ? values.department : undefined;
    if (role !== Role.COORDINATOR && !department) throw usageError(`--department is required for the ${role} role.`);
    const expires = typeof values.expires === "string" ? values.expires : "12h";
    if (!/^\d+[smhd]$/.test(expires)) throw usageError('--expires must look like "30m", "12h" or "7d".');
    const secret = io.env.DLHUB_TOKEN_SECRET ?? existingDevelopmentSecret(io.env.DLHUB_DATA_DIR ?? localDataDirectory());
    if (!secret) throw inputError("No development token secret yet: start the hub once with `npm start` (it makes one), or set DLHUB_TOKEN_SECRET.");
    const subject = typeof values.subject === "string" ? values.subject : `${userInfo().username}@localhost`;
    const jwt = await mintDevelopmentToken(secret, { subject, roles: [role as Role], department, expiresIn: expires });
    io.stderr.write(`Development token for ${role}${department ? ` of ${department}` : ""}, valid ${expires}; development only.\n`);
    return { text: [jwt], data: { token: jwt, role, department: department ?? null, subject, expiresIn: expires } };
  },
};
