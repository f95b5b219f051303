import { jwtDecode } from "jwt-decode";
import type { Role } from "./console-config";

/** Who a token names, as the gateway will read it (services' `identityOf`): roles and department. */
export interface SignedInPerson {
  token: string;
  subject: string;
  roles: Role[];
  department?: string;
  /** Milliseconds since the epoch; the console signs out when the token runs out. */
  expiresAt?: number;
  /** How the person signed in, shown next to their role. */
  via: "development" | "oidc";
}

interface DlHubClaims {
  sub?: string;
  roles?: unknown;
  department?: unknown;
  exp?: number;
}

/**
 * Reads a token's claims for display only: the gateway verifies the token on every request, so
 * nothing here is trusted for access, it only decides which buttons the person is offered.
 */
export function personOf(token: string, via: SignedInPerson["via"], fallbackClaims: DlHubClaims = {}): SignedInPerson {
  let claims: DlHubClaims = fallbackClaims;
  try {
    claims = { ...fallbackClaims, ...jwtDecode<DlHubClaims>(token) };
  } catch {
    // An opaque (non-JWT) access token: the ID token's claims stand in.
  }
  const roles = Array.isArray(claims.roles) ? (claims.roles.filter((r) => typeof r === "string") as Role[]) : [];
  return {
    token,
    subject: claims.sub ?? "signed in",
    roles,
    department: typeof claims.department === "string" ? claims.department : undefined,
    expiresAt: claims.exp ? claims.exp * 1000 : undefined,
    via,
  };
}

export const isCoordinator = (person: SignedInPerson | null): boolean => Boolean(person?.roles.includes("coordinator"));
