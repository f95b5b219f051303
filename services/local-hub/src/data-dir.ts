import { chmodSync, cpSync, existsSync, lchownSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { legacyDataDirectory } from "@dlhub/schema";

/**
 * Makes the data folder and, as root, lets others pass through every folder this made on the way,
 * so the `postgres` OS user reaches the PostgreSQL folder inside it (the files in it stay private).
 */
export function prepareDataDirectory(dataDir: string): void {
  const first = mkdirSync(dataDir, { recursive: true });
  if (!first || process.getuid?.() !== 0) return;
  for (let folder = resolve(dataDir); ; folder = dirname(folder)) {
    chmodSync(folder, 0o711);
    if (folder === resolve(first)) return;
  }
}

/**
 * Moves the folder an older local hub kept under the OS temp folder (emptied on many reboots) to
 * the data folder, once: only while the data folder holds nothing yet, and never while a hub still
 * runs from the old one. Answers the one line to tell the person, or undefined when nothing moved.
 */
export function moveLegacyData(dataDir: string, legacy: string = legacyDataDirectory()): string | undefined {
  if (resolve(legacy) === resolve(dataDir) || !existsSync(legacy) || !mine(legacy)) return undefined;
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    return `Left the old data in ${legacy}: ${dataDir} already holds data (delete the old folder once you no longer need it).`;
  }
  if (postgresRunsIn(join(legacy, "postgres"))) {
    throw new Error(`A hub still runs from ${legacy}: stop it (Ctrl-C), then start again to move its data to ${dataDir}.`);
  }
  prepareDataDirectory(dirname(dataDir));
  rmSync(dataDir, { recursive: true, force: true });
  moveFolder(legacy, dataDir);
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o711);
  return `Moved DL Hub's data from ${legacy} to ${dataDir} (the OS temp folder may be emptied on reboot).`;
}

/** Another user's old folder of the same checkout is theirs to move, when they start the hub. */
function mine(folder: string): boolean {
  const uid = process.getuid?.();
  return uid === undefined || uid === 0 || lstatSync(folder).uid === uid;
}

/** Whether postmaster.pid names a live process (a crashed server leaves a stale one behind). */
function postgresRunsIn(postgresDir: string): boolean {
  const pidFile = join(postgresDir, "postmaster.pid");
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * A rename where it can; across file systems (a tmpfs /tmp) a copy, then the old folder removed.
 * The copy keeps each entry's owner: as root, the PostgreSQL folder belongs to `postgres`, which
 * must still own it to start.
 */
function moveFolder(from: string, to: string): void {
  try {
    renameSync(from, to);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
  }
  cpSync(from, to, { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  if (process.getuid?.() === 0) keepOwners(from, to);
  rmSync(from, { recursive: true, force: true });
}

function keepOwners(from: string, to: string): void {
  const stat = lstatSync(from);
  if (stat.isDirectory()) for (const entry of readdirSync(from)) keepOwners(join(from, entry), join(to, entry));
  lchownSync(to, stat.uid, stat.gid);
  if (!stat.isSymbolicLink()) chmodSync(to, stat.mode & 0o7777);
}
