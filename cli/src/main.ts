#!/usr/bin/env node
import { runDlhub } from "./run.js";

// The `dlhub` bin: the real streams and environment; everything else lives in runDlhub.
void runDlhub(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() }).then((code) => {
  process.exitCode = code;
});
