import { defineImporter, optionalDecimal, optionalInteger, readCsv, requiredText } from "@dlhub/subgraph-kit";
import { In } from "typeorm";
import { z } from "zod";
import { CensusTract } from "../census-tract.entity.js";
import { lockGeography } from "./assignments.js";
import { GEOID } from "./tracts.importer.js";

const COLUMNS = ["GEOID", "households", "population", "broadband_subscription_share", "source"] as const;

/** A blank cell means "not known" and is stored as null, never as 0. */
const row = z
  .object({
    GEOID,
    households: optionalInteger(0, 10_000_000),
    population: optionalInteger(0, 10_000_000),
    broadband_subscription_share: optionalDecimal().refine((share) => share === null || (share >= 0 && share <= 1), "must be a share between 0 and 1, not a percentage"),
    source: requiredText(120),
  })
  .transform((r) => ({
    geoid: r.GEOID,
    households: r.households,
    population: r.population,
    broadbandSubscriptionShare: r.broadband_subscription_share,
    indicatorSource: r.source,
    // An imported file is the operator's own data; only the seed marks indicators as demo.
    indicatorIsDemo: false,
  }));

/**
 * Internet indicators per tract (`GEOID,households,population,broadband_subscription_share,source`).
 * A row never creates a tract: a GEOID that is not an imported tract rejects the file. The
 * stored tracts are read whole and written back with the new indicators, because an upsert's
 * insert half must carry every NOT NULL column even when it always ends as an update; unchanged
 * tracts are then counted as unchanged like any other import's rows.
 */
export const tractIndicatorsImporter = defineImporter({
  kind: "tract-indicators",
  description: "Internet indicators per census tract CSV (GEOID, households, population, broadband_subscription_share 0..1, source)",
  read: (file) => readCsv(file, { columns: COLUMNS }),
  row,
  key: (indicators) => indicators.geoid,
  write: async (rows, writer) => {
    await lockGeography(writer.manager);
    const stored = await writer.manager
      .getRepository(CensusTract)
      .createQueryBuilder("tract")
      .addSelect("tract.geometry")
      .where({ geoid: In(rows.map((r) => r.row.geoid)) })
      .getMany();
    const byGeoid = new Map(stored.map((tract) => [tract.geoid, tract]));
    for (const { line, row: indicators } of rows) {
      if (!byGeoid.has(indicators.geoid)) writer.reject({ line, reason: `GEOID: ${indicators.geoid} is not an imported census tract (import the tracts first)` });
    }
    if (writer.problems.length > 0) return;
    await writer.upsert(CensusTract, rows.map(({ row: indicators }) => ({ ...byGeoid.get(indicators.geoid), ...indicators })), ["geoid"]);
  },
});
