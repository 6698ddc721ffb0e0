import type { GroundingFinding } from "../groundingFinding";

// Bed and bedding sizes, the longer first so "super king" is read before "king".
const bedSize = /(?<![\p{L}-])(super[ -]?king|california[ -]king|small[ -]double|king|queen|double|single|twin|full)(?:[ -]siz(?:e|ed))?(?=[ \t]+(?:bed|beds|mattress|mattresses|duvet|duvets|frame|frames|sheet|sheets|set|room)(?![\p{L}])|[ -]siz(?:e|ed)(?![\p{L}]))/giu;
// "Also fits super king", "fits a double": a size the product fits, named without a noun after it.
const fitsSize = /(?<![\p{L}])fits?[ \t]+(?:(?:a|an|any|most)[ \t]+)?(super[ -]?king|california[ -]king|small[ -]double|king|queen|double|single)(?![\p{L}])/giu;
const colourWords = [
  "black", "white", "grey", "gray", "charcoal", "navy", "blue", "red", "green", "pink", "yellow", "purple", "brown", "beige", "cream", "ivory",
  "sand", "sage", "olive", "tan", "orange", "teal", "burgundy", "khaki", "oatmeal", "mustard", "lilac", "coral", "plum", "rust", "forest green",
  "sky blue", "rose", "blush", "terracotta", "slate", "stone", "taupe", "mint", "lavender",
];
const colour = new RegExp(String.raw`(?<![\p{L}-])(?:matte?[ \t]+|light[ \t]+|dark[ \t]+|pale[ \t]+)?(${colourWords.sort((a, b) => b.length - a.length).join("|")})(?![\p{L}-])`, "giu");
// A list of two or more colours, joined by commas, "and" or "or": "matte black, white or red".
const colourList = new RegExp(String.raw`${colour.source}(?:[ \t]*(?:,|/|\bor\b|\band\b)[ \t]*(?:and[ \t]+|or[ \t]+)?${colour.source})+`, "giu");

// A brief's attribute line that opens with its size: "Double (135 x 190 cm mattress)", "Size: King".
const sizeLine = /^[ \t*•-]*(?:(?:bed[ \t]+)?size[ \t]*:[ \t]*)?(super[ -]?king|california[ -]king|small[ -]double|king|queen|double|single)(?![\p{L}-])/gimu;

const oneSizePattern = String.raw`(?<![\p{L}-])(?:one[ \t-]size(?:[ \t-]fits[ \t-](?:all|most))?|single[ \t-]size)(?![\p{L}-]|[ \t]+(?:up|down|larger|smaller|bigger|above|below)(?![\p{L}]))`;
const oneSize = new RegExp(oneSizePattern, "iu");
const oneSizeAll = new RegExp(oneSizePattern, "giu");
// A brief that offers sizes to choose from: "Sizes XS–XXL", "S, M, L", "Size: 8–16".
const manySizes = /(?<![\p{L}])sizes(?![\p{L}])|(?<![\p{L}])(?:XXS|XS|S|M|L|XL|XXL|[2-5]XL)[ \t]*(?:[-–—/,]|to)[ \t]*(?:XS|S|M|L|XL|XXL|[2-5]XL)(?![\p{L}])|(?<![\p{L}])size[ \t]*:?[ \t]*\d+(?:\.\d+)?[ \t]*(?:[-–—]|to)[ \t]*\d/u;

function normal(size: string): string {
  return size.toLowerCase().replace(/[ -]+/g, " ");
}

/**
 * The variants a brief offers that the copy goes beyond: a bed size it does not give ("King-size
 * bed" for "One double bed", "also fits super king"), a colour in a list of colours that it does
 * not name ("matte black, white or red" for "Two colours: matte black and white"), one size for a
 * product the brief sizes ("available in one size" for "Sizes XS–XXL"). Read only
 * where the brief names sizes or colours itself, so copy that describes a look is never held to a
 * list the brief does not make.
 */
export function checkVariants(text: string, briefText: string): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  const briefSizes = new Set([...briefText.matchAll(bedSize), ...briefText.matchAll(fitsSize), ...briefText.matchAll(sizeLine)].map((match) => normal(match[1])));
  if (briefSizes.size > 0) {
    for (const match of [...text.matchAll(bedSize), ...text.matchAll(fitsSize)]) {
      const size = normal(match[1]);
      if (briefSizes.has(size)) continue;
      const start = match.index + match[0].toLowerCase().indexOf(match[1].toLowerCase());
      const end = match.index + match[0].length;
      findings.push({ start, end, text: text.slice(start, end), kind: "property", message: `"${text.slice(start, end)}": the brief gives ${[...briefSizes].join(", ")}.`, briefValue: [...briefSizes].join(", ") });
    }
  }
  // "Available in one size" for a jacket the brief sells in XS–XXL; "go one size up" is advice, not a size.
  if (manySizes.test(briefText) && !oneSize.test(briefText)) {
    for (const match of text.matchAll(oneSizeAll)) {
      findings.push({ start: match.index, end: match.index + match[0].length, text: match[0], kind: "property", message: `"${match[0]}": the brief gives several sizes.` });
    }
  }
  const briefColours = new Set([...briefText.matchAll(colour)].map((match) => match[1].toLowerCase().replace("gray", "grey")));
  const colourLine = /(?<![\p{L}])(?:colou?rs?|colou?rways?|shades?|finish(?:es)?)(?![\p{L}])/iu.test(briefText);
  if (briefColours.size > 0 && colourLine) {
    for (const list of text.matchAll(colourList)) {
      for (const match of list[0].matchAll(colour)) {
        if (briefColours.has(match[1].toLowerCase().replace("gray", "grey"))) continue;
        const start = list.index + match.index;
        const end = start + match[0].length;
        findings.push({ start, end, text: text.slice(start, end), kind: "property", message: `"${text.slice(start, end)}": the brief gives the colours ${[...briefColours].join(", ")}.`, briefValue: [...briefColours].join(", ") });
      }
    }
  }
  return findings;
}
