import type { GroundingFinding } from "../groundingFinding";
import type { Wording } from "../text/briefWording";
import { singular } from "../numbers/nouns";
import { words } from "../text/clauseContext";
import { edibleFamilies } from "../lexicon/materialContextWords";
import { rootOf, type Material } from "./materialLexicon";
import type { MaterialMatch } from "./readMaterials";

/**
 * Materials and ingredients in the copy that the brief does not give. The brief backs a
 * material when it names it, a kind of it ("merino wool" backs "wool"), or, for a family's
 * general word ("metal"), any member of the family. A phrase of several words is also backed
 * by a fact that has all its words, when the brief names the same material ("bovine, grass-fed"
 * and "collagen" back "bovine collagen").
 */
export function checkMaterials(copy: readonly MaterialMatch[], brief: readonly MaterialMatch[], briefLines: readonly Wording[], copyText = "", briefText = "", facts?: TextRange): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const match of copy) {
    const material = match.value;
    const genuine = genuineLead.exec(copyText.slice(Math.max(0, match.start - 16), match.start));
    if (genuine && material.family === "gem" && !genuineInBrief(brief, briefText)) {
      const start = match.start - genuine[0].length;
      const text = copyText.slice(start, match.end);
      findings.push({ start, end: match.end, text, kind: "material", message: `"${text}": the brief does not say the stones are ${genuine[1].toLowerCase()}.` });
      continue;
    }
    const otherForPart = partMadeOfOther(match, copyText, brief, briefText, facts);
    if (otherForPart) {
      findings.push({ start: match.start, end: match.end, text: match.text, kind: "material", message: `"${match.text} ${otherForPart.part}": the brief says ${otherForPart.said}.`, briefValue: otherForPart.material });
      continue;
    }
    if (dosageUnit(match, copyText, briefText)) continue;
    // "Filled with organic cotton" where the brief's filling is recycled polyester: the brief's outer fabric does not fill it.
    const filling = otherFilling(match, copyText, briefText);
    if (filling !== undefined) {
      findings.push({ start: match.start, end: match.end, text: match.text, kind: "material", message: `"${match.text}": the brief gives the filling as ${filling}.`, briefValue: filling });
      continue;
    }
    // "Olives" from a brief's "olive oil": a material named inside the brief's material is its source.
    const sameRoot = brief.some((other) => rootOf(other.value) === rootOf(material) || words(other.text).includes(rootOf(material)));
    // One word of a food's name ("apple" in "apple cider vinegar") is its source, not a second ingredient to back "real apples".
    const namedShorter = sameRoot && saidInOneLine(match.text, briefLines) && (words(match.text).length > 1 || !edibleFamilies.has(material.family));
    if (brief.some((other) => backs(other.value, material)) || namedShorter || saidAsVerb(match.text, briefLines)) continue;
    const instead = brief.find((other) => other.value.family === material.family && !other.value.generic);
    findings.push({
      start: match.start,
      end: match.end,
      text: match.text,
      kind: "material",
      message: instead ? `"${match.text}": the brief says ${instead.text}.` : `"${match.text}": the brief does not name this material or ingredient.`,
      ...(instead ? { briefValue: instead.text } : {}),
    });
  }
  return findings;
}

/**
 * "Contiene 60 perle" on a brief's "60 softgels": a word for a pearl that counts the units of a supplement, as
 * Italian, French and Spanish name softgels, is the brief's count of its units, not a gem.
 */
function dosageUnit(match: MaterialMatch, copyText: string, briefText: string): boolean {
  const count = /(?<![\p{N}.,])(\d+)[ \t]+$/u.exec(copyText.slice(Math.max(0, match.start - 8), match.start))?.[1];
  return count !== undefined && match.value.family === "gem" && new RegExp(String.raw`(?<![\d.,])${count}[ \t]+(?:softgels?|soft gels?|capsules?|caps|gel caps?|tablets?)\b`, "i").test(briefText);
}

const fillLead = /(?<![\p{L}])(?:filled|stuffed|padded)[ \t]+(?:[\p{L}-]+[ \t]+){0,3}?with[ \t]+(?:[\p{L}-]+[ \t]+){0,2}$/iu;
// A brief's line about the filling, whichever side of the word its material stands ("Filling: polyester", "Organic catnip filling").
const fillingLine = /^.*(?<![\p{L}])(?:fill|filling|stuffing|filled|stuffed)(?![\p{L}]).*$/imu;

/** The brief's filling, where the copy fills the product with a material that filling does not name. */
function otherFilling(match: MaterialMatch, copyText: string, briefText: string): string | undefined {
  if (!fillLead.test(copyText.slice(Math.max(0, match.start - 60), match.start))) return undefined;
  const line = fillingLine.exec(briefText)?.[0];
  if (line === undefined) return undefined;
  const said = words(line);
  if (words(match.text).every((word) => said.includes(word) || said.includes(singular(word)))) return undefined;
  return line.replace(/^[\s*•-]*(?:fill|filling|stuffing)[ \t]*:[ \t]*/iu, "").trim();
}

function backs(briefMaterial: Material, copyMaterial: Material): boolean {
  if (briefMaterial.id === copyMaterial.id || briefMaterial.ancestors.includes(copyMaterial.id)) return true;
  return copyMaterial.generic && briefMaterial.family === copyMaterial.family;
}

