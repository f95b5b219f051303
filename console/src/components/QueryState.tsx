import type { CombinedError } from "urql";

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

/**
 * A failed or partial answer in words. A department that does not answer leaves the rest of the
 * page usable, so its error is a warning beside the data rather than in place of it.
 */
export function Problem({ error, what }: { error: CombinedError | Error | undefined; what: string }) {
  if (!error) return null;
  const unavailable = "graphQLErrors" in error && error.graphQLErrors.some((e) => e.extensions?.code === "DEPARTMENT_UNAVAILABLE");
  const message = messageOf(error);
  return (
    <div className={unavailable ? "warning" : "problem"} role="alert">
      <p>
        {unavailable ? `Part of ${what} is missing: a department is not answering right now. ` : `${capitalise(what)} could not be loaded. `}
        {message}
      </p>
    </div>
  );
}

/** The graph's own words for what went wrong, without urql's "[GraphQL]" prefix. */
export function messageOf(error: CombinedError | Error): string {
  if ("graphQLErrors" in error && error.graphQLErrors.length) return error.graphQLErrors.map((e) => e.message).join(" ");
  if ("networkError" in error && error.networkError) return `The gateway could not be reached (${error.networkError.message}).`;
  return error.message;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
