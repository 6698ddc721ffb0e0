import { stringify } from "csv-stringify/sync";

/**
 * Encodes one value as a CSV cell, quoted only when it must be: a delimiter, quote or line break
 * inside, or spaces at either end that some readers would otherwise trim away.
 */
export function encodeCsvCell(value: string): string {
  return stringify([[value]], { eof: false, quoted_match: /^\s|\s$/ });
}
