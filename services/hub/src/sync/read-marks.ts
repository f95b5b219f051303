import { DATA_VERSION_PATH } from "@dlhub/subgraph-kit";
import { type DepartmentFeed } from "./department-feed.entity.js";

/** Where the hub stood when it last read both of a department's feeds to their end. */
interface ReadMark {
  feedUrl: string;
  /** The department's data version read just before those feeds were read. */
  version: string;
  cursor: string | null;
  placeCursor: string | null;
}

/**
 * Lets a sync round skip a department with nothing new. Each department serves its data version
 * (kit: GET /data-version), which moves once any write to its database has committed; the hub
 * reads it before reading the feeds, so a version unchanged since the last round that read both
 * feeds to their end means those feeds have nothing the catalog lacks. Without this, every round
 * read two empty pages of every department and wrote a transaction for each: on `npm start`, a
 * fifth of a core spent on five departments that had not changed.
 *
 * The mark keeps the cursors the hub ended at, so a feed rewound under the hub (a restore, the
 * benchmark's catch-up) is read again though its department has not changed; and it lives in
 * memory, so a restarted hub reads every feed once.
 */
export class ReadMarks {
  private readonly marks = new Map<string, ReadMark>();

  constructor(private readonly timeoutMs: number) {}

  /** The department's data version, or null when it cannot say (down, or no /data-version): then the feeds are read. */
  async versionOf(feedUrl: string): Promise<string | null> {
    try {
      const response = await fetch(new URL(DATA_VERSION_PATH, feedUrl), { signal: AbortSignal.timeout(this.timeoutMs) });
      if (!response.ok) return null;
      const { version } = (await response.json()) as { version?: unknown };
      return typeof version === "string" ? version : null;
    } catch {
      return null;
    }
  }

  /** Whether the feeds hold nothing past where the hub stands: same version, same feed, cursors where the hub left them. */
  unchanged(feed: DepartmentFeed, version: string | null): boolean {
    const mark = this.marks.get(feed.name);
    return (
      version !== null &&
      mark !== undefined &&
      mark.version === version &&
      mark.feedUrl === feed.feedUrl &&
      mark.cursor === feed.cursor &&
      mark.placeCursor === feed.placeCursor
    );
  }

  set(name: string, mark: ReadMark): void {
    this.marks.set(name, mark);
  }

  forget(name: string): void {
    this.marks.delete(name);
  }
}
