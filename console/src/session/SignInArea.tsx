import { useLocation } from "react-router-dom";
import { useSession } from "./session";
import { DevelopmentRolePicker } from "./DevelopmentRolePicker";

/** The header's sign-in: who is signed in and how to sign in or out, per the gateway's settings. */
export function SignInArea() {
  const session = useSession();
  const location = useLocation();
  const { person, config, problem } = session;
  let body;
  if (person) {
    const role = person.roles.length ? person.roles.join(", ") : "no role";
    body = (
      <>
        <p className="signed-in-as">
          Signed in as <strong>{role}</strong>
          {person.department ? ` for ${person.department}` : ""}
          {person.via === "development" ? " (development)" : ` (${person.subject})`}
        </p>
        <button type="button" onClick={() => void session.signOut()}>
          Sign out
        </button>
      </>
    );
  } else if (config.auth.mode === "development") {
    body = <DevelopmentRolePicker roles={config.auth.roles} departments={config.auth.departments} />;
  } else if (config.auth.mode === "oidc") {
    body = (
      <button type="button" onClick={() => void session.signInWithProvider(location.pathname + location.search)}>
        Sign in with your City account
      </button>
    );
  } else {
    body = <p className="signed-in-as">Public view: sign-in is not set up on this hub.</p>;
  }
  return (
    <section className="sign-in" aria-label="Sign-in">
      {body}
      {problem && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
