import { type RenderedFile, type TemplateContext, literal } from "./context.js";
import { migrationClass } from "./migration.js";

/** The department definition and the three entry points the kit runs it through. */
export function entryFiles(context: TemplateContext): RenderedFile[] {
  const { names, title } = context;
  const migration = migrationClass(context);
  const definition = `import { defineDepartment } from "@dlhub/subgraph-kit";
import { contract } from "./initiatives/contract.js";
import { ${names.initiativeType}Resolver } from "./initiatives/${names.name}-initiative.resolver.js";
import { ${migration} } from "./migrations/${context.timestamp}-Create${names.pascal}Tables.js";
import { seed${names.pascal} } from "./seed/seed.js";
import { ${names.venueType} } from "./venues/${names.name}-venue.entity.js";
import { ${names.venueType}Resolver } from "./venues/${names.name}-venue.resolver.js";
import { PLACES_SQL } from "./venues/places.js";

/** ${title}: its digital-literacy initiatives and the venues where they meet. */
export const ${names.definition} = defineDepartment(contract, {
  entities: [${names.venueType}],
  migrations: [${migration}],
  resolvers: [${names.initiativeType}Resolver, ${names.venueType}Resolver],
  places: { sql: PLACES_SQL },
  seed: seed${names.pascal},
});
`;
  return [
    { path: "src/department.ts", contents: definition },
    {
      path: "src/index.ts",
      contents: `export { ${names.definition} } from "./department.js";
export { ${names.initiativeType} } from "./initiatives/${names.name}-initiative.entity.js";
export { ${names.venueType} } from "./venues/${names.name}-venue.entity.js";
`,
    },
    {
      path: "src/main.ts",
      contents: `// First: the tracing instrumentations must load before pg, graphql and http do.
import "@dlhub/subgraph-kit/tracing";
import { runDepartment } from "@dlhub/subgraph-kit";
import { ${names.definition} } from "./department.js";
import { readEnv } from "./env.js";

void runDepartment(${names.definition}, readEnv);
`,
    },
    {
      path: "src/env.ts",
      contents: `import { departmentEnv } from "@dlhub/subgraph-kit";

/** The only reader of process.env in this service: ${names.envPrefix}_PORT, ${names.envPrefix}_DATABASE_URL, … */
export const readEnv = () => departmentEnv(${literal(names.name)});
`,
    },
    {
      path: "src/emit-sdl.ts",
      contents: `import { emitSdl } from "@dlhub/subgraph-kit";
import { ${names.definition} } from "./department.js";

void emitSdl(${names.definition}, __dirname);
`,
    },
  ];
}
