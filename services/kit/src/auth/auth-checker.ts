import { type Identity, Role, actsFor, hasRole, isAnonymous } from "@dlhub/schema";
import { type AuthCheckerFn } from "type-graphql";
import { type SubgraphContext } from "../context.js";
import { forbidden, unauthenticated } from "../errors.js";

/**
 * Whether `identity` holds `role` in the subgraph named `subgraph`. The coordinator's role holds
 * everywhere but grants no department's rights: a coordinator reads what is restricted and writes
 * the hub's coordination data, never a department's initiatives. A department role holds only in
 * the subgraph its token names.
 */
export function holdsRole(identity: Identity, role: Role, subgraph: string): boolean {
  switch (role) {
    case Role.COORDINATOR:
      return hasRole(identity, Role.COORDINATOR);
    case Role.EDITOR:
    case Role.PUBLISHER:
      return actsFor(identity, role, subgraph);
    case Role.SERVICE:
      // A DL Hub service only reports to the registry; it holds no role in any subgraph.
      return false;
  }
}

/**
 * type-graphql's checker for `@Authorized(...)` in every subgraph: any one of the listed roles is
 * enough; `@Authorized()` with none asks only for a known identity. It throws rather than
 * returning false, so an anonymous caller is told UNAUTHENTICATED (sign in) and a known one
 * FORBIDDEN (signing in again will not help), each with the role that was needed.
 */
export const authChecker: AuthCheckerFn<SubgraphContext, Role> = ({ context }, roles) => {
  const { identity, subgraph } = context;
  const granted = roles.length === 0 ? !isAnonymous(identity) : roles.some((role) => holdsRole(identity, role, subgraph));
  if (granted) return true;
  const needed = roles.length === 0 ? "a signed-in user" : roles.map((role) => describeRole(role, subgraph)).join(" or ");
  throw isAnonymous(identity) ? unauthenticated(`Sign in: this needs ${needed}.`) : forbidden(`This needs ${needed}.`);
};

function describeRole(role: Role, subgraph: string): string {
  if (role === Role.COORDINATOR) return "the coordinator";
  return `${/^[aeiou]/.test(role) ? "an" : "a"} ${role} of ${subgraph}`;
}
