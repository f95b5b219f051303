import { type OperationDefinitionNode, buildSchema, parse } from "graphql";
import { coordinatesOf } from "./coordinates";

const schema = buildSchema(`
  enum Audience { SENIORS YOUTH ADULTS }
  input Window { from: String, to: String, audience: Audience }
  input Near { lat: Float!, lng: Float!, within: Window }
  interface Place { name: String! }
  type Site implements Place { name: String! address: String }
  type Initiative { id: ID! title: String! audience: Audience sites(limit: Int): [Site!]! }
  type Query {
    initiatives(audience: Audience, near: Near, first: Int): [Initiative!]!
    places: [Place!]!
  }
`);

function coordinates(source: string, operationName?: string): string[] {
  const document = parse(source);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === "OperationDefinition" && (operationName === undefined || d.name?.value === operationName),
  );
  if (!operation) throw new Error("no such operation");
  return coordinatesOf(schema, document, operation);
}

describe("coordinatesOf", () => {
  it("names fields, the arguments passed, and enum values and input fields written in the document", () => {
    expect(coordinates(`{ initiatives(audience: SENIORS, near: { lat: 1, lng: 2, within: { audience: YOUTH } }) { title sites { name } } }`)).toEqual([
      "Audience.SENIORS",
      "Audience.YOUTH",
      "Initiative.sites",
      "Initiative.title",
      "Near.lat",
      "Near.lng",
      "Near.within",
      "Query.initiatives",
      "Query.initiatives(audience:)",
      "Query.initiatives(near:)",
      "Site.name",
      "Window.audience",
    ]);
  });

  it("counts a variable's input type as using every field and enum value it can carry", () => {
    expect(coordinates(`query Near($near: Near) { initiatives(near: $near) { id } }`)).toEqual([
      "Audience.ADULTS",
      "Audience.SENIORS",
      "Audience.YOUTH",
      "Initiative.id",
      "Near.lat",
      "Near.lng",
      "Near.within",
      "Query.initiatives",
      "Query.initiatives(near:)",
      "Window.audience",
      "Window.from",
      "Window.to",
    ]);
  });

  it("keeps an interface field on the interface and leaves out directives' arguments", () => {
    expect(coordinates(`query($show: Boolean!) { places { name ... on Site { address @include(if: $show) } } }`)).toEqual([
      "Place.name",
      "Query.places",
      "Site.address",
    ]);
  });

  it("reads only the chosen operation and the fragments it spreads", () => {
    const document = `
      query Titles { initiatives { ...Title } }
      query Places { places { name } }
      fragment Title on Initiative { title }
      fragment Unused on Initiative { audience }
    `;
    expect(coordinates(document, "Titles")).toEqual(["Initiative.title", "Query.initiatives"]);
  });

  it("leaves out __typename and introspection, which belong to GraphQL itself", () => {
    expect(coordinates(`{ __typename __schema { types { name fields(includeDeprecated: true) { name } } } initiatives { __typename id } }`)).toEqual([
      "Initiative.id",
      "Query.initiatives",
    ]);
  });
});
