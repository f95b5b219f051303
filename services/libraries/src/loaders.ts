import { defineLoader, groupByKey, indexByKey } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { LibraryBranch } from "./branches/library-branch.entity.js";
import { ClassSession } from "./classes/class-session.entity.js";
import { ComputerClass } from "./classes/computer-class.entity.js";
import { HotSpotLab } from "./outreach/hot-spot-lab.entity.js";
import { TechmobileStop } from "./outreach/techmobile-stop.entity.js";

/** The Free Library's per-request loaders: one statement per relation per request. */

export const branchByCode = defineLoader<string, LibraryBranch | null>("branchByCode", async (codes, db) =>
  indexByKey(codes, await db.getRepository(LibraryBranch).findBy({ code: In([...codes]) }), (b) => b.code),
);

export const classesByInitiative = defineLoader<string, ComputerClass[]>("classesByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(ComputerClass).find({ where: { initiativeId: In([...ids]) }, order: { title: "ASC" } }), (c) => c.initiativeId),
);

export const classesByBranch = defineLoader<string, ComputerClass[]>("classesByBranch", async (codes, db) =>
  groupByKey(codes, await db.getRepository(ComputerClass).find({ where: { branchCode: In([...codes]) }, order: { title: "ASC" } }), (c) => c.branchCode),
);

export const sessionsByClass = defineLoader<string, ClassSession[]>("sessionsByClass", async (ids, db) =>
  groupByKey(ids, await db.getRepository(ClassSession).find({ where: { classId: In([...ids]) }, order: { startsAt: "ASC" } }), (s) => s.classId),
);

export const hotSpotLabsByInitiative = defineLoader<string, HotSpotLab[]>("hotSpotLabsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(HotSpotLab).find({ where: { initiativeId: In([...ids]) }, order: { name: "ASC" } }), (l) => l.initiativeId),
);

export const techmobileStopsByInitiative = defineLoader<string, TechmobileStop[]>("techmobileStopsByInitiative", async (ids, db) =>
  groupByKey(ids, await db.getRepository(TechmobileStop).find({ where: { initiativeId: In([...ids]) }, order: { visitOn: "ASC" } }), (s) => s.initiativeId),
);

export const atEveryBranchByInitiative = defineLoader<string, boolean>("atEveryBranchByInitiative", async (ids, db) => {
  const rows: { initiative_id: string }[] = await db.query(
    `SELECT initiative_id FROM branch_network_initiative WHERE initiative_id = ANY($1)`,
    [ids],
  );
  const listed = new Set(rows.map((r) => r.initiative_id));
  return ids.map((id) => listed.has(id));
});
