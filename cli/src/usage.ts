import { type UsageSummary } from "@dlhub/schema";
import { type Command } from "./command.js";
import { usageError } from "./io.js";

/**
 * `dlhub usage`: which schema coordinates clients used (from the gateway's reports) and which live
 * fields nobody used, within the registry's window or the days asked for. A deprecated field no
 * one used for the whole window is marked removable: a publish removing it passes the checks.
 */
export const usage: Command = {
  name: "usage",
  summary: "show which fields clients used and which no one did",
  synopsis: "[--days <n>] [--subgraph <name>]",
  options: {
    days: { type: "string", value: "<n>", description: "how many days back, today included (default: the registry's window, 30 days)" },
    subgraph: { type: "string", value: "<name>", description: "only this subgraph's types and fields" },
  },
  async run(context) {
    const { days, subgraph } = context.values;
    if (days !== undefined && (typeof days !== "string" || !/^\d+$/.test(days) || Number(days) < 1)) {
      throw usageError(`--days must be a positive whole number, got ${JSON.stringify(days)}.`);
    }
    if (subgraph !== undefined && typeof subgraph !== "string") throw usageError("--subgraph takes a subgraph name.");
    const summary = await context.registry().usage({ days: days === undefined ? undefined : Number(days), subgraph });
    return { text: formatUsage(summary), data: summary };
  },
};

export function formatUsage(summary: UsageSummary): string[] {
  const scope = summary.subgraph ? ` in subgraph ${summary.subgraph}` : "";
  const lines = [`Usage in the last ${summary.days} days${scope} (since ${summary.since.slice(0, 10)}):`, ""];
  if (summary.used.length === 0) lines.push("Used: nothing reported");
  else {
    lines.push(`Used: ${summary.used.length} coordinates`);
    const width = Math.max(...summary.used.map(({ coordinate }) => coordinate.length));
    for (const { coordinate, count, clients, operations, lastSeen } of summary.used) {
      lines.push(`  - ${coordinate.padEnd(width)}  ${String(count).padStart(7)} requests  last ${lastSeen.slice(0, 16).replace("T", " ")}  clients: ${clients.join(", ")}`);
      lines.push(`      operations: ${operations.join(", ")}`);
    }
  }
  const removable = summary.unused.filter((field) => field.removable);
  lines.push("", summary.unused.length === 0 ? "Unused fields: none" : `Unused fields: ${summary.unused.length} (${removable.length} deprecated: removable)`);
  for (const { coordinate, removable: canGo } of summary.unused) lines.push(`  - ${coordinate}${canGo ? "  deprecated, unused: removable" : ""}`);
  return lines;
}
