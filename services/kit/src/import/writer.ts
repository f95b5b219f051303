import { basename } from "node:path";
import { type EntityManager, type EntityTarget, type ObjectLiteral } from "typeorm";
import { type ImportProblem } from "./problems.js";

/**
 * How one table fared: rows new to it, rows whose values changed, rows already as the file says,
 * and demo rows the import retired.
 */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  retired: number;
}

/** Where a real row came from; importers spread it into every row of a place table. */
export interface RowSource {
  isDemo: false;
  sourceDataset: string;
  sourceImportedAt: Date;
}

const noCounts = (): WriteCounts => ({ inserted: 0, updated: 0, unchanged: 0, retired: 0 });

// PostgreSQL takes at most 65,535 parameters per statement; stay well below it.
const MAX_PARAMETERS = 30_000;

/**
 * What an importer writes through, inside the import's one transaction. It counts, per table, what
 * each statement inserted, updated or left alone, and collects problems only the database can
 * reveal (a row naming a key that does not exist); any such problem rolls the whole import back.
 */
export class ImportWriter {
  private readonly counts = new Map<string, WriteCounts>();
  private readonly found: ImportProblem[] = [];

  /** The file's name and the import's time, for the rows' provenance. */
  readonly source: RowSource;

  constructor(
    readonly manager: EntityManager,
    file: string,
  ) {
    this.source = { isDemo: false, sourceDataset: basename(file), sourceImportedAt: new Date() };
  }

  /**
   * Retires the table's demo rows before real rows of its kind are written: real and demo data
   * never mix, and a real row never inherits a demo row's invented values. Rows that only exist
   * for a retired one (a demo lab in a demo centre) go with it through their foreign keys.
   */
  async retireDemo<T extends ObjectLiteral>(entity: EntityTarget<T>): Promise<number> {
    const table = this.manager.connection.getMetadata(entity).tableName;
    const result = await this.manager.createQueryBuilder().delete().from(entity).where("is_demo").execute();
    const retired = result.affected ?? 0;
    this.add(table, { ...noCounts(), retired });
    return retired;
  }

  /**
   * Inserts rows, or updates the existing row with the same `keys`, in one statement per batch.
   * Only the properties the rows define are written, so a file that does not know a column
   * (a site's workstations, a centre's street address) leaves what is stored there alone.
   * Every row must define the same properties.
   */
  async upsert<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: Partial<T>[], keys: (keyof T & string)[]): Promise<WriteCounts> {
    const metadata = this.manager.connection.getMetadata(entity);
    const conflict = metadata.mapPropertyPathsToColumns(keys);
    const written = metadata.columns.filter(
      (column) => !conflict.includes(column) && column.isUpdate && !column.generatedType && rows.some((row) => column.getEntityValue(row) !== undefined),
    );
    // A row leaving out a column the others set would have it overwritten with its default.
    const partial = written.find((column) => rows.some((row) => column.getEntityValue(row) === undefined));
    if (partial) throw new Error(`upsert into ${metadata.tableName}: some rows set ${partial.propertyName} and some do not`);
    const stamped = written.find((column) => column.databaseName === "source_imported_at");
    // The import's time is not a value of the row: comparing it would make every re-import of the
    // same file an update. It is written on insert, and after an update of the row's values.
    const compared = written.filter((column) => column !== stamped);
    const keyNames = conflict.map((column) => column.databaseName);
    return this.batched(metadata.tableName, rows, conflict.length + written.length, async (batch) => {
      // `xmax = 0` holds exactly for a row this statement inserted; an updated row carries the
      // updating transaction in xmax. Unchanged rows are not returned at all, because the
      // update is skipped when no written column differs.
      const result = await this.manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(batch as never)
        .orUpdate([...keyNames, ...compared.map((column) => column.databaseName)], keyNames, { skipUpdateIfNoValuesChanged: true })
        .returning(["(xmax = 0) AS inserted", ...keyNames.map((name, i) => `"${name}"::text AS k${i}`)].join(", "))
        .updateEntity(false)
        .execute();
      const returned = result.raw as ({ inserted: boolean } & Record<string, string>)[];
      const updated = returned.filter((row) => !row.inserted);
      if (stamped && updated.length > 0) {
        const at = stamped.getEntityValue(batch[0]);
        const keyList = keyNames.map((name) => `"${name}"::text`).join(", ");
        const arrays = keyNames.map((_, i) => `$${i + 2}::text[]`).join(", ");
        await this.manager.query(`UPDATE "${metadata.tableName}" SET source_imported_at = $1 WHERE (${keyList}) IN (SELECT * FROM unnest(${arrays}))`, [
          at,
          ...keyNames.map((_, i) => updated.map((row) => row[`k${i}`])),
        ]);
      }
      const inserted = returned.filter((row) => row.inserted).length;
      return { ...noCounts(), inserted, updated: returned.length - inserted, unchanged: batch.length - returned.length };
    });
  }

  /** Inserts the rows whose keys are not stored yet and leaves the others exactly as they are. */
  async insertMissing<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: Partial<T>[]): Promise<WriteCounts> {
    const metadata = this.manager.connection.getMetadata(entity);
    return this.batched(metadata.tableName, rows, metadata.columns.length, async (batch) => {
      const result = await this.manager.createQueryBuilder().insert().into(entity).values(batch as never).orIgnore().returning("1 AS inserted").updateEntity(false).execute();
      const inserted = (result.raw as unknown[]).length;
      return { ...noCounts(), inserted, unchanged: batch.length - inserted };
    });
  }

  /** A problem found while writing; the import is rejected once the importer's write returns. */
  reject(problem: ImportProblem): void {
    this.found.push(problem);
  }

  get problems(): readonly ImportProblem[] {
    return this.found;
  }

  /** Counts per table name, in the order the tables were first written. */
  tables(): Record<string, WriteCounts> {
    return Object.fromEntries(this.counts);
  }

  private async batched<R>(table: string, rows: R[], columns: number, write: (batch: R[]) => Promise<WriteCounts>): Promise<WriteCounts> {
    let total = noCounts();
    const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
    for (let start = 0; start < rows.length; start += size) total = addCounts(total, await write(rows.slice(start, start + size)));
    this.add(table, total);
    return total;
  }

  private add(table: string, counts: WriteCounts): void {
    this.counts.set(table, addCounts(this.counts.get(table) ?? noCounts(), counts));
  }
}

export function addCounts(a: WriteCounts, b: WriteCounts): WriteCounts {
  return { inserted: a.inserted + b.inserted, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged, retired: a.retired + b.retired };
}
