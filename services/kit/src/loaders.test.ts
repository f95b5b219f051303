import { type DataSource } from "typeorm";
import { RequestLoaders, defineLoader, groupByKey, indexByKey } from "./loaders";

describe("groupByKey / indexByKey", () => {
  const rows = [{ k: "b", v: 1 }, { k: "a", v: 2 }, { k: "b", v: 3 }, { k: "z", v: 4 }];

  it("returns one group per key, in key order, empty where no rows", () => {
    expect(groupByKey(["a", "b", "c"], rows, (r) => r.k)).toEqual([[{ k: "a", v: 2 }], [{ k: "b", v: 1 }, { k: "b", v: 3 }], []]);
  });

  it("returns one row per key, null where none", () => {
    expect(indexByKey(["z", "q"], rows, (r) => r.k)).toEqual([{ k: "z", v: 4 }, null]);
  });
});

describe("RequestLoaders", () => {
  it("batches the loads of one tick into one call and keeps one loader per definition", async () => {
    const calls: (readonly string[])[] = [];
    const upper = defineLoader<string, string>("upper", async (keys) => {
      calls.push(keys);
      return keys.map((k) => k.toUpperCase());
    });
    // The batch function never touches the database here, so no DataSource is needed.
    const context = { loaders: new RequestLoaders({} as DataSource) };
    const results = await Promise.all(["a", "b", "a"].map((k) => upper(context).load(k)));
    expect(results).toEqual(["A", "B", "A"]);
    expect(calls).toEqual([["a", "b"]]);
    expect(upper(context)).toBe(upper(context));
  });

  it("answers a primed key with the value itself and sends no batch for it; an unprimed key still batches", async () => {
    const calls: (readonly string[])[] = [];
    const upper = defineLoader<string, string>("upper", async (keys) => {
      calls.push(keys);
      return keys.map((k) => k.toUpperCase());
    });
    const context = { loaders: new RequestLoaders({} as DataSource) };
    upper.prime(context, "a", "primed A");
    expect(upper.value(context, "a")).toBe("primed A");
    // The request's loader has it too, for resolvers that go through it.
    expect(await upper(context).load("a")).toBe("primed A");
    const later = [upper.value(context, "b"), upper.value(context, "c")];
    expect(later.every((value) => value instanceof Promise)).toBe(true);
    expect(await Promise.all(later)).toEqual(["B", "C"]);
    // A loader asked for before the value was primed gets it too.
    const early = { loaders: new RequestLoaders({} as DataSource) };
    const loader = upper(early);
    upper.prime(early, "d", "primed D");
    expect(await loader.load("d")).toBe("primed D");
    expect(calls).toEqual([["b", "c"]]);
    // Another request knows nothing of this one's values.
    const other = { loaders: new RequestLoaders({} as DataSource) };
    expect(await upper.value(other, "a")).toBe("A");
  });
});
