import { seedDemoPlaces, upsertDemoInitiatives, upsertRows } from "@dlhub/subgraph-kit";
import { type DataSource } from "typeorm";
import { LibraryBranch } from "../branches/library-branch.entity.js";
import { ClassSession } from "../classes/class-session.entity.js";
import { ComputerClass } from "../classes/computer-class.entity.js";
import { LibraryInitiative } from "../initiatives/library-initiative.entity.js";
import { HotSpotLab } from "../outreach/hot-spot-lab.entity.js";
import { TechmobileStop } from "../outreach/techmobile-stop.entity.js";
import { branchNetworkInitiatives, branches, classes, hotSpotLabs, initiatives, techmobileStops } from "./demo-data.js";

/**
 * Loads the Free Library demo data in one transaction; running it again changes nothing. Demo
 * rows attach only to demo rows this run wrote: once real branches are imported the demo branches
 * stay retired and their classes are left out, and a real initiative with a demo slug gets none.
 */
export async function seedLibraries(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    const branchesSeeded = await seedDemoPlaces(manager, LibraryBranch, branches, ["code"]);
    const ids = await upsertDemoInitiatives(manager, LibraryInitiative, initiatives);
    const ofDemoInitiative = <R extends { initiative: string }>(rows: R[]) =>
      rows.filter((row) => ids.has(row.initiative)).map(({ initiative, ...row }) => ({ ...row, initiativeId: ids.get(initiative) as string }));

    await upsertRows(manager, ComputerClass, branchesSeeded ? ofDemoInitiative(classes) : [], ["initiativeId", "slug"]);
    await seedDemoPlaces(manager, HotSpotLab, ofDemoInitiative(hotSpotLabs), ["slug"]);
    await manager.query(`INSERT INTO branch_network_initiative (initiative_id) SELECT unnest($1::uuid[]) ON CONFLICT DO NOTHING`, [
      branchNetworkInitiatives.filter((slug) => ids.has(slug)).map((slug) => ids.get(slug)),
    ]);
    await seedDemoPlaces(manager, TechmobileStop, ofDemoInitiative(techmobileStops), ["initiativeId", "locationName", "visitOn"]);

    // Four weekly sessions per demo class, the first two already held.
    const saved = await manager.getRepository(ComputerClass).find({ where: classes.map(({ slug }) => ({ slug })), order: { slug: "ASC" } });
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
