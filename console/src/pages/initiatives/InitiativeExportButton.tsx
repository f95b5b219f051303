import { useClient } from "urql";
import { CsvExport } from "../../components/CsvDownload";
import type { InitiativeFilter, InitiativeOrder } from "../../graphql/generated/graphql";
import { EXPORT_HEADER, gatherInitiatives } from "./initiative-export";

/**
 * Saves every initiative the filters match, not just the page on screen. Lists within a cell are
 * separated by "; " and the codes are the contract's, so the file joins cleanly with other data.
 */
export function InitiativeExportButton({ filter, orderBy, total }: { filter: InitiativeFilter; orderBy: InitiativeOrder; total: number | undefined }) {
  const client = useClient();
  return (
    <CsvExport
      filename="initiatives.csv"
      header={EXPORT_HEADER}
      gather={(progress) => gatherInitiatives(client, filter, orderBy, (done) => progress(done, total ?? done))}
      label="Export all matching initiatives (CSV)"
    />
  );
}
