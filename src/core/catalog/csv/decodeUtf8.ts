import { TextDecoder } from "node:util";
import { CsvFormatError } from "./csvFormatError";
import { lineAt } from "./lineBreaks";

export interface DecodedText {
  readonly text: string;
  readonly hasBom: boolean;
}

/** Decodes UTF-8 strictly: a lossy decode would silently change bytes the user never touched. */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: strictDecoder().decode(body), hasBom };
  } catch {
    const line = lineOfFirstInvalidByte(body);
    throw new CsvFormatError(
      line,
      `Line ${line} is not valid UTF-8: the file was probably saved in another encoding, such as Windows-1252 or Latin-1. ` +
        `Open it in your spreadsheet or editor and save it again as "CSV UTF-8", then run the catalog again.`,
    );
  }
}

function strictDecoder(): TextDecoder {
  return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
}

/**
 * TextDecoder does not say where it failed. A streaming decode of a prefix fails exactly when the
 * prefix holds a bad byte, so a binary search over prefix lengths finds the first one.
 */
function lineOfFirstInvalidByte(body: Uint8Array): number {
  let good = 0;
  let bad = body.length + 1;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (decodesAsPrefix(body.subarray(0, middle))) good = middle;
    else bad = middle;
  }
  // Every prefix decodes when the file ends inside a multi-byte character: then the fault is on the last line.
  const end = bad > body.length ? body.length : bad - 1;
  const valid = new TextDecoder("utf-8", { ignoreBOM: true }).decode(body.subarray(0, end));
  return lineAt(valid, valid.length);
}

function decodesAsPrefix(prefix: Uint8Array): boolean {
  try {
    strictDecoder().decode(prefix, { stream: true });
    return true;
  } catch {
    return false;
  }
}
