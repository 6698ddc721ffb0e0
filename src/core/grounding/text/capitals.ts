/**
 * Copy set in capitals ("100% LINEN — BREATHABLE. MADE IN ITALY."), as marketplace bullets often are: its names and units
 * lose the case the lexicons match them by, so they are read again without it, within such clauses only.
 */

// What ends a clause: a sentence's mark (a full stop between digits is a decimal point), a dash, a colon, a bar, a bullet, a line break.
function endsClause(text: string, index: number): boolean {
  const char = text[index];
  if (char === ".") return !(/\d/.test(text[index - 1] ?? "") && /\d/.test(text[index + 1] ?? ""));
  return /[!?\n—–:|•;]/.test(char);
}

/** Whether a text has any run of words in capitals at all: most copy has none, and is not read again. */
export function hasCapitals(text: string): boolean {
  return /\p{Lu}{2}[^\p{Ll}\n]*?[ \t]\P{Ll}*\p{Lu}{2}/u.test(text);
}

/** Whether the clause around `at` is written in capitals: two capitals in a row in it, and no lowercase letter. */
export function inCapitals(text: string, at: number): boolean {
  let from = at;
  while (from > 0 && !endsClause(text, from - 1)) from--;
  let to = at;
  while (to < text.length && !endsClause(text, to)) to++;
  const clause = text.slice(from, to);
  return /\p{Lu}{2}/u.test(clause) && !/\p{Ll}/u.test(clause);
}
