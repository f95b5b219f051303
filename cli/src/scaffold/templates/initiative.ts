import { type RenderedFile, type TemplateContext, literal } from "./context.js";

/** The department's initiative: the contract's entity, its kit wiring and its own detail fields. */
export function initiativeFiles(context: TemplateContext): RenderedFile[] {
  const { names, title } = context;
  const type = names.initiativeType;
  return [
    {
      path: `src/initiatives/${names.name}-initiative.entity.ts`,
      contents: `import { InitiativeContract } from "@dlhub/schema";
import { Directive, ObjectType } from "type-graphql";
import { Entity } from "typeorm";

@Directive('@key(fields: "id")')
@ObjectType({ description: ${literal(`A ${title} digital-literacy initiative, with the hub contract fields.`)} })
@Entity("initiative")
export class ${type} extends InitiativeContract {}
`,
    },
    {
      path: "src/initiatives/contract.ts",
      contents: `import { SiteKind } from "@dlhub/schema";
import { initiativeContract } from "@dlhub/subgraph-kit";
import { ${type} } from "./${names.name}-initiative.entity.js";

/** An initiative is delivered at its venues; one statement serves the sites of a whole batch. */
const SITES_SQL = \`
  SELECT initiative_id, slug AS key, name, '\${SiteKind.PARTNER_SITE}' AS kind, address, latitude, longitude
    FROM venue
   WHERE initiative_id = ANY($1)
   ORDER BY name\`;

// The name is the department's registered id (\`dlhub department list\`): its initiatives answer it as departmentId.
export const contract = initiativeContract({
  name: ${literal(names.name)},
  initiative: ${type},
  listField: ${literal(`${names.camel}Initiatives`)},
  singleField: ${literal(`${names.camel}Initiative`)},
  detailField: ${literal(names.detailField)},
  sitesSql: SITES_SQL,
});
`,
    },
    {
      path: `src/initiatives/${names.name}-initiative.resolver.ts`,
      contents: `import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { venuesByInitiative } from "../loaders.js";
import { ${names.venueType} } from "../venues/${names.name}-venue.entity.js";
import { ${type} } from "./${names.name}-initiative.entity.js";

/** The department's own detail on its initiatives, beyond the contract fields. */
@Resolver(() => ${type})
export class ${type}Resolver {
  @FieldResolver(() => [${names.venueType}], { description: "Where the initiative meets, by name." })
  venues(@Root() initiative: ${type}, @Ctx() context: SubgraphContext): Promise<${names.venueType}[]> {
    return venuesByInitiative(context).load(initiative.id);
  }
}
`,
    },
  ];
}
