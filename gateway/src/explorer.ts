import { dirname, join } from "node:path";
import { type Express } from "express";

/**
 * An explorer that works with no network: GraphiQL and React are served from this machine's
 * node_modules instead of a CDN, so the coordinator can explore the graph on an offline laptop or a
 * locked-down City network. It lives at /explorer; `/` is the coordinator's console.
 */
export function mountExplorer(app: Express, graphqlPath = "/graphql"): void {
  const assets: Record<string, string> = {
    "react.js": packageFile("react", "umd/react.production.min.js"),
    "react-dom.js": packageFile("react-dom", "umd/react-dom.production.min.js"),
    "graphiql.js": packageFile("graphiql", "graphiql.min.js"),
    "graphiql.css": packageFile("graphiql", "graphiql.min.css"),
  };
  app.get("/explorer/assets/:file", (request, response) => {
    const file = assets[request.params.file];
    if (!file) {
      response.sendStatus(404);
      return;
    }
    response.sendFile(file, { maxAge: "1d" });
  });
  const page = explorerPage(graphqlPath);
  app.get("/explorer", (_request, response) => {
    response.type("html").send(page);
  });
}

/** A file shipped inside an installed package, found past the package's export map. */
function packageFile(name: string, file: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), file);
}

const EXAMPLE_QUERY = `# DL Hub: one graph of Philadelphia's digital-literacy work.
# Press the run button (or Ctrl-Enter).
{
  libraryInitiatives(first: 5) { nodes { title status audiences sites { name } } }
  keyspotSites { name workstations hostBranch { name address } }
}
`;

function explorerPage(graphqlPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>DL Hub explorer</title>
<link rel="stylesheet" href="/explorer/assets/graphiql.css">
<style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="explorer">Loading the explorer…</div>
<script src="/explorer/assets/react.js"></script>
<script src="/explorer/assets/react-dom.js"></script>
<script src="/explorer/assets/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
  ReactDOM.createRoot(document.getElementById("explorer")).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)} })
  );
</script>
</body>
</html>`;
}
