import { useEffect, useState } from "react";
import { useClient, type Client } from "urql";

/**
 * Gathers an answer that takes several requests (every page of places, every coverage-gap score)
 * with the client of the signed-in person, again whenever `key` changes. `gather` should be
 * defined once (outside the component), taking what varies through the key's owner.
 */
export function useGathered<T>(key: string, gather: (client: Client) => Promise<T>): { data?: T; error?: Error } {
  const client = useClient();
  const [state, setState] = useState<{ key: string; data?: T; error?: Error }>({ key: "" });
  useEffect(() => {
    let current = true;
    gather(client).then(
      (data) => current && setState({ key, data }),
      (error: Error) => current && setState({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [client, key, gather]);
  return state.key === key ? state : {};
}

/** Fails a gathered answer the way a single query would. */
export function answer<T>(result: { data?: T; error?: Error }): T {
  if (result.error || !result.data) throw result.error ?? new Error("The graph gave no answer.");
  return result.data;
}
