import type { GroundingFinding } from "../groundingFinding";
import { certificationLines } from "../lexicon/certificationTable";
import type { Wording } from "../text/briefWording";
import { PhraseMatcher, phraseKey, type PhraseMatch } from "../text/phraseMatcher";

/** A certification, seal or standard named in a text, by its identity. */
export interface CertificationMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The same for every way of writing one certification ("SOC 2", "SOC2 Type II"). */
  readonly key: string;
  /** What it belongs to ("ip", "fedramp", "iso"), to name the brief's own when the copy names another. */
  readonly family: string;
}

const organicKey = phraseKey("certified organic");
// A protection grade ("cut level A5", "A4 cut level", "cut resistance level C"), one key per grade whichever way it is written.
const cutGrade = /^(?:(?:ANSI(?:\/ISEA)?(?: 105)?|EN ?388)[ -]?)?(?:cut[ -](?:resistance[ -]|protection[ -])?level[ -]?([A-F]\d?|\d)|([A-F]\d) cut(?:[ -](?:level|resistance|protection))?)$/i;
const certificationMatcher = new PhraseMatcher(certificationLines.map((line) => {
  const forms = line.split("|");
  return { forms, value: phraseKey(forms[0]) };
}));

// Standards written as a body and a number, ingress ratings, measurement categories and cut levels.
const standardPatterns: readonly RegExp[] = [
  /(?<![\p{L}\p{N}])(?:ISO|IEC|EN|ASTM|ANSI|BS|DIN|IEEE|NSF\/ANSI|MIL-STD|UL|IEC\/EN|CSA|CAN\/CSA|AS\/NZS|NFPA|JIS)(?:\/IEC)?[ -]?[A-Z]?[ -]?\d{2,6}(?:[-:.]\d+)*[A-Z]?(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])IP(?:[X0-6][X0-9]|[0-6]X)K?(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])CAT[ -]?(?:IV|III|II|I)(?![\p{L}\p{N}])/gu,
  // Quality grades: "AAA grade" pearls, "Grade A" maple syrup.
  /(?<![\p{L}\p{N}])(?:A{1,4}\+?[ -]grade|[Gg]rade[ -]A{1,4}\+?)(?![\p{L}\p{N}])/gu,
  // Any capitalised name that certifies or approves: "Bluesign approved", "Global GAP certified", "certified by the Soil Association".
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}&+'’-]*(?:[ -]\p{Lu}[\p{L}\p{N}&+'’-]*){0,3}[ -](?:certified|approved|accredited|registered|endorsed|verified|listed|inscribed|zertifiziert|geprüft|certifiée?s?|certificad[oa]s?|homologad[oa]s?)(?![\p{L}])/gu,
  // French, Spanish and German put the word first: "Certificado ENS", "certifié par Ecocert", "zertifiziert nach DIN".
  /(?<![\p{L}])(?:[Cc]ertificad[oa]|[Cc]ertificación|[Cc]ertifiée?|[Zz]ertifiziert|[Hh]omologad[oa]|[Ss]ello|[Ll]abel|[Ss]iegel)\s+(?:(?:por|par|durch|nach|de|del|según|selon)\s+)?(?:(?:la|el|le|les|den|die|der)\s+|l['’])?\p{Lu}[\p{L}\p{N}&'’-]*(?:\s\p{Lu}[\p{L}\p{N}&'’-]*){0,3}/gu,
  // The verb may open a sentence ("Approved by FINA", "Recommended by the British Skin Foundation"); the name keeps its capital.
  /(?<![\p{L}])(?:[Cc]ertified|[Aa]pproved|[Aa]ccredited|[Ee]ndorsed|[Vv]erified|[Rr]ecommended|[Aa]ccepted|[Ss]ealed) by (?:the )?\p{Lu}[\p{L}\p{N}&'’-]*(?:\s(?:of\s|for\s|and\s)?\p{Lu}[\p{L}\p{N}&'’-]*){0,4}/gu,
  /(?<![\p{L}\p{N}])(?:ANSI(?:\/ISEA)?|EN ?388)[ -]?(?:cut[ -])?(?:level[ -])?[A-F][1-9]?(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])(?:[Cc]ut[ -](?:resistance[ -]|protection[ -])?[Ll]evel[ -]?(?:[A-F]\d?|\d)|[A-F]\d [Cc]ut(?:[ -](?:level|resistance|protection))?)(?![\p{L}\p{N}])/gu,
  // A body's rating written as a type or class: "ANSI Type IA" ladders, "NIJ Level IIIA" armour, "NFPA Class B".
  // An assay office that hallmarks ("hallmarked at the Birmingham Assay Office") vouches for the metal, like a certifier.
  /(?<![\p{L}\p{N}])\p{Lu}\p{L}+ Assay Office(?![\p{L}])/gu,
  // A measuring tool's accuracy class ("Class I accuracy", "EC Class II"): a grade set by a standard.
  /(?<![\p{L}\p{N}])(?:(?:EC|EU|MID) )?[Cc]lass (?:I{1,3}|[1-3])(?= accuracy)|(?<![\p{L}\p{N}])(?:EC|EU|MID) [Cc]lass (?:I{1,3}|[1-3])(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])[Aa]ccuracy [Cc]lass (?:I{1,3}|[1-3])(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])(?:ANSI|ASTM|NFPA|NIJ|ISEA|CSA|OSHA|EN ?131)(?:\/[A-Z]+)?[ -](?:Type|Class|Level|Category|Duty Rating)[ -](?:[IVX]{1,4}A{0,2}|\d{1,2}[A-Z]?|[A-F]\d?)(?![\p{L}\p{N}])/gu,
];

