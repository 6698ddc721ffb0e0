import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../../src/core/brief";
import { checkGrounding } from "../../../src/core/grounding/checkGrounding";

// Briefs stored the way shops store them: labelled facts, variant lines, spec lines with shortened keys, sizes in the name.
const brief = (name: string, ...facts: string[]): ProductBrief => ({ name, facts, keywords: [] });

function assertGrounded(copy: string, from: ProductBrief): void {
  const findings = checkGrounding(copy, from);
  assert.deepEqual(findings, [], `unexpected findings in "${copy}": ${findings.map((finding) => finding.message).join(" | ")}`);
}

function assertFlags(copy: string, from: ProductBrief, expected: readonly string[]): void {
  const findings = checkGrounding(copy, from);
  assert.deepEqual(findings.map((finding) => finding.text), expected, findings.map((finding) => finding.message).join(" | "));
}

describe("checkGrounding: sizes, units and conversions as shops write them", () => {
  it("reads a size's sides with one trailing unit, in a fact or the name, and their conversions", () => {
    const table = brief("Oak Side Table", "Dims (WxDxH): 45x45x55cm", "Wt 6kg");
    assertGrounded("It measures 45 x 45 x 55 cm (about 17.7 x 17.7 x 21.7 in) and weighs 6 kg (13.2 lb).", table);
    assertFlags("It measures 45 x 45 x 60 cm.", table, ["60 cm"]);
    const rug = brief("Wool Area Rug 160x230", "Pile: 12mm");
    assertGrounded("160 x 230 cm, roughly 5 ft 3 in by 7 ft 7 in.", rug);
    assertFlags("160 x 240 cm.", rug, ["240 cm"]);
    assertGrounded("A 12 x 10 mm oval face.", brief("Signet Ring", "Face: 12x10mm oval"));
    assertGrounded("A 27-inch 3840 x 2160 IPS display with 100 x 100 VESA mounting.", brief("27in 4K Monitor", "Panel: 27in IPS, 3840x2160", "VESA: 100x100"));
    assertFlags("A 2560 x 1440 IPS display.", brief("27in Monitor", "Panel: 27in IPS, 3840x2160"), ["2560", "1440"]);
    // A pack of small counts is still a pack: "3 x 4 bars" is twelve bars, not a size.
    assertGrounded("Twelve bars in all.", brief("Protein Bars", "Pack: 3 x 4 bars"));
  });

  it("reads an inch glued to its number, or named by a garment's measure, and leaves a bare 'in' alone", () => {
    assertGrounded("A 1/4-inch tripod thread.", brief("Webcam", "Mount: Clip + 1/4in tripod thread"));
    assertGrounded("Vela Legging | 25 in Inseam.", brief("Vela Legging", "Inseam: 64cm"));
    assertFlags("Vela Legging | 28 in Inseam.", brief("Vela Legging", "Inseam: 64cm"), ["28 in"]);
    assertFlags("Available in 3 colours.", brief("Legging", "Color: Black, Plum"), ["3"]);
  });

  it("reads units written in capitals in copy set in capitals, and only there", () => {
    const stove = brief("Camp Stove", "Wt 85g");
    assertGrounded("85 G (3 OZ). PIEZO IGNITION.", stove);
    assertFlags("85 G (4 OZ). PIEZO IGNITION.", stove, ["4 OZ"]);
    assertGrounded("18 CM (7.1 IN). TENNIS BRACELET.", brief("Bracelet", "Length: 18cm"));
    assertFlags("18 CM (7.5 IN). TENNIS BRACELET.", brief("Bracelet", "Length: 18cm"), ["7.5 IN"]);
    assertFlags("Weighs 85 g, about 3 OZ.", stove, ["3"]);
    assertGrounded("SIZES 7 TO 13 M.", brief("Trail Shoe", "Size: US M 7-13"));
  });

  it("reads a knit's gauge and a reduction in decibels", () => {
    assertGrounded("A fine 12-gauge knit.", brief("Merino Crew", "Gauge: 12gg"));
    assertFlags("A fine 14-gauge knit.", brief("Merino Crew", "Gauge: 12gg"), ["14-gauge"]);
    assertGrounded("Hybrid ANC cuts noise by up to 35 dB.", brief("Earbuds", "ANC: Hybrid, up to -35dB"));
    assertFlags("Rated down to 20°C.", brief("Sleeping Bag", "Comfort: -20°C"), ["20°C"]);
  });

  it("holds a conversion to the figure it converts", () => {
    const pad = brief("Sleeping Pad", "Dims: 183x51x7.5cm", "Packed: 23x10cm");
    assertFlags("How thick is it? 7.5 cm, about 4 inches.", pad, ["4 inches"]);
    assertGrounded("How thick is it? 7.5 cm, about 3 inches.", pad);
    assertGrounded("A 64 cm (about 25 in) inseam.", brief("Legging", "Inseam: 64cm"));
    assertGrounded("12 cans × 330 ml (3.96 litres in total).", brief("Kombucha", "Can size: 330 ml", "Pack of 12 cans"));
  });
});

