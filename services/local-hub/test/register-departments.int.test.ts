import { type RegistryFixture, startRegistryFixture } from "../../registry/test/registry-fixtures";
import { registerUnknownDepartments } from "../src/register-departments";

/**
 * `npm start` stands in for the coordinator: a department the local hub runs that the registry does
 * not know (one `dlhub subgraph init` just added) is registered before it is published.
 */
let fixture: RegistryFixture;

beforeAll(async () => {
  fixture = await startRegistryFixture("local_hub_register_departments");
});
afterAll(async () => {
  await fixture?.stop();
});

it("registers the departments the registry does not know, leaves the others and the hub alone, and does so once", async () => {
  const before = await fixture.client().departments();
  await registerUnknownDepartments(await fixture.coordinator(), ["hub", "parks", "arts-culture"]);
  const after = await fixture.client().departments();
  expect(after.find(({ id }) => id === "arts-culture")).toMatchObject({ name: "Arts Culture", contact: null, registeredBy: "coordinator@phila.gov" });
  expect(after.filter(({ id }) => id !== "arts-culture")).toEqual(before);
  expect(after.map(({ id }) => id)).not.toContain("hub");
  await registerUnknownDepartments(await fixture.coordinator(), ["hub", "parks", "arts-culture"]);
  expect(await fixture.client().departments()).toEqual(after);
});
