import * as assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import type { merchantFeedHeader } from "../../src/core/catalog/feeds/merchantFeed";

export type FeedRow = Readonly<Record<(typeof merchantFeedHeader)[number], string>>;

/** Reads a feed as Merchant Center does: tab-separated, a header row, quoted fields where a value starts with a quote. */
export function parseFeed(text: string): FeedRow[] {
  return parse(text, { delimiter: "\t", columns: true, relax_quotes: true, record_delimiter: "\n" }) as FeedRow[];
}

/** A structured_title or structured_description value read back into its two sub-attributes. */
export function parseStructured(value: string): { sourceType: string; content: string } {
  const match = /^([a-z_]*):"((?:[^"]|"")*)"$/.exec(value);
  assert.ok(match, `not a structured value: ${value}`);
  return { sourceType: match[1], content: match[2].replace(/""/g, '"') };
}
