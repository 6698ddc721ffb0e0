/** A plain-text table: the first column left-aligned, the figures right-aligned, two spaces apart. */
export function textTable(header: readonly string[], cells: readonly (readonly string[])[]): string {
  const widths = header.map((name, index) => Math.max(name.length, ...cells.map((row) => row[index]!.length)));
  const line = (row: readonly string[]) => row.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join("  ");
  return [line(header), ...cells.map(line)].join("\n");
}
