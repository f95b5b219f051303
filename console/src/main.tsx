import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router-dom";
import { App } from "./App";
import { GraphQLProvider } from "./graphql/client";
import { loadConsoleConfig } from "./session/console-config";
import { SessionProvider } from "./session/session";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/map.css";
import "./styles/report.css";
import "./styles/print.css";

const root = createRoot(document.getElementById("root") as HTMLElement);

loadConsoleConfig()
  .then((config) =>
    root.render(
      <StrictMode>
        <SessionProvider config={config}>
          <GraphQLProvider>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </GraphQLProvider>
        </SessionProvider>
      </StrictMode>,
    ),
  )
  .catch((error: Error) =>
    root.render(
      <main className="startup-problem">
        <h1>The console could not start</h1>
        <p role="alert">{error.message}</p>
        <p>
          The GraphQL explorer may still work: <a href="/explorer">open the explorer</a>.
        </p>
      </main>,
    ),
  );
