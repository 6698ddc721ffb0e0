/** A CSV file Tailor cannot read safely; `line` is 1-based, where the problem starts. */
export class CsvFormatError extends Error {
  override readonly name = "CsvFormatError";

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
