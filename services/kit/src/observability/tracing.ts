import { createRequire } from "node:module";
import { tracingSettings } from "./settings.js";

/**
 * Every service's `main.ts` imports this module first (`import "@dlhub/subgraph-kit/tracing"`),
 * before anything loads `pg`, `graphql` or an HTTP server: the instrumentations can only patch
 * modules loaded after them. When the OTEL_* variables name no exporter nothing is registered,
 * and no request pays for tracing; nor is the SDK even loaded, which would cost every start a
 * fifth of a second.
 */
function startTracing(): void {
  const settings = tracingSettings(process.env);
  if (settings.state === "off") return;
  if (settings.state === "invalid") {
    console.error(`Invalid configuration:\n${settings.problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  const { startTracingSdk } = createRequire(__filename)("./tracing-sdk.js") as typeof import("./tracing-sdk.js");
  startTracingSdk(settings.exporters);
}

startTracing();
