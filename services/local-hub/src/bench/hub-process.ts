import { type ChildProcess, spawn } from "node:child_process";
import { join } from "node:path";

/**
 * Starts one of the benchmarks' hubs (a script in this folder) in a process of its own, so the
 * hubs compared never share a JavaScript thread, and resolves once the script prints its
 * `{"gatewayUrl": …}` line. `label` names it if it dies first.
 */
export async function startHubProcess(script: string, args: string[], label: string, env: NodeJS.ProcessEnv = process.env): Promise<{ gatewayUrl: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(__dirname, script), ...args], { env, stdio: ["ignore", "pipe", "inherit"] });
  const gatewayUrl = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split("\n").find((l) => l.startsWith('{"gatewayUrl"'));
      if (line) resolve((JSON.parse(line) as { gatewayUrl: string }).gatewayUrl);
    });
    child.once("exit", (code) => reject(new Error(`the ${label} hub exited (${code}) before it was ready`)));
  });
  return { gatewayUrl, child };
}
