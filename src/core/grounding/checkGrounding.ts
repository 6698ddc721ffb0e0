import type { ProductBrief } from "../brief";
import { maskMarkup } from "../claims/markupMask";
import { checkAwards, readAwards } from "./awards/checkAwards";
import { checkAnimals } from "./compatibility/checkAnimals";
import { checkCertifications, readCertifications, type CertificationMatch } from "./certifications/checkCertifications";
import { checkCompatibility, readPlatforms, type PlatformMatch } from "./compatibility/checkCompatibility";
import { checkDeviceModels } from "./compatibility/deviceModels";
import { checkKindsUsed } from "./compatibility/kindsUsed";
import { checkNamedCompatibility } from "./compatibility/namedCompatibility";
import { checkWaterTypes } from "./compatibility/waterTypes";
import { checkInclusions, readInclusions } from "./features/checkInclusions";
import { checkParts, readParts } from "./features/checkParts";
import type { GroundingFinding } from "./groundingFinding";
import { checkMaterials, type TextRange } from "./materials/checkMaterials";
import { checkMetalGrades, readMetalGrades } from "./materials/metalGrades";
import { readMaterials, type MaterialMatch } from "./materials/readMaterials";
import { shareOfMaterial } from "./materials/shareOfMaterial";
import { checkPureClaims, checkSolidClaims } from "./materials/solidClaims";
import { checkLetterSizes, readLetterSizes, type SizeRuns } from "./numbers/letterSizes";
import { checkListedCounts } from "./numbers/listCounts";
import { checkMonthRanges, readMonthRanges, type MonthRange } from "./numbers/monthRanges";
import { checkQuantities, figureEvidence, type FigureEvidence } from "./numbers/checkQuantities";
import { readQuantities } from "./numbers/readQuantities";
import { checkOrigins, readPlaces, type PlaceMatch } from "./origins/checkOrigins";
import { checkProductType } from "./properties/checkProductType";
import { checkProperties, readProperties } from "./properties/checkProperties";
import { checkDesignators, designationsOfBriefKinds, readDesignations } from "./properties/designators";
import { checkSuitsEveryone } from "./properties/suitsEveryone";
import { checkVariants } from "./properties/checkVariants";
import { Wording } from "./text/briefWording";
import { productNameMentions } from "./text/productNameMentions";
import { restatedFacts } from "./text/restatedFacts";
import { tagsAsNames } from "./text/shopTags";

export type { GroundingFinding, GroundingKind } from "./groundingFinding";

const karatFigure = /\d\s?(?:k|kt|ct|karat|carat)(?![\p{L}])/iu;

/** Everything checkable the brief says, read once per brief. */
interface BriefEvidence {
  readonly wording: Wording;
  /** Each fact with the product name, for phrases whose words one fact must hold together. */
  readonly lines: readonly Wording[];
  readonly figures: FigureEvidence;
  readonly materials: readonly MaterialMatch[];
  /** Where the facts lie in the brief's text, between its name and its keywords. */
  readonly facts: TextRange;
  readonly certifications: readonly CertificationMatch[];
  readonly places: readonly PlaceMatch[];
  readonly platforms: readonly PlatformMatch[];
  readonly sizes: SizeRuns;
  readonly seasons: readonly MonthRange[];
}

// Catalog runs and re-checks test many drafts against one brief: its reading is kept, by its text.
const evidenceCache = new Map<string, BriefEvidence>();
const cachedBriefs = 64;

/**
 * The statements in `copy` that `brief` (its name, facts, keywords and audience) does not back:
 * figures (sizes, weights, capacities, durations, percentages, counts), materials and
 * ingredients, certifications and standards, awards, places of origin, compatibility, parts the product
 * would have (a pocket, a hood, a timer), and absolute claims. A figure written another way,
 * converted and correctly rounded, following from the brief's figures by exact arithmetic, or
 * in the product name is backed; marketing language with nothing to check is never flagged.
 * Plain text, Markdown and HTML: markup is never read, and offsets point into `copy` as given.
 * Findings come in text order.
 */