const layApprover = /^(?:parents?|kids?|children|child|toddlers?|famil(?:y|ies)|dogs?|cats?|pets?|customers?|mums?|moms?|dads?|teens?|crowds?|fans?|shoppers?|users?)[ -](?:approved|endorsed|verified)$/iu;

export function readCertifications(text: string): CertificationMatch[] {
  const found: CertificationMatch[] = certificationMatcher.find(text).map((match: PhraseMatch<string>) => ({
    start: match.start, end: match.end, text: match.text, key: match.value, family: familyOf(match.value),
  }));
  for (const pattern of standardPatterns) {
    for (const match of text.matchAll(pattern)) {
      // "Twelve ITF-approved balls", "The Bluesign approved…": a capitalised word that opens a sentence is no part of the name.
      // So is a pronoun: "It's certified to EN 131" names no certifier.
      const lead = /^(?:(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Fifty|Hundreds|Thousands|Dozens|The|A|An|Our|All|Every|Each|Both|Its|This|These|Only|Fully|Now|It|It['’]s|They|They['’]re|We|We['’]re|You|You['’]re|That|That['’]s|Everything|He|She|Which|Also)[ -])+/.exec(match[0])?.[0] ?? "";
      const name = match[0].slice(lead.length);
      if (!/^\p{Lu}/u.test(name) && !cutGrade.test(name) && !/^(?:certified|approved|accredited|endorsed|verified|recommended|accepted|sealed) by/i.test(name)) continue;
      // "Parent-approved", "Toddler approved": a heading's praise from the people who use it, no body that certifies.
      if (layApprover.test(name)) continue;
      const grade = cutGrade.exec(name);
      const key = grade ? `cut level ${(grade[1] ?? grade[2]).toLowerCase()}` : phraseKey(certifiedName(name));
      found.push({ start: match.index + lead.length, end: match.index + match[0].length, text: name, key, family: familyOf(key) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((match, index) => !found.slice(0, index).some((other) => match.start < other.end && match.end > other.start && other.end - other.start >= match.end - match.start));
}

/** Certifications the copy names that the brief does not: by name, by a broader name ("FedRAMP" for "FedRAMP Moderate"), or in its words. */
export function checkCertifications(copy: readonly CertificationMatch[], brief: readonly CertificationMatch[], briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const match of copy) {
    // "Certified organic by Ecocert" on "Organic (Ecocert certified)": the brief certifies its organic claim in its own words.
    if (match.key === organicKey && (/organic[^\n]*certifi|certifi[^\n]*organic/i.test(briefWording.text) || brief.some((other) => other.key.includes("organic")))) continue;
    // "FedRAMP" names the brief's "FedRAMP Moderate"; "EC Class I" does not name "EC Class II", nor "SOC 2 Type I" "SOC 2 Type II".
    const backed = brief.some((other) => other.key === match.key || (other.key.startsWith(match.key) && !/^[\p{L}\p{N}]/u.test(other.key.slice(match.key.length))) || phraseKey(certifiedName(other.text)) === match.key) ||
      briefWording.says(certifiedName(match.text), true) || bodysOrganicSeal(match.key, brief, briefWording);
    if (backed) continue;
    const same = brief.find((other) => other.family === match.family);
    findings.push({
      start: match.start,
      end: match.end,
      text: match.text,
      kind: "certification",
      message: same ? `"${match.text}": the brief says ${same.text}.` : `"${match.text}": the brief names no such certification or standard.`,
      ...(same ? { briefValue: same.text } : {}),
    });
  }
  return findings;
}

/** "USDA Organic" on a brief's "Certified organic (USDA)": the body's organic seal, which the brief gives in other words. */
function bodysOrganicSeal(key: string, brief: readonly CertificationMatch[], briefWording: Wording): boolean {
  const body = /^(.+) organic$/.exec(key)?.[1];
  const certified = /organic[^\n]*certifi|certifi[^\n]*organic/i.test(briefWording.text) || brief.some((other) => other.key.includes("organic"));
  return body !== undefined && certified && briefWording.says(body, true);
}

/** "certified by the Soil Association", "IGI certified": the name that certifies. */
function certifiedName(text: string): string {
  return text.replace(/^(?:certified|approved|accredited|endorsed|verified|recommended|accepted|sealed) by (?:the )?/i, "").replace(/[ -](?:certified|approved|accredited|registered|endorsed|verified)$/i, "");
}

function familyOf(key: string): string {
  return /^[a-z]+/.exec(key)?.[0] ?? key;
}
