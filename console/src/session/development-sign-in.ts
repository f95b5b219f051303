import type { Role } from "./console-config";
import { personOf, type SignedInPerson } from "./claims";

const KEY = "dlhub-console-development-token";

/**
 * A development token for a chosen role, minted by the gateway from its local secret. Only a
 * gateway in development mode answers; the token lives in this tab's session storage, so closing
 * the tab signs out.
 */
export async function developmentSignIn(url: string, role: Role, department: string | undefined): Promise<SignedInPerson> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(department ? { role, department } : { role }),
  });
  if (!response.ok) throw new Error(`The gateway gave no development token: ${await refusal(response)}`);
  const { token } = (await response.json()) as { token: string };
  sessionStorage.setItem(KEY, token);
  return personOf(token, "development");
}

export function storedDevelopmentPerson(): SignedInPerson | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  const person = personOf(token, "development");
  if (person.expiresAt !== undefined && person.expiresAt <= Date.now()) {
    sessionStorage.removeItem(KEY);
    return null;
  }
  return person;
}

export function forgetDevelopmentToken(): void {
  sessionStorage.removeItem(KEY);
}

/** The gateway's reason, from its `{ errors: [{ message }] }` answer, or the HTTP status. */
async function refusal(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
  return body?.errors?.[0]?.message ?? `HTTP ${response.status}`;
}
