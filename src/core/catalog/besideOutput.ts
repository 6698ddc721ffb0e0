/** A file beside a run's output, named after it: ("products.tailor.csv", "report.csv") gives "products.tailor.report.csv". */
export function besideOutput(outputPath: string, ending: string): string {
  const extension = /\.[^./\\]+$/u.exec(outputPath)?.[0] ?? "";
  return `${outputPath.slice(0, outputPath.length - extension.length)}.${ending}`;
}
