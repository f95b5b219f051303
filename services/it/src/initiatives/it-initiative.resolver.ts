import { type SubgraphContext } from "@dlhub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PitchAndPilotChallenge } from "../challenges/pitch-and-pilot-challenge.entity.js";
import { DeviceDistributionEvent } from "../devices/device-distribution-event.entity.js";
import { DlaGrant } from "../grants/dla-grant.entity.js";
import { KeyspotSite } from "../keyspots/keyspot-site.entity.js";
import {
  deviceDistributionsByInitiative,
  grantsByInitiative,
  keyspotSitesByInitiative,
  navigatorProgramsByInitiative,
  pitchAndPilotChallengesByInitiative,
} from "../loaders.js";
import { DigitalNavigatorProgram } from "../navigators/digital-navigator-program.entity.js";
import { ItInitiative } from "./it-initiative.entity.js";

/**
 * OIT's own detail on its initiatives, beyond the contract fields. Each list is empty for an
 * initiative it does not apply to (a grant program has no KEYSPOT sites).
 */
@Resolver(() => ItInitiative)
export class ItInitiativeResolver {
  @FieldResolver(() => [KeyspotSite])
  keyspotSites(@Root() initiative: ItInitiative, @Ctx() context: SubgraphContext): Promise<KeyspotSite[]> {
    return keyspotSitesByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [DlaGrant])
  grants(@Root() initiative: ItInitiative, @Ctx() context: SubgraphContext): Promise<DlaGrant[]> {
    return grantsByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [DigitalNavigatorProgram])
  navigatorPrograms(@Root() initiative: ItInitiative, @Ctx() context: SubgraphContext): Promise<DigitalNavigatorProgram[]> {
    return navigatorProgramsByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [DeviceDistributionEvent])
  deviceDistributions(@Root() initiative: ItInitiative, @Ctx() context: SubgraphContext): Promise<DeviceDistributionEvent[]> {
    return deviceDistributionsByInitiative(context).load(initiative.id);
  }

  @FieldResolver(() => [PitchAndPilotChallenge])
  pitchAndPilotChallenges(@Root() initiative: ItInitiative, @Ctx() context: SubgraphContext): Promise<PitchAndPilotChallenge[]> {
    return pitchAndPilotChallengesByInitiative(context).load(initiative.id);
  }
}
