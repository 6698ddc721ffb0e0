/** The languages Tailor translates into, by ISO 639-1 code, with the name a prompt uses. */
export const languageNames: Readonly<Record<string, string>> = {
  en: "English",
  de: "German",
  fr: "French",
  es: "Spanish",
  it: "Italian",
  nl: "Dutch",
  pt: "Portuguese",
  pl: "Polish",
  sv: "Swedish",
  da: "Danish",
  fi: "Finnish",
  cs: "Czech",
  ja: "Japanese",
  zh: "Chinese",
};

export class LanguageListError extends Error {
  override readonly name = "LanguageListError";
}

/** "de, fr,ES" -> ["de", "fr", "es"]: each known, none twice. Throws a message naming the codes Tailor knows. */
export function parseLanguageList(text: string): string[] {
  const codes = text
    .split(",")
    .map((code) => code.trim().toLowerCase())
    .filter(Boolean);
  if (codes.length === 0) throw new LanguageListError(`Name at least one language, such as de,fr,es. Known: ${Object.keys(languageNames).join(", ")}.`);
  for (const code of codes) {
    if (!(code in languageNames)) throw new LanguageListError(`"${code}" is not a language Tailor knows. Use two-letter codes from: ${Object.keys(languageNames).join(", ")}.`);
  }
  const repeated = codes.find((code, index) => codes.indexOf(code) !== index);
  if (repeated) throw new LanguageListError(`"${repeated}" is named twice.`);
  return codes;
}

export function languageName(code: string): string {
  return languageNames[code] ?? code;
}

/** A language's code from its code or its English name ("de", "DE", "German"); undefined for one Tailor does not know. */
export function languageCode(text: string): string | undefined {
  const wanted = text.trim().toLowerCase();
  if (wanted in languageNames) return wanted;
  return Object.keys(languageNames).find((code) => languageNames[code]!.toLowerCase() === wanted);
}
