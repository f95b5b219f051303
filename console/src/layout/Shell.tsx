import type { ReactNode } from "react";
import { NavLink } from "react-router-dom";
import { SignInArea } from "../session/SignInArea";
import { useSession } from "../session/session";
import { DemoDataBanner, DemoDataProvider } from "./demo-data";

const SECTIONS: [string, string][] = [
  ["/", "Overview"],
  ["/map", "Map"],
  ["/initiatives", "Initiatives"],
  ["/gaps", "Gaps & overlaps"],
  ["/outcomes", "Outcomes"],
  ["/schema", "Schema"],
];

/** Every page's frame: skip link, header with the sections and sign-in, the demo-data banner. */
export function Shell({ children }: { children: ReactNode }) {
  const { config } = useSession();
  return (
    <DemoDataProvider>
      <a className="skip-link" href="#main">
        Skip to the page's content
      </a>
      <header className="site-header">
        <div className="site-title">
          <NavLink to="/" className="brand">
            DL Hub <span>coordinator's console</span>
          </NavLink>
        </div>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to === "/"}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <SignInArea />
      </header>
      <DemoDataBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          DL Hub: one graph of Philadelphia's digital-literacy work. Developers can ask the graph anything in the{" "}
          <a href={config.explorerUrl}>GraphQL explorer</a>.
        </p>
      </footer>
    </DemoDataProvider>
  );
}
