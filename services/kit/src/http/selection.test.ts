import { type FragmentDefinitionNode, type GraphQLResolveInfo, Kind, type OperationDefinitionNode, parse } from "graphql";
import { PerSelection, selectedFields } from "./selection.js";

/** The info a resolver of the operation's first field would get. */
function infoOf(query: string): Pick<GraphQLResolveInfo, "fieldNodes" | "fragments"> {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const first = operation.selectionSet.selections[0];
  if (first.kind !== Kind.FIELD) throw new Error("the first selection must be a field");
  return { fieldNodes: [first], fragments };
}

describe("selectedFields", () => {
  it("names the fields selected at a path, through inline and named fragments", () => {
    const info = infoOf(`
      query { initiatives { totalCount nodes { id ...Places ... on Initiative { partners { name } } } } }
      fragment Places on Initiative { sites { name } title }`);
    expect(selectedFields(info, ["nodes"])).toEqual(new Set(["id", "sites", "title", "partners"]));
    expect(selectedFields(info)).toEqual(new Set(["totalCount", "nodes"]));
    expect(selectedFields(info, ["nodes", "sites"])).toEqual(new Set(["name"]));
  });

  it("answers nothing for a path the query does not select", () => {
    expect(selectedFields(infoOf(`{ initiatives { totalCount } }`), ["nodes"])).toEqual(new Set());
  });
});

describe("PerSelection", () => {
  it("makes its value once per field's nodes and owner, and again when the nodes merged into the field differ", () => {
    const operation = parse("{ a: page { x } a: page { y } b: page { z } }").definitions[0] as OperationDefinitionNode;
    const [a1, a2, b] = operation.selectionSet.selections as GraphQLResolveInfo["fieldNodes"][number][];
    const memo = new PerSelection<string>();
    let made = 0;
    const get = (fieldNodes: GraphQLResolveInfo["fieldNodes"], owner: object) => memo.get({ fieldNodes }, owner, () => `value ${++made}`);
    const owner = {};
    expect(get([a1, a2], owner)).toBe("value 1");
    expect(get([a1, a2], owner)).toBe("value 1");
    expect(get([b], owner)).toBe("value 2");
    expect(get([a1, a2], {})).toBe("value 3");
    // An @include turned off by a variable leaves fewer nodes merged into the field.
    expect(get([a1], owner)).toBe("value 4");
    expect(made).toBe(4);
  });
});
