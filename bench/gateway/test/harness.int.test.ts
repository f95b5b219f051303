import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { TARGET_NAMES } from "../src/targets/targets";

const run = promisify(execFile);
const MAIN = resolve(__dirname, "../dist/main.js");

/**
 * The harness itself, not anyone's speed: one short round of the Guild-shaped workload, every
 * target started, checked against stock's answer and measured, and a report that says so. Runs
 * the built harness (`npm test` builds first) as `npm run bench:gateway` does.
 */
describe("npm run bench:gateway", () => {
  let resultsDir: string;
  beforeAll(() => {
    resultsDir = mkdtempSync(join(tmpdir(), "dlhub-bench-gateway-test-"));
  });
  afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

  it("measures every target on the Guild-shaped workload and verifies their answers", async () => {
    // The baseline target runs the same build here: what is tested is that it starts and is measured.
    const baseline = { TARGETS: TARGET_NAMES.join(","), BASELINE_GATEWAY_MAIN: require.resolve("@dlhub/gateway/dist/main.js") };
    const env = { ...process.env, ...baseline, DURATION_S: "1", WARMUP_S: "1", ROUNDS: "1", WORKLOAD: "guild", CONNECTIONS: "10", RESULTS_DIR: resultsDir };
    // Six targets, each started, warmed and measured for a second or two, on a machine other work shares.
    await run(process.execPath, [MAIN], { env, timeout: 200_000, maxBuffer: 10 << 20 });

    const [file] = readdirSync(resultsDir).filter((name) => /^report-.*\.md$/.test(name));
    const report = readFileSync(join(resultsDir, file), "utf8");
    expect(report).toContain("Answers verified identical to stock's: yes (1 request body");
    for (const target of TARGET_NAMES) {
      // The summary row: | name | req/s | × stock … |
      const row = new RegExp(`^\\| ${target} \\| ([\\d.]+) \\|`, "m").exec(report);
      // The target named with its figure, so a failure says which one had none.
      expect({ target, requestsPerSecond: Number(row?.[1] ?? 0) > 0 }).toEqual({ target, requestsPerSecond: true });
    }
  }, 240_000);
});