export function checkGrounding(copy: string, brief: ProductBrief): GroundingFinding[] {
  const evidence = briefEvidence(brief);
  const text = maskMarkup(copy);
  const certifications = readCertifications(text);
  // "The Echo Bar pairs with your TV": a platform's name inside the product's own name is the product.
  const ownName = productNameMentions(text, brief.name);
  const platforms = readPlatforms(text, true).filter((match) => !ownName.some((mention) => match.start >= mention.start && match.end <= mention.end));
  const materials = readMaterials(text, true, evidence.materials);
  const properties = readProperties(text);
  const awards = readAwards(text);
  // A number inside a name ("ISO 9001", "Wi-Fi 6", "14k gold") is checked as part of that name.
  // A claim stronger than the facts ("solid 18k gold") still gives its karat as a figure to check.
  const designations = readDesignations(text);
  const named = [
    ...certifications, ...platforms, ...properties.filter((match) => !karatFigure.test(match.text)), ...awards, ...materials.filter((match) => /\d/.test(match.text)),
    ...designationsOfBriefKinds(designations, evidence.wording.text).map((designation) => ({ ...designation, text: text.slice(designation.start, designation.end) })),
  ];
  const quantities = readQuantities(text, named);
  const findings = [
    ...checkQuantities(quantities, shareOfMaterial(text, quantities, materials), evidence.figures, text),
    ...checkListedCounts(text, evidence.figures.quantities),
    ...checkLetterSizes(readLetterSizes(text), evidence.sizes),
    ...checkMonthRanges(readMonthRanges(text), evidence.seasons),
    ...checkMaterials(materials, evidence.materials, evidence.lines, text, evidence.wording.text, evidence.facts),
    ...checkMetalGrades(readMetalGrades(text), evidence.wording.text),
    ...checkSolidClaims(text, evidence.wording.text),
    ...checkPureClaims(text, evidence.wording.text),
    ...checkCertifications(certifications, evidence.certifications, evidence.wording),
    ...checkOrigins(text, readPlaces(text, true), evidence.places, evidence.wording),
    ...checkCompatibility(text, platforms, evidence.platforms),
    ...checkNamedCompatibility(text, platforms, evidence.wording),
    ...checkDeviceModels(text, evidence.wording),
    ...checkWaterTypes(text, evidence.wording),
    ...checkKindsUsed(text, evidence.wording),
    ...checkAnimals(text, evidence.wording),
    ...checkProperties(properties, evidence.wording),
    ...checkAwards(awards, evidence.wording),
    ...checkInclusions(readInclusions(text), evidence.wording),
    ...checkParts(readParts(text), evidence.wording),
    ...checkProductType(text, brief.name, evidence.wording),
    ...checkVariants(text, evidence.wording.text),
    ...checkDesignators(designations, text, evidence.wording.text),
    ...checkSuitsEveryone(text, evidence.wording.text),
  ];
  return withoutNested(findings).filter((finding) => !deniedQuestion(text, finding)).map((finding) => ({ ...finding, text: copy.slice(finding.start, finding.end) }));
}

// "A: No, it is sold as a bare tool": an answer that opens by saying no.
const negativeAnswer = /^[\s"“”'‘’*_>-]*(?:(?:A|Answer)\s*[:.)-]\s*)?(?:no|nope|not|unfortunately|sorry)(?![\p{L}])/iu;

/** "Q: Does it come with a battery? A: No…": a question the copy answers no asks what the product is not, and claims nothing. */
function deniedQuestion(text: string, finding: GroundingFinding): boolean {
  const close = /[.!?\n]/.exec(text.slice(finding.end));
  if (!close || close[0] !== "?") return false;
  const after = finding.end + close.index + 1;
  return negativeAnswer.test(text.slice(after, after + 40));
}

function briefEvidence(brief: ProductBrief): BriefEvidence {
  // The audience is the user's too ("for dogs over 10 kg"): copy may repeat it.
  const source = [brief.name, ...brief.facts, ...brief.keywords, brief.audience ?? ""].join("\n");
  const cached = evidenceCache.get(source);
  if (cached) return cached;
  const text = maskMarkup(source);
  const certifications = readCertifications(text);
  const platforms = [...readPlatforms(text), ...readPlatforms(tagsAsNames(brief.keywords))];
  const restated = restatedFacts(text);
  // Materials its attribute lines restate count too: "Wax: soy-coconut blend" names coconut wax. Read after the text, so offsets into it hold.
  const materials = readMaterials(`${text}\n${restated}`, false);
  // Every figure of the brief counts, even one inside a name ("18k gold", "Wi-Fi 6").
  const quantities = readQuantities(text, [], true);
  const wording = new Wording(text, restated);
  const evidence: BriefEvidence = {
    wording,
    lines: [...brief.facts, ...brief.keywords, brief.audience ?? ""].map((line) => new Wording(`${brief.name}\n${maskMarkup(line)}`)),
    figures: figureEvidence(quantities, shareOfMaterial(text, quantities, materials), wording),
    materials,
    facts: { start: brief.name.length + 1, end: brief.name.length + 1 + brief.facts.join("\n").length },
    certifications,
    places: readPlaces(text, false),
    platforms,
    sizes: readLetterSizes(text),
    seasons: readMonthRanges(text),
  };
  if (evidenceCache.size >= cachedBriefs) evidenceCache.delete(evidenceCache.keys().next().value as string);
  evidenceCache.set(source, evidence);
  return evidence;
}

/** One finding per statement: a finding inside another ("Italian" in "Italian leather") adds nothing. */
function withoutNested(findings: readonly GroundingFinding[]): GroundingFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: GroundingFinding[] = [];
  for (const finding of sorted) {
    if (kept.some((other) => finding.start >= other.start && finding.end <= other.end)) continue;
    kept.push(finding);
  }
  return kept;
}
