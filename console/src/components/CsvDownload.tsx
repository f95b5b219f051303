import { csvFormatRows } from "d3-dsv";
import { useState } from "react";

export type CsvRows = (string | number | boolean | null | undefined)[][];

/** Hands the browser a CSV file to save, quoted by d3-dsv the way spreadsheets expect. */
export function saveCsv(filename: string, header: string[], rows: CsvRows): void {
  const text = csvFormatRows([header, ...rows.map((row) => row.map((value) => (value == null ? "" : String(value))))]);
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.click();
  // The click has started the download; the object URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A button that saves rows already on screen as CSV. */
export function CsvDownload({ filename, header, rows, label = "Download as CSV" }: { filename: string; header: string[]; rows: CsvRows; label?: string }) {
  return (
    <button type="button" className="secondary" onClick={() => saveCsv(filename, header, rows)}>
      {label}
    </button>
  );
}

/**
 * A button that gathers rows first (every page of a long answer) and then saves them, saying how
 * far it has got while it works.
 */
export function CsvExport({
  filename,
  header,
  gather,
  label,
}: {
  filename: string;
  header: string[];
  gather: (progress: (done: number, total: number) => void) => Promise<CsvRows>;
  label: string;
}) {
  const [state, setState] = useState<string>("");
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    setState("Starting the export…");
    try {
      const rows = await gather((done, total) => setState(`Gathered ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows…`));
      saveCsv(filename, header, rows);
      setState(`Saved ${rows.length.toLocaleString("en-US")} rows to ${filename}.`);
    } catch (error) {
      setState(`The export failed: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <span className="csv-export">
      <button type="button" className="secondary" onClick={() => void run()} disabled={busy}>
        {label}
      </button>
      <span role="status" className="hint">
        {state}
      </span>
    </span>
  );
}
