import { isIP } from "node:net";
import { databaseUrl } from "@dlhub/subgraph-kit";
import { z } from "zod";
import { type TrustedProxies } from "./protection.js";
import { type RateLimitStoreSettings } from "./rate-limit-store.js";

/** The gateway's own database on a shared server, as each department has `dlhub_<name>`. */
export const GATEWAY_DATABASE = "dlhub_gateway";

/**
 * Where the rate limit counts: Redis when named, else the gateway's database (its own URL, or
 * `dlhub_gateway` on the DATABASE_URL server, made when missing), else this process's memory.
 */
export function rateLimitStoreSettings(env: { redisUrl?: string; databaseUrl?: string; serverUrl?: string }): RateLimitStoreSettings {
  if (env.redisUrl) return { kind: "redis", url: env.redisUrl };
  if (env.databaseUrl) return { kind: "postgres", url: env.databaseUrl, createDatabase: false };
  if (env.serverUrl) return { kind: "postgres", url: databaseUrl(env.serverUrl, GATEWAY_DATABASE), createDatabase: true };
  return { kind: "memory" };
}

const PROXY_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

/** An address, a CIDR range (`10.0.0.0/8`) or one of Express's names for a range (`loopback`). */
function isProxyAddress(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, bits, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}

/**
 * GATEWAY_TRUSTED_PROXIES: a hop count (`1`: the one load balancer in front) or the proxies'
 * addresses and ranges separated by commas. Unset or empty trusts none. "Trust every proxy" is
 * not offered: any client could then choose the address it is counted by.
 */
export const trustedProxies = z
  .string()
  .optional()
  .transform((value, context): TrustedProxies | undefined => {
    const text = value?.trim() ?? "";
    if (text === "") return undefined;
    if (/^\d+$/.test(text)) return Number(text);
    const entries = text.split(",").map((entry) => entry.trim());
    if (entries.every(isProxyAddress)) return entries;
    context.addIssue({ code: "custom", message: "must be a number of proxy hops, or addresses and CIDR ranges (or loopback, linklocal, uniquelocal) separated by commas" });
    return z.NEVER;
  });
