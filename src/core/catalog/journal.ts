import type { CatalogMode, TargetField } from "./formats/catalogProduct";
import { isRecord } from "../values";
import { scoreStatuses, type JournaledCheck, type JournaledScores } from "./scoreReport";

/** Identifies the run a journal belongs to; resuming with anything different would mix two runs. */
export interface JournalHeader {
  readonly v: 1;
  /** sha256 (hex) of the input file's bytes. */
  readonly input: string;
  readonly mode: CatalogMode;
  readonly seed: number;
  readonly model: string;
  /** The languages each product is also translated into; absent for none. */
  readonly languages?: readonly string[];
}

/** A product's copy in one language, by target field, rendered as its cells are. */
export type TranslatedCells = Readonly<Partial<Record<TargetField, string>>>;

export type JournalStatus = "written" | "skipped" | "flagged" | "failed";

export interface JournalEntry {
  readonly key: string;
  readonly status: JournalStatus;
  /** Cell values by column index (as a string: JSON object keys are strings). */
  readonly edits?: Readonly<Record<string, string>>;
  readonly flagged?: readonly string[];
  /** Sentences taken out of the copy for stating what the brief does not give; absent when none were. */
  readonly removed?: readonly string[];
  readonly error?: string;
  /** The copy's scores, for the run's report; absent in journals of versions before scores. */
  readonly scores?: JournaledScores;
  /** The written cells in each other language, by language code. */
  readonly translations?: Readonly<Record<string, TranslatedCells>>;
}

export interface ParsedJournal {
  readonly header: JournalHeader;
  /** In file order; a later entry for a key replaces an earlier one. */
  readonly entries: readonly JournalEntry[];
  /** True when the last line was cut off (a crash mid-append) and was ignored. */
  readonly torn: boolean;
}

export class CatalogJournalError extends Error {
  override readonly name = "CatalogJournalError";
}

const statuses: readonly string[] = ["written", "skipped", "flagged", "failed"];
const translatedFields: readonly string[] = ["description", "seoTitle", "seoDescription"] satisfies readonly TargetField[];

export function journalPathFor(outputPath: string): string {
  return `${outputPath}.tailor-journal`;
}

export function journalLine(value: JournalHeader | JournalEntry): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Reads a journal. Only the last line may be unreadable, which is what a crash in the middle of
 * an append leaves; anywhere else it means the file was damaged, and guessing would be worse.
 */
export function parseJournal(text: string): ParsedJournal {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  let torn = false;
  const values: unknown[] = [];
  lines.forEach((line, i) => {
    try {
      values.push(JSON.parse(line));
    } catch {
      if (i === lines.length - 1 && i > 0) torn = true;
      else throw new CatalogJournalError(`Line ${i + 1} of the catalog journal is damaged. Start the catalog over to discard the journal.`);
    }
  });
  if (values.length === 0) throw new CatalogJournalError("The catalog journal is empty. Start the catalog over to discard it.");
  const [header, ...entries] = values;
  return { header: toHeader(header), entries: entries.map((entry, i) => toEntry(entry, i + 2)), torn };
}

/** The header fields that differ, in words, or an empty list when the journal belongs to this run. */
export function journalMismatch(found: JournalHeader, expected: JournalHeader): string[] {
  const differences: string[] = [];
  if (found.input !== expected.input) differences.push("the input file has changed");
  if (found.mode !== expected.mode) differences.push(`the mode was ${found.mode}, now ${expected.mode}`);
  if (found.seed !== expected.seed) differences.push(`the seed was ${found.seed}, now ${expected.seed}`);
  if (found.model !== expected.model) differences.push(`the model was ${found.model}, now ${expected.model}`);
  const languages = (header: JournalHeader) => header.languages?.join(",") || "none";
  if (languages(found) !== languages(expected)) differences.push(`the languages were ${languages(found)}, now ${languages(expected)}`);
  return differences;
}

function toHeader(value: unknown): JournalHeader {
  if (
    isRecord(value) &&
    value.v === 1 &&
    typeof value.input === "string" &&
    (value.mode === "fillEmpty" || value.mode === "overwrite") &&
    typeof value.seed === "number" &&
    typeof value.model === "string" &&
    (value.languages === undefined || (Array.isArray(value.languages) && value.languages.every((code) => typeof code === "string")))
  ) {
    return { v: 1, input: value.input, mode: value.mode, seed: value.seed, model: value.model, ...(value.languages ? { languages: value.languages as string[] } : {}) };
  }
  throw new CatalogJournalError("The catalog journal's first line is not a journal header this version of Tailor reads. Start the catalog over to discard it.");
}

function toEntry(value: unknown, line: number): JournalEntry {
  const damaged = () => new CatalogJournalError(`Line ${line} of the catalog journal is not a product entry. Start the catalog over to discard the journal.`);
  if (!isRecord(value) || typeof value.key !== "string" || typeof value.status !== "string" || !statuses.includes(value.status)) throw damaged();
  const entry: { -readonly [K in keyof JournalEntry]: JournalEntry[K] } = { key: value.key, status: value.status as JournalStatus };
  if (value.edits !== undefined) {
    if (!isRecord(value.edits)) throw damaged();
    const edits: Record<string, string> = {};
    for (const [column, cell] of Object.entries(value.edits)) {
      if (!/^\d+$/.test(column) || typeof cell !== "string") throw damaged();
      edits[column] = cell;
    }
    entry.edits = edits;
  }
  for (const list of ["flagged", "removed"] as const) {
    const items = value[list];
    if (items === undefined) continue;
    if (!Array.isArray(items) || !items.every((item): item is string => typeof item === "string")) throw damaged();
    entry[list] = items;
  }
  if (value.error !== undefined) {
    if (typeof value.error !== "string") throw damaged();
    entry.error = value.error;
  }
  if (value.scores !== undefined) {
    const scores = toScores(value.scores);
    if (!scores) throw damaged();
    entry.scores = scores;
  }
  if (value.translations !== undefined) {
    if (!isRecord(value.translations)) throw damaged();
    const translations: Record<string, TranslatedCells> = {};
    for (const [language, cells] of Object.entries(value.translations)) {
      if (!isRecord(cells) || !Object.entries(cells).every(([field, cell]) => translatedFields.includes(field) && typeof cell === "string")) throw damaged();
      translations[language] = cells as TranslatedCells;
    }
    entry.translations = translations;
  }
  return entry;
}

function toScores(value: unknown): JournaledScores | undefined {
  if (!isRecord(value) || typeof value.score !== "number" || !Array.isArray(value.checks)) return undefined;
  const checks: JournaledCheck[] = [];
  for (const check of value.checks) {
    if (!isRecord(check) || typeof check.id !== "string" || typeof check.label !== "string" || typeof check.value !== "number") return undefined;
    const status = scoreStatuses.find((known) => known === check.status);
    if (!status) return undefined;
    checks.push({ id: check.id, label: check.label, status, value: check.value });
  }
  return { score: value.score, checks };
}

/** The journal next to the output belongs to a different run; the caller may offer to start over. */
export class CatalogJournalMismatchError extends CatalogJournalError {
  constructor(
    readonly journalPath: string,
    readonly differences: readonly string[],
  ) {
    super(
      `The catalog journal ${journalPath} is from another run (${differences.join("; ")}), so it cannot be resumed. ` +
        `Start over to discard it, or write to another output file.`,
    );
  }
}
