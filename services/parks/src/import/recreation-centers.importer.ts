import { defineImporter, readCsv } from "@dlhub/subgraph-kit";
import { RecreationCenter } from "../recreation-centers/recreation-center.entity.js";
import { PROGRAM_SITE_COLUMNS, programSiteRow } from "./program-site-row.js";

/**
 * The City's "PPR Program Sites" CSV: recreation centres, older adult centres, pools and
 * environmental education centres, keyed by DPP asset id. The export has no street address, so
 * an address already stored (typed in) is kept. The demo centres are retired first, with their
 * labs and camps, so no demo value (an invented address, a demo lab) reaches a real site.
 */
export const recreationCentersImporter = defineImporter({
  kind: "recreation-centers",
  description: "PPR Program Sites CSV (X, Y, PARK_NAME, DPP_ASSET_ID, PROGRAM_TYPE, …), X/Y in degrees or Web Mercator",
  read: (file) => readCsv(file, { columns: PROGRAM_SITE_COLUMNS }),
  row: programSiteRow,
  key: (site) => site.assetId,
  write: async (rows, writer) => {
    await writer.retireDemo(RecreationCenter);
    await writer.upsert(RecreationCenter, rows.map(({ row }) => ({ ...row, ...writer.source })), ["assetId"]);
  },
});
