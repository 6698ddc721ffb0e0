import { trimProse } from "../productDescription/trimProse";
import { trimToLimit } from "../text/trimToLimit";

/**
 * trimProse for copy whose line breaks are part of it (a caption, a post), which trimProse
 * alone would flatten into one line. Whole lines are kept while they fit; the first line that
 * does not is ended by trimProse in the room left, at a sentence or clause where one keeps half
 * that room, else between words. Runs of blank lines shrink to one, as trimToLimit shrinks runs
 * of spaces.
 */
export function trimLinesToLimit(text: string, limit: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const line of text.split(/\r\n|\r|\n/).map((raw) => trimToLimit(raw, Number.POSITIVE_INFINITY))) {
    const afterBlank = kept.length === 0 || kept[kept.length - 1] === "";
    if (line === "" && afterBlank) continue;
    const separator = kept.length > 0 ? 1 : 0;
    if (used + separator + line.length <= limit) {
      kept.push(line);
      used += separator + line.length;
      continue;
    }
    const room = limit - used - separator;
    const cut = room > 0 ? trimProse(line, room) : "";
    if (cut) kept.push(cut);
    break;
  }
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return kept.join("\n");
}