/** "Foam" from a "Foaming Cleanser": the brief names the material by what the product does with it. */
function saidAsVerb(phrase: string, lines: readonly Wording[]): boolean {
  const phraseWords = words(phrase);
  return phraseWords.length === 1 && lines.some((line) => line.says(`${phraseWords[0]}ing`));
}

function saidInOneLine(phrase: string, lines: readonly Wording[]): boolean {
  // "Bamboo-viscose": each part of a compound is a word of its own.
  // "Ripstop" from a brief's "ripstop nylon": one word of the brief's material, said in its line, is that material named shorter.
  const phraseWords = words(phrase).flatMap((word) => word.split("-"));
  return phraseWords.length > 0 && lines.some((line) => phraseWords.every((word) => line.says(word) || line.says(singular(word))));
}

/**
 * "Carbon blades" on a brief's "carbon fibre shaft, fibreglass blades": the brief names the material, but gives
 * the part the copy puts it in another one. The part is the noun right after the material, in copy and brief alike;
 * kinds of one material ("14K gold band", "yellow gold band") are no contradiction.
 */
function partMadeOfOther(match: MaterialMatch, copyText: string, brief: readonly MaterialMatch[], briefText: string, facts?: TextRange): { part: string; said: string; material: string } | undefined {
  const part = partAfter(copyText, match.end);
  if (!part) return undefined;
  const sameParts = brief.filter((other) => partAfter(briefText, other.end)?.noun === part.noun);
  if (sameParts.length === 0) return facts ? givenForAnotherPart(match, copyText.slice(match.end, part.end).trim(), part.noun, brief, briefText, facts) : undefined;
  if (sameParts.some((other) => backs(other.value, match.value) || backs(match.value, other.value) || kindsOfOne(other, match))) return undefined;
  // "Linen-Cotton Trousers", "linen and cotton trousers": a blend's part is made of each of its materials, the brief's among them.
  const blendedWith = /(\p{L}+)(?:[ \t]*[-‐/+][ \t]*|[ \t]+(?:and|&)[ \t]+)$/u.exec(copyText.slice(Math.max(0, match.start - 30), match.start))?.[1]?.toLowerCase();
  if (blendedWith !== undefined && sameParts.some((other) => words(other.text).includes(blendedWith))) return undefined;
  const said = sameParts[0];
  const briefPart = partAfter(briefText, said.end);
  return { part: copyText.slice(match.end, part.end).trim(), said: briefText.slice(said.start, briefPart?.end ?? said.end), material: said.text };
}

/**
 * "Carbon fibre blades" on a brief whose facts give "carbon fibre shaft": every fact that names the material gives it for
 * a part, none for the part the copy names, so the copy has moved it onto another part. The name and keywords say nothing of parts.
 */
function givenForAnotherPart(match: MaterialMatch, part: string, noun: string, brief: readonly MaterialMatch[], briefText: string, facts: TextRange): { part: string; said: string; material: string } | undefined {
  if (!partNouns.has(noun)) return undefined;
  const same = brief.filter((other) => other.start >= facts.start && other.end <= facts.end && (backs(other.value, match.value) || kindsOfOne(other, match)));
  const parts = same.map((other) => partAfter(briefText, other.end));
  if (same.length === 0 || parts.some((other) => other === undefined || !partNouns.has(other.noun))) return undefined;
  return { part, said: briefText.slice(same[0].start, parts[0]?.end ?? same[0].end), material: same[0].text };
}

/** "14K gold" and "yellow gold": both name the material they are kinds of; "ash" and "birch" only share a class. */
function kindsOfOne(a: MaterialMatch, b: MaterialMatch): boolean {
  const root = rootOf(a.value);
  return root === rootOf(b.value) && [a, b].every((match) => words(match.text).join(" ").includes(root));
}

function partAfter(text: string, end: number): { noun: string; end: number } | undefined {
  const next = /^[ \t]+(\p{L}{3,})(?![\p{L}-])/u.exec(text.slice(end, end + 30));
  if (!next || (!next[1].endsWith("s") && !partNouns.has(next[1].toLowerCase()))) return undefined;
  return { noun: singular(next[1].toLowerCase()), end: end + next[0].length };
}

/** Offsets of the brief's facts in its text, apart from its name and keywords. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

// "Genuine gemstones", "real pearls": a stone said to be the real thing, which a brief's crystals or simulants are not.
const genuineLead = /(?<![\p{L}])(genuine|real|natural|precious|authentic|semi-precious)[ \t]+$/iu;
const simulants: ReadonlySet<string> = new Set(["cubic zirconia", "swarovski crystal"]);

function genuineInBrief(brief: readonly MaterialMatch[], briefText: string): boolean {
  return /(?<![\p{L}])(?:genuine|real|natural|precious|authentic|semi-precious|mined)(?![\p{L}])/iu.test(briefText) ||
    brief.some((other) => other.value.family === "gem" && !other.value.generic && !simulants.has(rootOf(other.value)));
}

// Parts named in the singular as often as in the plural; other parts count only as plurals ("blades", "buttons"), which few adjectives are.
const partNouns = new Set(["shaft", "blade", "handle", "frame", "shell", "sole", "lining", "strap", "lid", "base", "body", "case", "grip", "collar", "band", "buckle", "zip", "zipper", "hood", "cuff", "top", "seat", "back", "legs", "spout"]);