describe("checkGrounding: counts of a shop's variant lines and sets", () => {
  it("counts a variant line's items, in capitals and in either spelling", () => {
    const shirt = brief("Linen Shirt", "Size: XS, S, M, L, XL", "Color: Sand, Sage, White");
    assertGrounded("FIVE SIZES, THREE COLOURS — Choose XS to XL.", shirt);
    assertFlags("Available in four sizes.", shirt, ["four"]);
    // Shares of a blend divide into no count: 80% and 20% make no "four".
    assertFlags("Available in four sizes.", brief("Sweater", "Material: 80% merino wool, 20% nylon", "Size: S, M, L"), ["four"]);
  });

  it("reads a list of bare figures as sizes to choose from, never as amounts", () => {
    const shorts = brief("Chino Short", "Waist: 28, 30, 32, 34, 36");
    assertGrounded("FIVE WAIST SIZES — 28 to 36.", shorts);
    assertFlags("SIX WAIST SIZES — 28 to 36.", shorts, ["SIX"]);
  });

  it("totals a set's counted parts in pieces, and counts each kind only by its own count", () => {
    const wand = brief("Cat Wand Set", "Set: 1 wand + 5 refills");
    assertGrounded("A six-piece set: one wand and five refills.", wand);
    assertFlags("One wand and six refills.", wand, ["six"]);
    assertGrounded("THREE-PIECE SET — One duvet cover and two pillowcases.", brief("Duvet Cover Set", "Set: 1 duvet cover + 2 pillowcases"));
    assertGrounded("Three ports: two USB-C and one USB-A.", brief("Charger", "Ports: 2x USB-C, 1x USB-A"));
  });

  it("holds how many a stay sleeps to its parts' total, not to a product with another figure", () => {
    const suite = brief("Family Suite", "Bedrooms: 2", "Sleeps: 4 adults + 2 children");
    assertGrounded("Two bedrooms, sleeping up to six.", suite);
    assertFlags("A suite sleeping up to eight.", suite, ["eight"]);
  });

  it("names a figure by the phrase after it, so a pass is held to the pass's figure", () => {
    const ski = brief("Ski Package 7 Nights", "Nights: 7", "Lift pass: 6-day");
    assertFlags("SEVEN NIGHTS. 7-DAY LIFT PASS.", ski, ["7-DAY"]);
    assertGrounded("SEVEN NIGHTS. 6-DAY LIFT PASS.", ski);
  });
});

describe("checkGrounding: what a shop's attribute lines say", () => {
  it("reads a key and its value the other way round, as copy writes them", () => {
    assertGrounded("Fully taped seams.", brief("Rain Shell", "Seams: Fully taped"));
    assertGrounded("THIRD-PARTY TESTED — Checked for heavy metals.", brief("Fish Oil", "Tested: Third-party for heavy metals"));
    assertGrounded("ZERO CALORIES — No sweeteners.", brief("Sparkling Water", "Calories: 0", "Sweetener: None"));
    assertFlags("Fully waterproof.", brief("Rain Shell", "Seams: Fully taped"), ["Fully waterproof"]);
  });

  it("spells out a shop's shortened keys, and holds what it says is not included", () => {
    assertGrounded("9V BATTERY INCLUDED.", brief("Stud Finder", "Batt: 9V (included)"));
    assertFlags("Comes with a battery.", brief("Angle Grinder", "Batt: Not included (bare tool)"), ["Comes with a battery"]);
  });

  it("takes a question the copy answers no as no claim", () => {
    const grinder = brief("Angle Grinder", "Voltage: 20V");
    assertGrounded("Q: Does it come with a battery? A: No, it is sold as a bare tool.", grinder);
    assertFlags("Q: Does it come with a battery? A: Yes, a 4.0 Ah pack.", grinder, ["come with a battery", "4.0 Ah"]);
  });

  it("does not take what the product fits for what comes with it", () => {
    assertFlags("Hydration sleeve fits a 3 L bladder (bladder included).", brief("Daypack", "Hydration: Sleeve, fits 3L bladder"), ["bladder included"]);
    assertGrounded("A 3 L bladder included.", brief("Daypack", "Includes: 3L bladder"));
  });

  it("takes sweat and splash resistance from a water-resistance rating", () => {
    assertGrounded("IPX4 sweat resistance.", brief("Earbuds", "Water resistance: IPX4"));
    assertFlags("Built with sweat resistance.", brief("Earbuds", "Bluetooth: 5.3"), ["sweat resistance"]);
  });
});

