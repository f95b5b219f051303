import { defineDepartment } from "@dlhub/subgraph-kit";
import { LibraryBranch } from "./branches/library-branch.entity.js";
import { LibraryBranchResolver, libraryBranchReference } from "./branches/library-branch.resolver.js";
import { ClassSession } from "./classes/class-session.entity.js";
import { ComputerClass } from "./classes/computer-class.entity.js";
import { ComputerClassResolver } from "./classes/computer-class.resolver.js";
import { contract } from "./initiatives/contract.js";
import { LibraryInitiativeResolver } from "./initiatives/library-initiative.resolver.js";
import { CreateLibraryTables20261128000100 } from "./migrations/20261128000100-CreateLibraryTables.js";
import { AddClosedToBranch20261129000100 } from "./migrations/20261129000100-AddClosedToBranch.js";
import { AddBranchNetworkInitiatives20261129000400 } from "./migrations/20261129000400-AddBranchNetworkInitiatives.js";
import { TrackPlaces20261201000200 } from "./migrations/20261201000200-TrackPlaces.js";
import { HotSpotLab } from "./outreach/hot-spot-lab.entity.js";
import { TechmobileStop } from "./outreach/techmobile-stop.entity.js";
import { PLACES_SQL } from "./places/places.js";
import { seedLibraries } from "./seed/seed.js";

/** The Free Library of Philadelphia: branches, computer classes, Hot Spot labs, the Techmobile. */
export const libraries = defineDepartment(contract, {
  entities: [LibraryBranch, ComputerClass, ClassSession, HotSpotLab, TechmobileStop],
  migrations: [CreateLibraryTables20261128000100, AddClosedToBranch20261129000100, AddBranchNetworkInitiatives20261129000400, TrackPlaces20261201000200],
  resolvers: [LibraryInitiativeResolver, LibraryBranchResolver, ComputerClassResolver],
  places: { sql: PLACES_SQL },
  referenceResolvers: { LibraryBranch: libraryBranchReference },
  seed: seedLibraries,
});
