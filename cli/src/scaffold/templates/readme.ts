import { type RenderedFile, type TemplateContext } from "./context.js";

/** The standalone repository's README: how to build, test, run, check and publish it. */
export function readmeFile(context: TemplateContext): RenderedFile {
  const { names, title } = context;
  const port = context.standalone?.port ?? 4007;
  const prefix = names.envPrefix;
  const contents = `# ${title}: DL Hub subgraph \`${names.name}\`

${title}'s digital-literacy initiatives and venues, served as a GraphQL subgraph of DL Hub, the
City's federation hub. Written by \`dlhub subgraph init\` from the DL Hub subgraph kit; the demo data
in \`src/seed/\` is plausible, not official: replace it with the department's own.

## Work on it

\`\`\`sh
npm install
npm run build
npm test            # on an embedded PostgreSQL; or DATABASE_URL=postgres://user:pw@host:5432/postgres npm test
npm run sdl         # writes schema.graphql from the code (no database needed); commit it
${prefix}_PORT=${port} DATABASE_URL=postgres://… ${prefix}_SEED_DEMO_DATA=true npm start
\`\`\`

The service reads \`${prefix}_PORT\`, \`${prefix}_DATABASE_URL\` (or the server of \`DATABASE_URL\`, where it
creates its own database), \`${prefix}_SEED_DEMO_DATA\`, \`DLHUB_FORWARDING_SECRET\` (shared with the
hub's gateway) and \`LOG_LEVEL\`, and serves GraphQL at \`/graphql\`.

## Join the hub

First the DL Hub coordinator registers the department (once): \`dlhub department register ${names.name}
--name "${title}"\`. Until then the registry refuses its checks and publishes with
\`DEPARTMENT_NOT_REGISTERED\`.

\`\`\`sh
export DLHUB_REGISTRY_URL=https://registry.dlhub.example DLHUB_TOKEN=<publisher token>
npm run check -- --routing-url https://${names.name}.example/graphql      # what a publish would report
npm run publish -- --routing-url https://${names.name}.example/graphql    # makes it live
\`\`\`

A check reads only \`schema.graphql\`: composition with the other subgraphs, the hub contract,
breaking changes and the saved operations they would break. A publish runs the same checks and
also asks the deployed service's \`/initiative-feed\`, so deploy the service first.

## CI

\`.github/workflows/dlhub.yml\` builds and tests every change and fails when \`schema.graphql\` is not
what the code produces; on a pull request it checks the schema at the registry and posts the
report as a comment; on a push to \`main\` it publishes. It needs, under Settings > Secrets and
variables > Actions, the secret \`DLHUB_TOKEN\` (the department's publisher token, from the DL Hub
coordinator) and the variables \`DLHUB_REGISTRY_URL\` and \`DLHUB_ROUTING_URL\`.
`;
  return { path: "README.md", contents };
}
