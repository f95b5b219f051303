import { type LocalHub } from "./local-hub.js";

const EXAMPLE = `{ libraryInitiatives(first: 3) { nodes { title department } } keyspotSites { name hostBranch { name address } } }`;

/** What a person sees once the hub is up: where everything is and one query to try. */
export function printWelcome(hub: LocalHub, elapsedMs: number): void {
  const lines = [
    "",
    `DL Hub is up in ${(elapsedMs / 1000).toFixed(1)} s.`,
    "",
    `  Console   ${hub.gatewayUrl.replace(/\/graphql$/, "/")}`,
    `  Gateway   ${hub.gatewayUrl}`,
    `  Explorer  ${hub.gatewayUrl.replace(/\/graphql$/, "/explorer")}`,
    `  Registry  ${hub.registryUrl}`,
    ...hub.subgraphs.map((s) => `  ${s.name.padEnd(9)} ${s.url.replace("0.0.0.0", "localhost")}`),
    "",
    "Try:",
    `  curl -s ${hub.gatewayUrl} -H 'content-type: application/json' \\`,
    `    -d '${JSON.stringify({ query: EXAMPLE })}'`,
    "",
    "Development tokens (development only, signed with this checkout's local secret):",
    "  npx dlhub token --role coordinator",
    "  npx dlhub token --role publisher --department libraries",
    "",
    "Ctrl-C stops everything; `npm run reset` wipes the local data.",
    "",
  ];
  console.log(lines.join("\n"));
}
