import { upsertInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { LibraryBranch } from "../branches/library-branch.entity.js";
import { ClassSession } from "../classes/class-session.entity.js";
import { ComputerClass } from "../classes/computer-class.entity.js";
import { LibraryInitiative } from "../initiatives/library-initiative.entity.js";
import { HotSpotLab } from "../outreach/hot-spot-lab.entity.js";
import { TechmobileStop } from "../outreach/techmobile-stop.entity.js";
import { branchNetworkInitiatives, branches, classes, hotSpotLabs, initiatives, techmobileStops } from "./demo-data.js";

/** Loads the Free Library demo data in one transaction; running it again changes nothing. */
export async function seedLibraries(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await upsertRows(manager, LibraryBranch, branches, ["code"]);
    const ids = await upsertInitiatives(manager, LibraryInitiative, initiatives);
    const initiativeId = (slug: string) => ids.get(slug) as string;
    await upsertRows(manager, ComputerClass, classes.map(({ initiative, ...c }) => ({ ...c, initiativeId: initiativeId(initiative) })), ["initiativeId", "slug"]);
    await upsertRows(manager, HotSpotLab, hotSpotLabs.map(({ initiative, ...l }) => ({ ...l, initiativeId: initiativeId(initiative) })), ["slug"]);
    await manager.query(
      `INSERT INTO branch_network_initiative (initiative_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`,
      [branchNetworkInitiatives.map(initiativeId)],
    );
    await upsertRows(manager, TechmobileStop, techmobileStops.map(({ initiative, ...s }) => ({ ...s, initiativeId: initiativeId(initiative) })), ["initiativeId", "locationName", "visitOn"]);

    // Four weekly sessions per class, the first two already held.
    const saved = await manager.getRepository(ComputerClass).find();
    const sessions = saved.flatMap((c, index) =>
      [0, 1, 2, 3].map((week) => ({
        classId: c.id,
        startsAt: new Date(Date.UTC(2024, 9, 1 + index + week * 7, 14, 0)),
        durationMinutes: 90,
        attendance: week < 2 ? Math.min(c.seats, 6 + ((index + week) % 5)) : null,
      })),
    );
    await upsertRows(manager, ClassSession, sessions, ["classId", "startsAt"]);
  });
}