describe("checkGrounding: certifications, origins and platforms as shops write them", () => {
  it("tells one class or type of a standard from another", () => {
    assertFlags("A 3 m standout, EC Class I.", brief("Tape Measure", "Standout: 3m", "Accuracy: EC Class II"), ["EC Class I"]);
    assertGrounded("EC Class II accuracy.", brief("Tape Measure", "Accuracy: EC Class II"));
    assertFlags("SOC 2 TYPE II AUDITED.", brief("Password Manager", "Audit: SOC 2 Type I"), ["SOC 2 TYPE II"]);
    assertGrounded("SOC 2 audited.", brief("Password Manager", "Audit: SOC 2 Type II"));
  });

  it("takes a body's organic seal from a brief that certifies organic by that body", () => {
    assertGrounded("USDA Organic.", brief("Ashwagandha", "Certified organic (USDA)"));
    assertFlags("USDA Organic.", brief("Ashwagandha", "Certified organic (EU)"), ["USDA Organic"]);
  });

  it("reads origins in capitals after an origin's lead, and no word that only looks like a place", () => {
    assertFlags("FLICK-LOCK. MADE IN ITALY.", brief("Trekking Poles", "Lock: Flick-lock"), ["MADE IN ITALY"]);
    assertGrounded("MADE IN ITALY.", brief("Trekking Poles", "Made in: Italy"));
    assertFlags("REAL FRUIT FLAVOUR. PRODUCT OF JAPAN.", brief("Yuzu Water", "Flavour: Yuzu"), ["PRODUCT OF JAPAN"]);
    assertGrounded("FINE BONE CHINA. ROAST TURKEY PLATTER.", brief("Serving Platter", "Material: Bone china"));
  });

  it("reads platforms in capitals, a one-word name only after a word of working with", () => {
    assertFlags("SSO WITH OKTA, AZURE AD AND GOOGLE WORKSPACE.", brief("Password Manager", "SSO: Okta, Azure AD"), ["GOOGLE WORKSPACE"]);
    assertGrounded("STERLING SILVER SIGNET RING. STRIPE GIFT BOX.", brief("Signet Ring", "Metal: Sterling silver", "Packaging: Gift box"));
  });

  it("holds the file formats, fuels and API styles it takes to the brief's", () => {
    assertFlags("READS EPUB, PDF AND KINDLE FILES.", brief("E-Reader", "Formats: EPUB, PDF"), ["KINDLE"]);
    assertGrounded("Download the PDF guide.", brief("E-Reader", "Screen: 6in"));
    assertFlags("FITS EN417 CANISTERS. ALSO RUNS ON WHITE GAS.", brief("Camp Stove", "Fuel: Isobutane canisters (EN417 thread)"), ["WHITE GAS"]);
    assertGrounded("Burns wood or charcoal.", brief("Camp Stove", "Fuel: wood, charcoal"));
    assertFlags("A REST and GraphQL API.", brief("Project Tool", "API: REST"), ["GraphQL"]);
    assertGrounded("Rest easy: a REST API.", brief("Project Tool", "API: REST"));
  });
});

describe("checkGrounding: overreaches of a stay, a drink, a charger and a cream", () => {
  it("flags a private amenity the brief gives as shared, and heat it does not give", () => {
    assertFlags("PRIVATE TRANSFERS — From Geneva airport.", brief("Ski Package", "Transfer: Shared from Geneva airport"), ["PRIVATE TRANSFERS"]);
    assertFlags("2 Bedrooms, Private Pool.", brief("Family Suite", "Bedrooms: 2", "Pool: Shared lagoon pool"), ["Private Pool"]);
    assertGrounded("A 12 x 5 m private pool.", brief("Villa", "Pool: 12x5m private"));
    assertFlags("A 12 x 5 m heated private pool.", brief("Villa", "Pool: 12x5m private"), ["heated"]);
    assertGrounded("A heated pool.", brief("Villa", "Pool: heated, 12x5m"));
  });

  it("flags every meal where the brief gives some", () => {
    assertFlags("A queen bed and all meals included.", brief("Glamping Tent", "Meals: Dinner and breakfast"), ["all meals included"]);
    assertGrounded("All meals included.", brief("Glamping Tent", "Meals: Full board"));
  });

  it("flags real juice on a flavour, a single port's figure on all of them at once, and a time of use the brief rules out", () => {
    assertFlags("REAL YUZU JUICE — Naturally bright.", brief("Yuzu Water", "Flavour: Yuzu (natural flavour)"), ["REAL YUZU JUICE"]);
    assertGrounded("Made with real yuzu juice.", brief("Yuzu Soda", "Ingredients: water, 5% yuzu juice"));
    assertFlags("65W on all three ports at once.", brief("GaN Charger", "Output: 65W max (single port)", "Ports: 2x USB-C, 1x USB-A"), ["on all three ports at once"]);
    assertGrounded("Charge on all three ports at once.", brief("GaN Charger", "Output: 65W", "Ports: 2x USB-C, 1x USB-A"));
    assertFlags("Suitable for morning and evening use.", brief("Retinol Cream", "Use: PM only"), ["morning and evening use"]);
    assertGrounded("Suitable for morning and evening use.", brief("Moisturiser", "Use: Morning and evening"));
  });

  it("takes a blend's part for the brief's part of either material", () => {
    const trouser = { name: "Wide-Leg Trouser", facts: ["Material: 55% linen, 45% cotton"], keywords: ["linen trousers"] };
    assertGrounded("Wide-Leg Linen-Cotton Trousers.", trouser);
    assertFlags("Wide-Leg Cotton Trousers.", trouser, ["Cotton"]);
  });
});
