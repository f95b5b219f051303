import { useEffect, useRef } from "react";
import { useNavigate } from "react-router-dom";
import { Loading } from "../components/QueryState";
import { useSession } from "./session";

/** Where the City's provider sends the browser back: finishes the sign-in and returns to the page. */
export function SignedInPage() {
  const session = useSession();
  const navigate = useNavigate();
  // The code can be exchanged only once, and React runs effects twice in development.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void session.finishSignIn().then((returnTo) => navigate(returnTo, { replace: true }));
  }, [session, navigate]);
  return <Loading what="your sign-in" />;
}
