import { promises as fs } from "node:fs";
import { writeFileAtomic } from "./atomicWrite";
import { CatalogJournalMismatchError, journalLine, journalMismatch, parseJournal, type JournalEntry, type JournalHeader } from "../core/catalog/journal";

/** The entries of the journal at `journalPath` if it belongs to this run; none if there is none. */
export async function readJournalFor(journalPath: string, header: JournalHeader): Promise<readonly JournalEntry[]> {
  let text: string;
  try {
    text = await fs.readFile(journalPath, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const journal = parseJournal(text);
  const differences = journalMismatch(journal.header, header);
  if (differences.length > 0) throw new CatalogJournalMismatchError(journalPath, differences);
  return journal.entries;
}

/** Appends entries in order, each batch synced to disk before its promise resolves. */
export class JournalAppender {
  private queue: Promise<void> = Promise.resolve();

  private constructor(private readonly handle: fs.FileHandle) {}

  /**
   * Rewrites the journal as header plus the entries kept so far, which also drops a line torn
   * by a crash (appending after it would glue the next entry onto it), then opens it for appends.
   */
  static async start(journalPath: string, header: JournalHeader, entries: readonly JournalEntry[]): Promise<JournalAppender> {
    await writeFileAtomic(journalPath, [header, ...entries].map(journalLine).join(""));
    return new JournalAppender(await fs.open(journalPath, "a"));
  }

  append(...entries: readonly JournalEntry[]): Promise<void> {
    const done = this.queue.then(async () => {
      await this.handle.write(entries.map(journalLine).join(""));
      await this.handle.sync();
    });
    this.queue = done.catch(() => undefined);
    return done;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.handle.close();
  }
}
