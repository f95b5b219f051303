import { type EntityManager, type EntityTarget, type ObjectLiteral } from "typeorm";
import { type ImportProblem } from "./problems.js";

/** How one table fared: rows new to it, rows whose values changed, rows already as the file says. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

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

  constructor(readonly manager: EntityManager) {}

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
    const names = [...conflict, ...written].map((column) => column.databaseName);
    return this.batched(metadata.tableName, rows, names.length, async (batch) => {
      // `xmax = 0` holds exactly for a row this statement inserted; an updated row carries the
      // updating transaction in xmax. Unchanged rows are not returned at all, because the
      // update is skipped when no written column differs.
      const result = await this.manager
        .createQueryBuilder()
        .insert()
        .into(entity)
        .values(batch as never)
        .orUpdate(names, conflict.map((column) => column.databaseName), { skipUpdateIfNoValuesChanged: true })
        .returning("(xmax = 0) AS inserted")
        .updateEntity(false)
        .execute();
      const returned = result.raw as { inserted: boolean }[];
      const inserted = returned.filter((row) => row.inserted).length;
      return { inserted, updated: returned.length - inserted, unchanged: batch.length - returned.length };
    });
  }

  /** Inserts the rows whose keys are not stored yet and leaves the others exactly as they are. */
  async insertMissing<T extends ObjectLiteral>(entity: EntityTarget<T>, rows: Partial<T>[]): Promise<WriteCounts> {
    const metadata = this.manager.connection.getMetadata(entity);
    return this.batched(metadata.tableName, rows, metadata.columns.length, async (batch) => {
      const result = await this.manager.createQueryBuilder().insert().into(entity).values(batch as never).orIgnore().returning("1 AS inserted").updateEntity(false).execute();
      const inserted = (result.raw as unknown[]).length;
      return { inserted, updated: 0, unchanged: batch.length - inserted };
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
    const total: WriteCounts = { inserted: 0, updated: 0, unchanged: 0 };
    const size = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns)));
    for (let start = 0; start < rows.length; start += size) {
      const counts = await write(rows.slice(start, start + size));
      total.inserted += counts.inserted;
      total.updated += counts.updated;
      total.unchanged += counts.unchanged;
    }
    const sum = this.counts.get(table) ?? { inserted: 0, updated: 0, unchanged: 0 };
    this.counts.set(table, { inserted: sum.inserted + total.inserted, updated: sum.updated + total.updated, unchanged: sum.unchanged + total.unchanged });
    return total;
  }
}
