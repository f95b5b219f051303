import { type RenderedFile, type TemplateContext } from "./context.js";

/**
 * The department repository's CI (GitHub Actions): every change is built and tested on a real
 * PostgreSQL and its committed schema.graphql compared with the code's; a pull request is checked
 * at the hub's registry with the report posted on it; a push to main publishes. The check needs no
 * running service (the registry reads the SDL only); the publish makes the registry ask the
 * deployed service's feed, so the department deploys before it merges.
 */
export function workflowFile(context: TemplateContext): RenderedFile {
  const { names, title } = context;
  const subgraph = `--name ${names.name} --sdl schema.graphql --routing-url "$DLHUB_ROUTING_URL"`;
  // An unset variable or secret is an empty string in Actions; without this the CLI would fall back
  // to its local default registry and report that one unreachable.
  const settings = [
    ["DLHUB_REGISTRY_URL", "variable"],
    ["DLHUB_ROUTING_URL", "variable"],
    ["DLHUB_TOKEN", "secret"],
  ]
    .map(([name, kind]) => `"\${${name}:?set the repository ${kind} ${name}}"`)
    .join(" ");
  const contents = `# DL Hub CI for ${title}'s subgraph, written by \`dlhub subgraph init\`.
# Set these under Settings > Secrets and variables > Actions:
#   secret   DLHUB_TOKEN         the department's publisher token, from the DL Hub coordinator
#   variable DLHUB_REGISTRY_URL  the hub's schema registry, e.g. https://registry.dlhub.example
#   variable DLHUB_ROUTING_URL   where the hub's gateway reaches this service, e.g. https://${names.name}.example/graphql
name: DL Hub

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read
  pull-requests: write

jobs:
  subgraph:
    runs-on: ubuntu-latest
    env:
      DLHUB_REGISTRY_URL: \${{ vars.DLHUB_REGISTRY_URL }}
      DLHUB_ROUTING_URL: \${{ vars.DLHUB_ROUTING_URL }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - name: Install
        run: npm ci
      - name: Build
        run: npm run build
      # On an embedded PostgreSQL; set DATABASE_URL to use a PostgreSQL service container instead.
      - name: Test
        run: npm test
      - name: Committed schema.graphql is what the code produces
        run: npm run sdl -- --check
      - name: Check at the registry
        id: check
        if: github.event_name == 'pull_request'
        env:
          DLHUB_TOKEN: \${{ secrets.DLHUB_TOKEN }}
        run: |
          : ${settings}
          set +e
          npx dlhub subgraph check ${subgraph} --format markdown > dlhub-check.md
          status=$?
          cat dlhub-check.md >> "$GITHUB_STEP_SUMMARY"
          exit $status
      # The report is posted even when the check failed; a later push updates the same comment.
      - name: Post the check report on the pull request
        if: always() && steps.check.outcome != 'skipped' && github.event_name == 'pull_request'
        env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.pull_request.number }}
        run: |
          if [ -s dlhub-check.md ]; then
            gh pr comment "$PR" --body-file dlhub-check.md --edit-last || gh pr comment "$PR" --body-file dlhub-check.md
          fi
      - name: Publish to the registry
        id: publish
        if: github.event_name == 'push' && github.ref == 'refs/heads/main'
        env:
          DLHUB_TOKEN: \${{ secrets.DLHUB_TOKEN }}
        run: |
          : ${settings}
          npx dlhub subgraph publish ${subgraph}
`;
  return { path: ".github/workflows/dlhub.yml", contents };
}
