#!/usr/bin/env node
// The `dlhub` bin. It is committed (not built) so that `npm ci` links it before the first build;
// the CLI itself is compiled TypeScript in dist/.
const { existsSync } = require("node:fs");
const { join } = require("node:path");

const cli = join(__dirname, "..", "dist", "main.js");
if (!existsSync(cli)) {
  console.error("dlhub is not built yet: run `npm run build` (or `npm start`) in the DL Hub checkout first.");
  process.exit(1);
}
require(cli);
