import { defineLoader, groupByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { CoordinatorNote, InitiativeLink } from "./coordination.entities.js";

/** The coordination's per-request loaders: one statement per relation per request. */

export const linksByInitiative = defineLoader<string, InitiativeLink[]>("linksByInitiative", async (ids, db) => {
  const links = await db.getRepository(InitiativeLink).find({ where: [{ fromId: In([...ids]) }, { toId: In([...ids]) }], order: { createdAt: "ASC" } });
  // A link shows on both of its initiatives.
  const rows = links.flatMap((link) => [{ owner: link.fromId, link }, { owner: link.toId, link }]);
  return groupByKey(ids, rows, (row) => row.owner).map((group) => group.map((row) => row.link));
});

export const notesByInitiative = defineLoader<string, CoordinatorNote[]>("notesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(CoordinatorNote).find({ where: { initiativeId: In([...ids]) }, order: { createdAt: "ASC" } }), (n) => n.initiativeId),
);
