import { defineDepartment } from "@dlhub/subgraph-kit";
import { PitchAndPilotChallenge } from "./challenges/pitch-and-pilot-challenge.entity.js";
import { PitchAndPilotChallengeResolver } from "./challenges/pitch-and-pilot-challenge.resolver.js";
import { DeviceDistributionEvent } from "./devices/device-distribution-event.entity.js";
import { DeviceDistributionEventResolver } from "./devices/device-distribution-event.resolver.js";
import { DlaGrant } from "./grants/dla-grant.entity.js";
import { DlaGrantResolver } from "./grants/dla-grant.resolver.js";
import { GrantRound } from "./grants/grant-round.entity.js";
import { GrantRoundResolver } from "./grants/grant-round.resolver.js";
import { LibraryBranchKeyspotsResolver, libraryBranchReference } from "./hosts/library-branch.resolver.js";
import { RecreationCenterKeyspotsResolver, recreationCenterReference } from "./hosts/recreation-center.resolver.js";
import { contract } from "./initiatives/contract.js";
import { ItInitiativeResolver } from "./initiatives/it-initiative.resolver.js";
import { KeyspotSite } from "./keyspots/keyspot-site.entity.js";
import { KeyspotSiteResolver, keyspotSiteReference } from "./keyspots/keyspot-site.resolver.js";
import { CreateItTables20261128000200 } from "./migrations/20261128000200-CreateItTables.js";
import { AllowImportedKeyspotSites20261129000200 } from "./migrations/20261129000200-AllowImportedKeyspotSites.js";
import { AllowImportedGrants20261129000300 } from "./migrations/20261129000300-AllowImportedGrants.js";
import { TrackPlaces20261201000200 } from "./migrations/20261201000200-TrackPlaces.js";
import { DigitalNavigatorProgram } from "./navigators/digital-navigator-program.entity.js";
import { DigitalNavigatorProgramResolver } from "./navigators/digital-navigator-program.resolver.js";
import { PLACES_SQL } from "./places/places.js";
import { seedIt } from "./seed/seed.js";

/**
 * The Office of Innovation and Technology: the KEYSPOT network, Digital Literacy Alliance grants,
 * Digital Navigators, PHLConnectED, device distribution and Pitch & Pilot.
 */
export const itDepartment = defineDepartment(contract, {
  entities: [KeyspotSite, GrantRound, DlaGrant, DigitalNavigatorProgram, DeviceDistributionEvent, PitchAndPilotChallenge],
  migrations: [CreateItTables20261128000200, AllowImportedKeyspotSites20261129000200, AllowImportedGrants20261129000300, TrackPlaces20261201000200],
  resolvers: [
    ItInitiativeResolver,
    KeyspotSiteResolver,
    LibraryBranchKeyspotsResolver,
    RecreationCenterKeyspotsResolver,
    GrantRoundResolver,
    DlaGrantResolver,
    DigitalNavigatorProgramResolver,
    DeviceDistributionEventResolver,
    PitchAndPilotChallengeResolver,
  ],
  places: { sql: PLACES_SQL },
  referenceResolvers: { KeyspotSite: keyspotSiteReference, LibraryBranch: libraryBranchReference, RecreationCenter: recreationCenterReference },
  seed: seedIt,
});
