import { type SupergraphSummary } from "@dlhub/schema";
import { type Command } from "./command.js";
import { usageError } from "./io.js";

export const supergraphHistory: Command = {
  name: "history",
  summary: "list every supergraph version, newest first: why it was made, by whom, from which subgraphs",
  synopsis: "",
  options: {},
  async run(context) {
    const versions = await context.registry().supergraphHistory();
    if (versions.length === 0) return { text: [`${context.registryUrl} has no supergraph yet: publish a subgraph first.`], data: versions };
    return {
      text: [`Supergraph versions in ${context.registryUrl} (${versions.length}, newest first):`, ...versions.map(historyLine)],
      data: versions,
    };
  },
};

function historyLine(version: SupergraphSummary): string {
  const why = version.reason === "rollback" ? `rollback to ${version.rolledBackTo}` : version.reason;
  const names = version.subgraphs.map((s) => s.name).join(", ");
  return `  - ${String(version.version).padStart(3)}  ${why.padEnd(14)}  ${version.createdAt} by ${version.createdBy}  [${names}]`;
}

/** A version number as the person typed it; the registry would refuse anything else with the same words. */
function versionArgument(given: string, which: string): number {
  if (!/^\d{1,10}$/.test(given) || Number(given) < 1) throw usageError(`${which} must be a supergraph version number (1, 2, …), got ${JSON.stringify(given)}.`);
  return Number(given);
}

export const supergraphDiff: Command = {
  name: "diff",
  summary: "show what changed between two supergraph versions: schema changes with their criticality, and the subgraphs republished",
  synopsis: "<from-version> <to-version>",
  positionals: { min: 2, max: 2 },
  options: {},
  async run(context) {
    const [from, to] = context.positionals.map((given, i) => versionArgument(given, i === 0 ? "<from-version>" : "<to-version>")) as [number, number];
    const diff = await context.registry().supergraphDiff(from, to);
    const count = (criticality: string) => diff.changes.filter((c) => c.criticality === criticality).length;
    const text = [`Supergraph ${from} → ${to}:`, ""];
    text.push(diff.subgraphs.length === 0 ? "Subgraphs: unchanged" : `Subgraphs changed: ${diff.subgraphs.length}`);
    for (const { name, from: before, to: after } of diff.subgraphs) {
      if (!before) text.push(`  + ${name} added (${after?.hash.slice(0, 12)})`);
      else if (!after) text.push(`  - ${name} removed (was ${before.hash.slice(0, 12)})`);
      else text.push(`  ~ ${name} ${before.hash.slice(0, 12)} → ${after.hash.slice(0, 12)}${before.routingUrl === after.routingUrl ? "" : ` (routing URL ${before.routingUrl} → ${after.routingUrl})`}`);
    }
    text.push(
      diff.changes.length === 0
        ? "Schema changes: none"
        : `Schema changes: ${diff.changes.length} (${count("BREAKING")} breaking, ${count("DANGEROUS")} dangerous, ${count("SAFE")} safe)`,
    );
    for (const change of diff.changes) text.push(`  - ${change.criticality} ${change.type}${change.path ? ` ${change.path}` : ""}: ${change.message}`);
    return { text, data: diff };
  },
};
