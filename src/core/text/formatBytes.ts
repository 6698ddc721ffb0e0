const units = ["KB", "MB", "GB", "TB"];

/**
 * A byte count for people, in the largest unit (of 1000) that keeps the number at 1 or more.
 * With `decimals` every unit shows that many, and counts under 1 KB are given in bytes: for
 * messages about a download, where the user compares two figures. Without it, a size in a list
 * shows what tells models apart: one decimal from GB up, none below, and never less than 1 KB.
 */
export function formatBytes(bytes: number, decimals?: number): string {
  if (decimals !== undefined && bytes < 1000) return `${bytes} bytes`;
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  if (decimals !== undefined) return `${value.toFixed(decimals)} ${units[unit]}`;
  return unit >= 2 ? `${value.toFixed(1)} ${units[unit]}` : `${Math.max(1, Math.round(value))} ${units[unit]}`;
}

/**
 * Bytes in GB, whatever their size, so that figures compared in one sentence (a model and the
 * free memory) share a unit. `decimals` fixes the digits; by default one from 1 GB up and two
 * significant digits below, so a tiny test model still reads as more than zero.
 */
export function formatGigabytes(bytes: number, decimals?: number): string {
  const gb = bytes / 1e9;
  if (decimals !== undefined) return `${gb.toFixed(decimals)} GB`;
  return `${gb >= 1 ? gb.toFixed(1) : Number(gb.toPrecision(2))} GB`;
}
