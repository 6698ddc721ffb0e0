/** The most either side accepts; longer strings and lists mean a bug or a hostile sender. */
export const panelMessageLimits = {
  /** name, audience, tone, keywords. */
  formText: 2_000,
  facts: 20_000,
  industryId: 64,
  id: 200,
  label: 500,
  modelName: 500,
  modelState: 100,
  notice: 2_000,
  previewText: 20_000,
  previewItems: 100,
  previewBlocks: 200,
  findings: 200,
  scoreRows: 50,
  historyItems: 200,
  options: 100,
} as const;
