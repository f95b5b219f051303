import { defineImporter, readCsv } from "@dlhub/subgraph-kit";
import { DlaGrant } from "../../grants/dla-grant.entity.js";
import { GrantRound } from "../../grants/grant-round.entity.js";
import { initiativeIds } from "../initiatives.js";
import { GRANT_COLUMNS, grantRow } from "./grant-row.js";
import { checkRounds, roundsOf } from "./grant-rounds.js";

/**
 * The curated grants file: Digital Literacy Alliance and KEYSPOT site grants, one row per award
 * (or per round, when its grantees were not published). Rounds are keyed by a slug of their name,
 * grants by round and a slug of the grantee's name; an award's amount may be blank. The demo
 * rounds and grants, and demo initiatives of the programs' slugs, are retired first.
 */
export const grantsImporter = defineImporter({
  kind: "grants",
  description: "DLA and KEYSPOT grants CSV (program, round, year_announced, funder, focus, organization, amount_usd, …)",
  read: (file) => readCsv(file, { columns: GRANT_COLUMNS }),
  row: grantRow,
  key: ({ round, grant }) => (grant ? `${round.slug} / ${grant.granteePartnerSlug}` : null),
  check: checkRounds,
  write: async (rows, writer) => {
    await writer.retireDemo(DlaGrant);
    await writer.retireDemo(GrantRound);
    const initiatives = await initiativeIds(writer, rows.map(({ row }) => row.initiativeSlug));
    const rounds = roundsOf(rows);
    await writer.upsert(GrantRound, rounds.map((round) => ({ ...round, isDemo: false })), ["slug"]);
    const stored = await writer.manager.getRepository(GrantRound).find({ select: { id: true, slug: true }, where: rounds.map(({ slug }) => ({ slug })) });
    const roundId = new Map(stored.map((round) => [round.slug, round.id]));
    const roundFocus = new Map(rounds.map((round) => [round.slug, round.focus]));

    const grants = rows.flatMap(({ row: { round, grant, initiativeSlug } }) =>
      grant
        ? [
            {
              roundId: roundId.get(round.slug) as string,
              initiativeId: initiatives.get(initiativeSlug) as string,
              granteePartnerSlug: grant.granteePartnerSlug,
              granteeName: grant.granteeName,
              amountUsd: grant.amountUsd,
              // The kind of award when the file says ("Innovation", "KEYSPOT site grant"), else the round's focus.
              focus: grant.grantType ?? (roundFocus.get(round.slug) as string),
              projectSummary: grant.projectSummary,
              sourceUrl: grant.sourceUrl,
              isDemo: false,
            },
          ]
        : [],
    );
    await writer.upsert(DlaGrant, grants, ["roundId", "granteePartnerSlug"]);
  },
});
