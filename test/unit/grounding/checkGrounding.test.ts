import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../../src/core/brief";
import { checkGrounding, type GroundingFinding } from "../../../src/core/grounding/checkGrounding";

const brief = (name: string, ...facts: string[]): ProductBrief => ({ name, facts, keywords: [] });
const texts = (findings: readonly GroundingFinding[]) => findings.map((finding) => finding.text);

function assertGrounded(copy: string, from: ProductBrief): void {
  const findings = checkGrounding(copy, from);
  assert.deepEqual(findings, [], `unexpected findings in "${copy}": ${findings.map((finding) => finding.message).join(" | ")}`);
}

function assertFlags(copy: string, from: ProductBrief, expected: readonly string[]): GroundingFinding[] {
  const findings = checkGrounding(copy, from);
  assert.deepEqual(texts(findings), expected, findings.map((finding) => finding.message).join(" | "));
  return findings;
}

describe("checkGrounding: what the brief backs", () => {
  it("takes a paraphrase of a share for the share", () => {
    assertGrounded("The sock is mostly merino (70%) with nylon for strength.", brief("Trail Sock", "70% merino wool, 30% recycled nylon"));
    assertGrounded("A blend of seventy percent merino wool and recycled nylon.", brief("Trail Sock", "70% merino wool, 30% recycled nylon"));
  });

  it("takes a number written another way for the number", () => {
    const magnesium = brief("Magnesium", "1,000 mg magnesium per serving", "30-day money-back guarantee");
    for (const copy of ["Each serving has 1000mg of magnesium.", "Each serving has 1 g of magnesium.", "Each serving has 1,000 mg of magnesium."]) assertGrounded(copy, magnesium);
    assertGrounded("Try it for thirty days, or your money back.", magnesium);
  });

  it("takes an exact conversion, correctly rounded, and flags one that is not", () => {
    const coffee = brief("Coffee", "1 kg bag");
    assertGrounded("A 1 kg (2.2 lb) bag of beans.", coffee);
    assertGrounded("Oven safe to 500°F.", brief("Dutch Oven", "oven safe to 260 °C"));
    assertGrounded("It holds 5.5 quarts (about 5.2 litres).", brief("Pot", "5.5-quart capacity"));
    assertFlags("A 1 kg (2.6 lb) bag of beans.", coffee, ["2.6 lb"]);
  });

  it("takes exact arithmetic on the brief's figures", () => {
    assertGrounded("Buy it as a two-pack.", brief("Socks", "set of 2"));
    assertGrounded("Two 500 ml bottles, a litre in all: 1 L of juice.", brief("Juice", "2 bottles of 500 ml"));
    assertGrounded("Each pole weighs 210 g.", brief("Poles", "sold as a pair", "weight 420 g per pair"));
    assertGrounded("Two capsules a day make a 45-day supply.", brief("Magnesium", "90 capsules", "take 2 capsules daily"));
  });

  it("takes a number in the product name", () => {
    assertGrounded("The Stretch Chino 32 has a 32\" inseam.", brief("Stretch Chino 32", "slim tapered leg"));
    assertGrounded("Twenty hours of play from one charge.", brief("Pulse 20 Speaker", "20 hours of battery life"));
  });

  it("never flags marketing language with nothing to check", () => {
    assertGrounded(
      "Effortless style from desk to dinner. Crafted for comfort, designed to last, and made for the way you live. You will love it.",
      brief("Everyday Tee", "cotton jersey"),
    );
  });

  it("takes what the brief's audience says, and reads each brief afresh", () => {
    assertGrounded("Made for dogs over 10 kg.", { name: "Harness", facts: ["no-pull clip"], audience: "owners of dogs over 10 kg", keywords: [] });
    assertGrounded("A 2 kg bag.", brief("Kibble", "2 kg bag"));
    assertFlags("A 2 kg bag.", brief("Kibble", "3 kg bag"), ["2 kg"]);
  });

  it("takes a material the brief names more precisely, a brand's generic word, and a place in a style's name", () => {
    assertGrounded("Soft wool, knitted close.", brief("Beanie", "merino wool"));
    assertGrounded("A solid metal frame.", brief("Chair", "powder-coated steel frame"));
    assertGrounded("Brew it in a French press or a Dutch oven of water, with a Scandinavian-inspired look.", brief("Coffee", "ground coffee"));
  });
});

describe("checkGrounding: language that states no fact", () => {
  const throw_ = brief("Aurora Throw", "soft knit", "generous size");

  it("reads a likeness, a colour, a texture and an idiom as no material", () => {
    assertGrounded("Soft as cashmere, it feels like silk, with a velvet finish in ocean blue, sage green or warm terracotta.", throw_);
    assertGrounded("It's the gold standard of cosy, in silver or gold, a real gem on any sofa.", throw_);
  });

  it("tells a likeness from examples, and the thing worked on from the product's own parts", () => {
    const bag = brief("Tote", "polyester");
    assertGrounded("Feels like silk, soft as cashmere. Cut curves in wood, metal and plastic.", bag);
    assert.deepEqual(texts(checkGrounding("Made of cotton as well as silk, in fabrics like linen.", bag)), ["cotton", "silk", "linen"]);
    assert.deepEqual(texts(checkGrounding("A cordless drill with a metal gearbox.", bag)), ["metal"]);
  });

  it("reads a food beside the product as no ingredient", () => {
    assertGrounded("Snuggle up with your morning coffee, or stir a spoonful into yogurt. Enjoy with cold milk.", brief("Granola", "oats and honey"));
    const [finding] = assertFlags("Made with oats, honey and dark chocolate.", brief("Granola", "oats and honey"), ["dark chocolate"]);
    assert.equal(finding.kind, "material");
  });

  it("reads steps, numbered lists and ways of saying always as no figure", () => {
    assertGrounded("Step 1: unfold it. Step 2: relax.\n\n1. Drape it\n2. Snuggle in\n\nCosy 365 days a year.", throw_);
  });

  it("reads a city as a scene, unless the copy says the product comes from it", () => {
    assertGrounded("From New York lofts to Paris apartments, it suits every home.", throw_);
    assertFlags("Woven in Lisbon.", throw_, ["Woven in Lisbon"]);
  });
});

describe("checkGrounding: what it flags", () => {
  it("flags a contradicted share and gives the brief's value", () => {
    const [finding] = assertFlags("Made of 80% cotton and polyester.", brief("Tee", "60% cotton, 40% polyester"), ["80%"]);
    assert.equal(finding.kind, "number");
    assert.equal(finding.briefValue, "60%");
    assert.match(finding.message, /60%/);
  });

  it("flags an inflated figure with the brief's figure for the same thing", () => {
    const [finding] = assertFlags("Up to 10 hours of battery life and a 2-year warranty.", brief("Earbuds", "8 hours battery life", "2-year warranty"), ["10 hours"]);
    assert.equal(finding.briefValue, "8 hours");
  });

  it("flags a wrong unit", () => {
    const [finding] = assertFlags("A 500 g bottle.", brief("Shampoo", "500 ml bottle"), ["500 g"]);
    assert.equal(finding.briefValue, "500 ml");
  });

  it("flags checkable statements the brief does not give, each with its kind", () => {
    const findings = checkGrounding(
      "GOTS certified and made in Italy from pure silk, it works with Alexa and comes in a pack of 6.",
      brief("Scarf", "soft and light"),
    );
    assert.deepEqual(findings.map((finding) => [finding.text, finding.kind]), [
      ["GOTS certified", "certification"],
      ["made in Italy", "origin"],
      ["silk", "material"],
      ["works with Alexa", "compatibility"],
      ["6", "count"],
    ]);
  });

  it("flags an overreach from a true fact, naming the fact", () => {
    const [waterproof] = assertFlags("A waterproof shell for wet days.", brief("Jacket", "water-resistant shell"), ["waterproof"]);
    assert.equal(waterproof.kind, "claim-overreach");
    assert.equal(waterproof.briefValue, "water-resistant");
    const [crueltyFree] = assertFlags("Vegan and cruelty-free.", brief("Serum", "vegan formula"), ["cruelty-free"]);
    assert.equal(crueltyFree.kind, "claim-overreach");
    assert.equal(crueltyFree.briefValue, "vegan");
  });

  it("catches the fabrications buyers return products for", () => {
    assert.deepEqual(texts(checkGrounding("Crafted from supple Italian leather.", brief("Tote", "vegan PU leather"))), ["Italian leather"]);
    const blend = checkGrounding("Made of 100% organic cotton.", brief("Tee", "60% cotton, 40% polyester"));
    assert.ok(blend.some((finding) => finding.text === "100%" && finding.briefValue === "60%"), JSON.stringify(blend));
    assert.ok(blend.some((finding) => finding.text.includes("organic")), JSON.stringify(blend));
    const [steel] = assertFlags("Finished with steel rivets.", brief("Jacket", "copper rivets"), ["steel"]);
    assert.equal(steel.briefValue, "copper");
    const [wrench] = assertFlags('A 1-9/16" combination wrench.', brief("Wrench", '9/16" combination wrench'), ['1-9/16"']);
    assert.equal(wrench.briefValue, '9/16"');
  });

  it("tells where a product was designed from where it was made", () => {
    assertGrounded("Designed in Denmark.", brief("Lamp", "designed in Denmark"));
    assertFlags("Made in Denmark.", brief("Lamp", "designed in Denmark"), ["Made in Denmark"]);
  });

  it("takes a bound the brief's figure meets, and flags one it does not", () => {
    assertGrounded("Access to more than 1,000 lounges.", brief("Lounge Pass", "access to 1,300 lounges"));
    assertFlags("Access to more than 1,500 lounges.", brief("Lounge Pass", "access to 1,300 lounges"), ["1,500"]);
    assertFlags("For cats over 1.5 kg.", brief("Litter Box", "for cats over 2.5 kg"), ["1.5 kg"]);
  });

  it("flags parts and extras the product does not come with, and features the brief does not give", () => {
    const reel = brief("Fishing Rod", "carbon fibre", "extends to 2.1 m");
    assertFlags("It comes with a spinning reel.", reel, ["comes with a spinning reel"]);
    assertGrounded("It comes with everything you need, and the reel is not included.", reel);
    assertFlags("Reversible, foldable and dimmable.", brief("Lamp", "foldable"), ["Reversible", "dimmable"]);
  });

  it("flags awards and rankings the brief does not name", () => {
    assertFlags("Award-winning comfort, rated #1 by reviewers.", brief("Pillow", "memory foam"), ["Award-winning", "rated #1 by reviewers"]);
  });
});

describe("checkGrounding on Markdown and HTML", () => {
  it("points into the original text and never reads markup", () => {
    const copy = '<p class="size-10">Holds <strong>12 cups</strong>.</p>\n<img alt="30 cups" src="/cup-50.png">\n\n**Brewed in** [Kenya](https://example.com/ke-100)';
    const findings = checkGrounding(copy, brief("Coffee Maker", "holds 10 cups"));
    assert.deepEqual(texts(findings), ["12 cups", "Kenya"]);
    for (const finding of findings) assert.equal(copy.slice(finding.start, finding.end), finding.text);
  });

  it("reads bullets and headings like prose", () => {
    const copy = "## Pulse 3\n\n- 8 hours of battery\n- IPX5 sweat resistance\n- Bluetooth 5.3";
    assert.deepEqual(texts(checkGrounding(copy, brief("Pulse 3", "8-hour battery", "IPX4 sweat resistance", "Bluetooth 5.3"))), ["IPX5"]);
  });
});

describe("checkGrounding: notations, lists and claim vocabularies", () => {
  it("reads an inch written as 'in' at the end of a fact's line, and its conversion", () => {
    assertGrounded('A 2" (51 mm) strap.', brief("Camera Strap", "width: 2 in", "nylon webbing"));
  });

  it("reads a 'Key: value' fact as the key and its value", () => {
    assertGrounded("It joins your 5 GHz Wi-Fi network in seconds.", brief("Smart Bulb", "Wi-Fi: 5 GHz", "dimmable"));
  });

  it("reads a possessive as the name it owns", () => {
    assertGrounded("Roasted from Colombia's Huila beans.", brief("Huila Coffee", "origin: Huila, Colombia"));
    assertFlags("Grown in Colombia's Narino hills.", brief("Huila Coffee", "origin: Huila, Colombia"), ["Narino"]);
  });

  it("reads video notation: a K resolution and the frame rate after its slash", () => {
    const camera = brief("Dash Cam", "8K/30 recording", "wide-angle lens");
    assertGrounded("Records in 8K at 30 fps through a wide-angle lens.", camera);
    assertFlags("Records in 8K at 60 fps.", camera, ["60 fps"]);
    assertFlags("Records 4K video.", brief("Dash Cam", "1080p recording"), ["4K"]);
  });

  it("reads values joined by a slash as values sharing the unit after the last", () => {
    const charger = brief("Travel Charger", "input 110/240 V");
    assertGrounded("Works on 110 V and 240 V mains.", charger);
    assertFlags("Works on 120 V mains.", charger, ["120 V"]);
  });

  it("reads a word between a number and its unit, and a week as seven days", () => {
    const pass = brief("Ski Pass", "valid for 14 consecutive days");
    assertGrounded("Two weeks on the slopes: fourteen days in a row.", pass);
    assertFlags("Ten days on the slopes.", pass, ["Ten days"]);
  });

  it("counts a fact that says only 'pair'", () => {
    assertGrounded("Sold as a pair.", brief("Ski Poles", "aluminium shafts", "pair"));
  });

  it("backs a count by the length of a list the brief gives under the counted word", () => {
    assertGrounded("Made from just four ingredients: oats, dates, almonds and salt.", brief("Oat Bar", "ingredients: oats, dates, almonds, salt"));
    assertFlags("Made from just five ingredients.", brief("Oat Bar", "ingredients: oats, dates, almonds, salt"), ["five"]);
  });

  it("counts a list before the noun it names against the brief's count", () => {
    const earrings = brief("Ear Stack", "3 studs included: heart, moon and star");
    assertGrounded("Heart, moon and star studs in one box.", earrings);
    assertFlags("Heart, moon, star and bolt studs in one box.", earrings, ["Heart, moon, star and bolt studs"]);
  });

  it("does not read a word inside a set-aside ingredient as a material", () => {
    assertGrounded("Just three ingredients: cocoa mass, cane sugar and cocoa butter.", brief("Dark Chocolate", "ingredients: cocoa mass, cane sugar, cocoa butter"));
  });

  it("flags letter sizes beyond the brief's size range", () => {
    const tee = brief("Crew Tee", "sizes S-XL");
    assertGrounded("Comes in sizes S to XL.", tee);
    assertFlags("Comes in sizes XS to 2XL.", tee, ["XS", "2XL"]);
  });

  it("does not take a total of two figures for a figure said to come on top", () => {
    const speaker = brief("Speaker", "10 hours playback", "power bank adds 20 hours");
    assertGrounded("Up to 30 hours in all with the power bank.", speaker);
    assertFlags("10 hours of playback, and another 30 hours from the power bank.", speaker, ["30 hours"]);
  });

  it("backs a multiplier only by the same comparison in the brief", () => {
    assertFlags("Charges 3x faster than before.", brief("Charger", "30 W output", "3 ports"), ["3x"]);
    assertGrounded("Charges 3x faster than a 5 W charger.", brief("Charger", "charges three times faster than 5 W chargers"));
    assertGrounded("A 2x 500 ml bottle pack.", brief("Water Bottles", "pack of 2", "500 ml each"));
  });

  it("flags listed performance claims the brief does not make", () => {
    const tee = brief("Run Tee", "recycled polyester", "flatlock seams");
    assertFlags("A moisture-wicking, quick-drying recycled polyester tee.", tee, ["moisture-wicking", "quick-drying"]);
    assertFlags("Fully seam-sealed shell.", brief("Shell", "nylon shell"), ["Fully seam-sealed"]);
    assertFlags("A shock-absorbing grip.", brief("Mallet", "rubber head"), ["shock-absorbing"]);
    assertFlags("Solid gold, not plated.", brief("Ring", "14k gold"), ["Solid gold", "not plated"]);
  });

  it("flags each thing of a shared 'no' list the brief does not rule out", () => {
    assertFlags("No added sugar or sweeteners.", brief("Jam", "no added sugar"), ["sweeteners"]);
    assertGrounded("No parabens or sulfates.", brief("Shampoo", "paraben-free", "sulfate-free"));
  });

  it("flags what a service is said to need none of", () => {
    assertFlags("Track it all with no subscription needed.", brief("Tracker", "GPS"), ["no subscription needed"]);
    assertGrounded("It works without a subscription.", brief("Tracker", "no subscription"));
  });

  it("flags views and waterfronts the brief does not give, and nutrition claims", () => {
    assertFlags("A terrace overlooking the lake.", brief("Chalet", "terrace", "sauna"), ["overlooking the lake"]);
    assertGrounded("Every room has ocean views.", brief("Beach Hotel", "sea views from every room"));
    assertFlags("A smooth, low-acid roast.", brief("Coffee", "medium roast"), ["low-acid"]);
  });

  it("flags ingredients the clause puts in the product", () => {
    assertFlags("Oats and honey join digestive enzymes in every scoop.", brief("Oat Shake", "oats and honey"), ["digestive enzymes"]);
  });

  it("flags filter standards and a body's type ratings", () => {
    assertFlags("A HEPA filter traps dust.", brief("Vacuum", "1,000 W"), ["HEPA filter"]);
    assertFlags("Rated ANSI Type IA.", brief("Ladder", "150 kg load"), ["ANSI Type IA"]);
  });

  it("flags a brand the copy says the product works with", () => {
    const drill = brief("Volt 18V Drill", "18 V", "battery sold separately");
    assertFlags("Compatible with all Volt and Makita 18V batteries.", drill, ["Compatible with all Volt and Makita"]);
    assertGrounded("Compatible with all Volt 18V batteries.", drill);
  });
});

describe("checkGrounding: parts the product would have", () => {
  const sock = brief("Merino Trail Sock", "70% merino wool, 30% recycled nylon", "cushioned sole and reinforced heel", "sizes S to XL");

  it("flags a part the brief never names, with the words that describe it, as one statement", () => {
    const [finding] = assertFlags("A cushiony inner zip pocket keeps keys close.", sock, ["cushiony inner zip pocket"]);
    assert.equal(finding.kind, "feature");
    assert.match(finding.message, /zip or pocket/);
    assertFlags("Mesh back, 4D armrests and lumbar support.", brief("Ergo Chair", "breathable mesh back", "adjustable lumbar support"), ["4D armrests"]);
  });

  it("flags the invented half of a part the brief half names", () => {
    assertFlags("Two zip chest pockets hold a phone.", brief("Hiking Shirt", "two chest pockets"), ["zip"]);
  });

  it("takes any form of a part the brief names", () => {
    assertGrounded("The zippered hand pockets keep gloves safe.", brief("Shell", "two zip hand pockets"));
    assertGrounded("Its filters last a month.", brief("Water Fountain", "triple filtration"));
    assertGrounded("A HEPA filter cleans the air.", brief("Air Purifier", "True HEPA H13"));
  });

  it("leaves the reader's things, stated absences, placements and other devices alone", () => {
    assertGrounded("Small enough to slip into your pocket.", sock);
    assertGrounded("It fits in a pocket and stores on any shelf.", sock);
    assertGrounded("No zips or straps to rub.", sock);
    assertGrounded("It works with MagSafe chargers.", brief("iPhone Case", "for iPhone 15", "MagSafe compatible"));
    assertGrounded("A pocket-sized sock with a long shelf life.", sock);
    assertGrounded("Hang shelves straight, ready for frames and shelves.", brief("Laser Level", "cross-line laser"));
  });
});

describe("checkGrounding: blind set 5's mechanisms", () => {
  it("reads a platform inside the product's own name as the product", () => {
    assertGrounded("Set the Echo Bar under your TV.", brief("Echo Bar 300", "HDMI ARC input"));
    assertFlags("It works with Alexa.", brief("Echo Bar 300", "HDMI ARC input"), ["works with Alexa"]);
  });

  it("counts a thing given part by part, or a list named by its last word", () => {
    assertGrounded("Four ports in all: three USB-C and one USB-A.", brief("Travel Hub", "Three USB-C ports, one USB-A"));
    assertFlags("Five ports in all.", brief("Travel Hub", "Three USB-C ports, one USB-A"), ["Five"]);
    assertFlags("Three doors for easy access.", brief("Dome Tent", "Two doors, two vestibules"), ["Three"]);
    assertGrounded("Four fragrant botanicals in every bottle.", brief("Bath Soak", "Infused with lavender, rosemary, chamomile and eucalyptus botanicals"));
  });

  it("keeps nights apart from days, and reads degrees as a wash temperature", () => {
    assertFlags("Six nights by train.", brief("Portugal Rail Break", "6-day rail itinerary", "5 nights' hotel stays"), ["Six nights"]);
    assertGrounded("Wash it at 40 degrees.", brief("Cotton Tee", "Machine wash at 40°C"));
    assertGrounded("Only 310 g in a EU size 42.", brief("Road Shoe", "Weight 310 g (EU 42)"));
  });

  it("takes flax for linen, live cultures for probiotics, and what the reader sinks into as a material", () => {
    assertGrounded("Woven from Belgian-grown flax.", brief("Linen Napkins", "100% linen", "Made in Belgium"));
    assertGrounded("Five billion live cultures a capsule.", brief("Kids Probiotic", "5 billion CFU probiotic per capsule"));
    assertFlags("Sink into soft wool bouclé.", brief("Armchair", "polyester bouclé upholstery"), ["wool"]);
  });

  it("names the thing after 'the included', not the words before it", () => {
    assertGrounded("Stow it in the included stuff sack.", brief("Hammock", "Stuff sack included"));
    assertFlags("Stow it in the included carry bag.", brief("Hammock", "Nylon shell"), ["the included carry bag"]);
  });

  it("flags skin-type, processing, assembly, outdoor-use and unlimited-plan claims the brief does not make", () => {
    assertFlags("Gentle and suitable for sensitive skin.", brief("Toner", "Alcohol-free"), ["suitable for sensitive skin"]);
    assertFlags("Triple-filtered, molecularly distilled oil.", brief("Krill Oil", "500 mg krill oil"), ["Triple-filtered", "molecularly distilled"]);
    assertGrounded("Triple-filtered for clean water.", brief("Water Jug", "triple filtration"));
    assertFlags("Arrives fully assembled.", brief("Desk", "Assembly required"), ["Arrives fully assembled"]);
    const [outdoor] = assertFlags("Made for indoor and outdoor use.", brief("Rug", "Suitable for indoor use"), ["indoor and outdoor use"]);
    assert.equal(outdoor.kind, "claim-overreach");
    assertFlags("Unlimited projects on the Team plan.", brief("Taskboard", "Up to 5 projects on Team"), ["Unlimited projects"]);
    assertGrounded("An unlimited number of seats.", brief("Taskboard", "Unlimited seats"));
  });

  it("flags an approving body at the start of a sentence, regions the brief does not name, and animals it is not for", () => {
    assertFlags("Approved by World Athletics.", brief("Track Spikes", "Carbon plate"), ["Approved by World Athletics"]);
    assertFlags("Cut from Cornish slate.", brief("Slate Coasters", "Natural slate"), ["from Cornish"]);
    assertFlags("Beachcombed on Cornish shores.", brief("Sea Glass Pendant", "Recycled sea glass"), ["Cornish"]);
    assertFlags("Grown in Shizuoka.", brief("Sencha", "Origin: Kagoshima, Japan"), ["Grown in Shizuoka"]);
    assertFlags("A treat for cats and kittens over 8 weeks.", brief("Tuna Treats", "For adult cats"), ["kittens over 8 weeks"]);
    assertGrounded("Keeps your cat busy.", brief("Feather Wand", "For cats"));
  });
});

describe("checkGrounding: blind set 6's mechanisms", () => {
  it("reads adverbs, attribute lines, spoken halves and doses as the brief means them", () => {
    assertGrounded("The hood cinches down in a squall.", brief("Rain Shell", "Adjustable hood"));
    assertFlags("Filled with duck down.", brief("Puffer", "Recycled polyester insulation"), ["duck down"]);
    assertGrounded("Available in US sizes 7 to 13.", brief("Wedding Band", "Sizes: 7-13 (US)"));
    assertGrounded("Three and a half hours, eight tastings.", brief("Food Tour", "Duration: 3.5 hours", "8 tastings"));
    assertGrounded("Light-roasted whole beans.", brief("Yirgacheffe", "Roast: light", "Whole bean"));
    assertGrounded("A soap-free foam.", brief("Gentle Foaming Cleanser", "Soap-free"));
    assertFlags("90 capsules, a 90-day supply.", brief("Magnesium", "Serving size: 2 capsules", "90 capsules"), ["90-day"]);
    assertGrounded("120 softgels, a four-month supply.", brief("Vitamin D3", "120 softgels", "Take one daily"));
    assertFlags("Black tea with cinnamon and black pepper.", brief("Chai", "Black tea, cinnamon"), ["black pepper"]);
  });

  it("flags grades, hallmarks, buoyancy, heated pools, antioxidants and a plan's option stretched to every plan", () => {
    assertFlags("With VS1 clarity and F colour.", brief("Diamond Ring", "0.5 ct lab-grown diamond"), ["VS1 clarity", "F colour"]);
    assertGrounded("VS1 clarity.", brief("Diamond Ring", "Clarity: VS1"));
    assertFlags("Solid silver and hallmarked.", brief("Signet Ring", "Solid sterling silver"), ["hallmarked"]);
    assertFlags("It floats if dropped.", brief("Paddle", "Aluminium shaft"), ["floats if dropped"]);
    assertFlags("A heated plunge pool.", brief("Riad Room", "Courtyard with plunge pool"), ["heated plunge pool"]);
    assertFlags("Packed with antioxidants.", brief("Honey", "Raw, unfiltered"), ["Packed with antioxidants"]);
    assertFlags("No artificial preservatives.", brief("Soda", "Real yuzu juice"), ["artificial preservatives"]);
    const [plan] = assertFlags("HIPAA compliant on every plan.", brief("Forms", "HIPAA-compliant plan available"), ["on every plan"]);
    assert.equal(plan.kind, "claim-overreach");
  });
});

describe("checkGrounding: blind set 7's mechanisms", () => {
  it("reads decimal commas, feet and inches, fractions in words, line keys, a pair's total and sizes as the brief means them", () => {
    assertGrounded("A 750 ml bottle.", brief("Olive Oil", "Volume: 0,75 l"));
    assertGrounded("It measures 160 × 230 cm (about 5'3\" × 7'7\").", brief("Rug", "Size: 160 x 230 cm"));
    assertGrounded("Two-fifths argan oil (40%).", brief("Hair Oil", "Argan oil 40%"));
    assertGrounded("Three ports (two USB-C, one USB-A).", brief("Charger", "Ports: 2 x USB-C, 1 x USB-A"));
    assertGrounded("Just 230 g per pole, 460 g the pair.", brief("Trekking Poles", "Weight: 230 g per pole"));
    assertGrounded("Three layers of foam.", brief("Memory Foam Mattress", "Layers: 3"));
    assertFlags("Comfortable to -12°C.", brief("Sleeping Bag", "Comfort: -5°C", "Limit: -12°C"), ["-12°C"]);
    assertFlags("8 mm wide, sizes 8 to 13.", brief("Ring", "Width: 6 mm", "Sizes 8–13"), ["8 mm"]);
    assertFlags("For tanks up to 300 L.", brief("Filter", "For tanks 100–200 L"), ["300 L"]);
    assertFlags("In a 1 kg pouch.", brief("Jerky 500g", "500 g"), ["1 kg"]);
    assertFlags("Track 10 million events a month.", brief("Analytics", "Event limit: 1M events/month"), ["10 million"]);
  });

  it("flags a dose per unit given per serving, a solid material on a veneer, a private amenity that is shared, and named recognition", () => {
    assertFlags("400 mg of magnesium in every capsule.", brief("Magnesium", "400 mg per serving (2 capsules)"), ["400 mg of magnesium in every capsule"]);
    assertGrounded("14 mg of iron per capsule.", brief("Iron", "Each capsule provides 14 mg of iron"));
    assertFlags("Crafted from solid walnut.", brief("Walnut Side Table", "Material: walnut veneer on MDF"), ["solid walnut"]);
    assertGrounded("A solid oak top.", brief("Oak Table", "Solid oak top"));
    assertFlags("A room with a private onsen.", brief("Ryokan", "Shared onsen"), ["private onsen"]);
    assertFlags("With a full kitchen.", brief("Apartment", "Kitchenette"), ["full kitchen"]);
    assertFlags("Recognised by Condé Nast Traveller.", brief("Glamping Tent", "King bed"), ["Recognised by Condé Nast Traveller"]);
    assertFlags("Extensions for Chrome, Firefox and Safari.", brief("Vault", "Browser extensions: Chrome, Firefox"), ["Safari"]);
    assertFlags("Oak-smoked and PDO-protected.", brief("Paprika", "Oak-smoked"), ["PDO"]);
    assertGrounded("Up to 32 hours with the charging case.", brief("Earbuds", "Battery: 32 h with case"));
  });
});

describe("checkGrounding: blind set 8's mechanisms", () => {
  it("reads feet and inches in words, a range's ends, a shared unit after 'and', rates per second and keys ending in a generic word", () => {
    assertGrounded("A board 9 ft 2 in long.", brief("Surfboard", "Length: 9'2\""));
    assertFlags("Extends from 90 to 120 cm.", brief("Tripod", "Legs: 100% aluminium", "Height 95–120 cm"), ["90"]);
    assertGrounded("Blades of 200 and 250 mm (about 8 and 10 in).", brief("Saw Set", "Blades: 200 mm, 250 mm"));
    assertGrounded("The display redraws 120 times a second.", brief("Gaming Monitor", "Refresh rate: 120 Hz"));
    assertFlags("Comfortable down to -10°C.", brief("Down Bag", "Comfort rating: -2°C", "Limit rating: -10°C"), ["-10°C"]);
    assertFlags("Delivers 3000 bar of pressure.", brief("Jet Washer 3000", "Pressure: 3000 PSI"), ["3000 bar"]);
    assertGrounded("A 3000 PSI jet.", brief("Jet Washer 3000", "Pressure: 3000 PSI"));
  });

  it("reads materials a combining verb puts in the product, wood by its class, karat platings, actives, pet-food additives and glues", () => {
    assertFlags("The serum pairs vitamin C with bakuchiol.", brief("Glow Serum", "Vitamin C 10%"), ["bakuchiol"]);
    assertGrounded("Pair it with a wool coat.", brief("Silk Scarf", "100% silk"));
    assertFlags("On a solid hardwood base.", brief("Armchair", "Frame: spruce"), ["solid hardwood"]);
    assertGrounded("A hardwood frame.", brief("Bench", "Frame: solid ash"));
    assertGrounded("14-karat gold vermeil studs.", brief("Studs", "14k gold vermeil over silver"));
    assertFlags("Enriched with L-carnitine.", brief("Senior Dog Food", "Chicken is the first ingredient"), ["L-carnitine"]);
    assertFlags("Layers bonded with starch-based glue.", brief("Kraft Box", "Corrugated cardboard"), ["starch-based glue"]);
    assertGrounded("Covered in performance fabric.", brief("Ottoman", "Upholstery: performance velvet"));
    assertFlags("A carbon 3-piece paddle.", brief("Kayak Kit", "Aluminium 3-piece paddle"), ["carbon"]);
  });

  it("flags total effects, failure-free promises, health outcomes and benefits, diet suitability, hand work, ethical sourcing and fast connections", () => {
    assertFlags("It filters out every airborne allergen.", brief("Air Purifier", "HEPA filter"), ["filters out every airborne allergen"]);
    assertFlags("Promises no downtime.", brief("Hosting", "Daily snapshots"), ["Promises no downtime"]);
    assertFlags("It repairs damaged tendons.", brief("Collagen", "10 g collagen per serving"), ["repairs damaged tendons"]);
    assertFlags("Supports healthy joint function.", brief("Dog Chews", "Green-lipped mussel"), ["Supports healthy joint function"]);
    assertGrounded("Supports joint health.", brief("Dog Chews", "Joint support formula"));
    assertFlags("Suitable for vegans.", brief("Gummies", "Gelatin-based"), ["Suitable for vegans"]);
    assertFlags("Each bead is hand-polished.", brief("Bracelet", "Jade beads"), ["hand-polished"]);
    assertGrounded("The edges are polished by hand.", brief("Bowl", "Hand-polished edges"));
    assertFlags("The sapphires are responsibly mined.", brief("Ring", "Blue sapphire"), ["responsibly mined"]);
    assertFlags("High-speed Wi-Fi throughout.", brief("Cabin", "Wi-Fi"), ["High-speed Wi-Fi"]);
  });

  it("flags chat apps, SDK languages and endorsements the brief does not give, without taking a number word into a name", () => {
    assertFlags("Alerts land in Slack or Mattermost.", brief("Pager", "Slack alerts"), ["Mattermost"]);
    assertFlags("Client libraries: Ruby and Java SDKs.", brief("Maps API", "Ruby SDK"), ["Java"]);
    assertGrounded("With Python and Node SDKs.", brief("Search API", "SDKs for Python and Node.js"));
    assertFlags("Recommended by the British Sleep Society.", brief("Mattress", "Memory foam"), ["Recommended by the British Sleep Society"]);
    assertFlags("It is chiropractor-approved.", brief("Office Chair", "Lumbar support"), ["chiropractor-approved"]);
    assertGrounded("Six FIFA-approved balls.", brief("Football Pack", "FIFA approved", "6 balls"));
  });
});

describe("checkGrounding: blind set 9's mechanisms", () => {
  it("reads dozens, multiplicity adjectives, counts behind a qualifier and scene times as the brief means them", () => {
    assertGrounded("A guesthouse of three dozen rooms.", brief("Harbour Inn", "36 rooms"));
    assertFlags("A guesthouse of three dozen rooms.", brief("Harbour Inn", "30 rooms"), ["three dozen"]);
    assertGrounded("It records through two cardioid capsules.", brief("Desk Mic", "Dual cardioid capsules"));
    assertGrounded("Air passes a four-stage filter.", brief("Purifier", "Quad filtration"));
    assertGrounded("Two aluminium pegs.", brief("Tent Pegs", "Pair of pegs", "Aluminium 6061"));
    assertGrounded("Valid for 10 riding days in a month.", brief("Ski Pass", "10 days within 1 month", "Adult 1st zone"));
    assertGrounded("Light enough for a 5 am start on the ridge.", brief("Daypack", "Weight 600 g"));
    assertFlags("Reception is staffed until 11 pm.", brief("Hostel", "Breakfast included"), ["11 pm"]);
  });

  it("reads water resistance in bar, ATM and metres as one rating, and a zero price as the brief's free plan", () => {
    assertGrounded("Water-resistant to 200 m (20 bar).", brief("Dive Watch", "Water resistance 200 m"));
    assertGrounded("Rated to 5 ATM, about 50 metres.", brief("Field Watch", "Water resistant to 50 m"));
    assertFlags("Water-resistant to 20 bar.", brief("Dive Watch", "Water resistance 100 m"), ["20 bar"]);
    assertGrounded("Solo: $0 for one board.", brief("Boards", "Free for a single board", "Team: $6 per user"));
    assertFlags("Solo: $0 for one board.", brief("Boards", "Team: $6 per user", "Sugar-free mints"), ["$0"]);
  });

  it("keeps a figure's label when a generic word sits before it, and a list line's figure off the next line", () => {
    assertFlags("- Comfortable to -10 °C\n- 900 g", brief("Winter Bag", "Comfort rating -2 °C, extreme -10 °C", "Weight 900 g"), ["-10 °C"]);
    assertGrounded("- Comfortable to -2 °C\n- 900 g", brief("Winter Bag", "Comfort rating -2 °C, extreme -10 °C", "Weight 900 g"));
  });

  it("flags a material the brief gives another part, horn where it makes a part, and no figure of speech", () => {
    assertFlags("A birch handle and a birch head.", brief("Mallet", "Ash handle", "Birch head"), ["birch"]);
    assertGrounded("A birch handle and a birch head.", brief("Mallet", "Birch handle", "Birch head"));
    assertFlags("Horn toggles fasten the front.", brief("Duffle Coat", "Wool", "Wooden toggles"), ["Horn"]);
    assertGrounded("Beep the horn twice to lock it.", brief("Scooter", "Electric horn"));
    assertGrounded("A bright, blank canvas for your photos.", brief("Photo Frame Display", "10-inch screen"));
  });

  it("flags named award winners, zero-sugar on low sugar, board bases stretched, and a standards body named alone", () => {
    assertFlags("A Good Housekeeping Best Buy winner.", brief("Kettle", "1.7 L"), ["Good Housekeeping Best Buy winner"]);
    assertFlags("With zero sugar per can.", brief("Sparkling Tea", "Low sugar: 2 g per can"), ["zero sugar"]);
    assertGrounded("With zero sugar per can.", brief("Sparkling Tea", "Sugar-free"));
    assertFlags("Stays are all-inclusive.", brief("Resort", "Half board"), ["all-inclusive"]);
    assertGrounded("Full board throughout.", brief("Resort", "All-inclusive"));
    assertFlags("Certified to EN 14183 and ASTM.", brief("Step Stool", "EN 14183"), ["ASTM"]);
  });

  it("flags absolute fit and stability promises, sure pet behaviour, and a room's temperature the brief does not claim", () => {
    assertFlags("The rack fits every SUV roof.", brief("Roof Rack", "Steel crossbars"), ["fits every SUV roof"]);
    assertGrounded("The strap fits any wrist.", brief("Watch Strap", "Adjustable silicone strap"));
    assertFlags("Its broad feet never topple.", brief("Coat Stand", "Broad weighted feet"), ["never topple"]);
    assertFlags("Ends barking in a week, guaranteed.", brief("Bark Collar", "Vibration mode", "No-bark training aid"), ["Ends barking in a week, guaranteed"]);
    assertFlags("The liner keeps bedrooms cooler in summer.", brief("Curtain Liner", "Polyester", "Fits 2 m rails"), ["keeps bedrooms cooler in summer"]);
    assertGrounded("The liner keeps bedrooms cooler in summer.", brief("Curtain Liner", "Thermal lining"));
  });

  it("takes a process named with a qualifier between as backing", () => {
    assertGrounded("A rose-plated brass clasp.", brief("Bracelet", "Brass clasp with rose PVD plating"));
  });
});

describe("checkGrounding: copy in French, German and Spanish, and scenes that are not claims", () => {
  it("reads a made-in phrase in French, German or Spanish as an origin, in either language of the brief", () => {
    assertFlags("Ce sac est fabriqué en Italie.", brief("Sac Cabas", "Cuir pleine fleur"), ["Italie"]);
    assertGrounded("Ce sac est fabriqué en Italie.", brief("Sac Cabas", "Made in Italy"));
    assertFlags("Die Tasse wird in Portugal gebrannt und ist in Österreich hergestellt.", brief("Tasse", "Steingut", "Made in Portugal"), ["in Österreich"]);
    assertGrounded("Hecho en México con plata de ley.", brief("Anillo", "Hecho en México", "Plata de ley"));
  });

  it("reads a free-from claim in French, German or Spanish, backed by the English one or its own words", () => {
    assertFlags("Une crème sans parabènes.", brief("Crème", "50 ml"), ["sans parabènes"]);
    assertGrounded("Une crème sans parabènes.", brief("Crème", "Paraben-free", "50 ml"));
    assertFlags("Das Müsli ist zuckerfrei.", brief("Müsli", "500 g"), ["zuckerfrei"]);
    assertGrounded("Galletas sin azúcar.", brief("Galletas", "No sugar", "200 g"));
  });

  it("reads common materials by their French, Spanish and German names, backed by the English name", () => {
    assertFlags("Une bague en argent.", brief("Bague", "Or 18 carats"), ["argent"]);
    assertGrounded("Une bague en argent.", brief("Bague", "Sterling silver band"));
    assertFlags("Der Rahmen ist aus Edelstahl.", brief("Rahmen", "Aluminium frame"), ["Edelstahl"]);
    assertGrounded("Una funda de algodón.", brief("Funda", "100% cotton"));
  });

  it("takes a messaging app listed among a tool's channels as a platform claim, not one a person shares to", () => {
    assertFlags("Answer email, SMS and Telegram from one queue.", brief("Desk", "Email and SMS support queue"), ["Telegram"]);
    assertGrounded("Answer email, SMS and Telegram from one queue.", brief("Desk", "Email, SMS and Telegram channels"));
    assertGrounded("Snap a photo of your bake and send it to friends on WhatsApp.", brief("Cake Tin", "23 cm"));
  });

  it("takes a pair's weight and a year of a monthly price as exact arithmetic on the brief's figures", () => {
    assertGrounded("Each ski pole is 210 g, so the pair weighs 420 g.", brief("Poles", "210 g per pole", "Sold as a pair"));
    assertGrounded("Billed yearly at $240 ($20 per month).", brief("Planner App", "$20 per month on the annual plan"));
    assertFlags("Billed yearly at $250.", brief("Planner App", "$20 per month on the annual plan"), ["$250"]);
  });

  it("reads seals and certificates named in French, Spanish or German, listings, and a certificate by a profession", () => {
    assertFlags("Le savon est certifié par Ecocert.", brief("Savon", "Huile d'olive"), ["Ecocert"]);
    assertFlags("Un software con Certificado AENOR.", brief("Nómina", "Nube"), ["Certificado AENOR"]);
    assertFlags("Mit TÜV-Siegel für sichere Ladung.", brief("Ladegerät", "65 W"), ["TÜV-Siegel"]);
    assertGrounded("Mit TÜV-Siegel für sichere Ladung.", brief("Ladegerät", "65 W", "TÜV certified"));
    assertFlags("A Ramsar-listed wetland walk.", brief("Birding Tour", "Half day"), ["Ramsar-listed"]);
    assertFlags("The cushion is medically certified.", brief("Seat Cushion", "Memory foam"), ["medically certified"]);
  });

  it("takes a brief that denies a claim as no backing for it", () => {
    assertFlags("A light, dishwasher-safe tray.", brief("Serving Tray", "Birch ply", "Not dishwasher safe"), ["dishwasher-safe"]);
    assertGrounded("A light, dishwasher-safe tray.", brief("Serving Tray", "Birch ply", "Dishwasher safe"));
  });

  it("reads an ingredient after a French, Spanish or German verb of composition", () => {
    assertFlags("Ce baume contient huile d'argan et lavande.", brief("Baume", "Lavande", "30 ml"), ["huile d'argan"]);
  });

  it("flags flame-retardance and results promised after one use unless the brief says so", () => {
    assertFlags("The curtain is flame retardant.", brief("Curtain", "Polyester"), ["flame retardant"]);
    assertGrounded("The curtain is flame retardant.", brief("Curtain", "Fire-retardant polyester"));
    assertFlags("Smoother hair after a single application.", brief("Hair Mask", "Argan oil"), ["after a single application"]);
  });

  it("takes a product only one animal uses as naming that animal", () => {
    assertGrounded("One tray lasts a fortnight for a single cat.", brief("Pine Litter", "Pine pellets", "5 kg"));
    assertFlags("One tray lasts a fortnight for a single cat.", brief("Pet Bowl", "Ceramic", "500 ml"), ["cat"]);
  });

  it("flags an outcome promised as guaranteed, not a guaranteed service term", () => {
    assertFlags("Guaranteed whale sightings every trip.", brief("Whale Tour", "3 hours"), ["Guaranteed whale sightings"]);
    assertGrounded("Guaranteed delivery by Friday.", brief("Gift Box", "Next-day delivery"));
  });

  it("takes the rest of a total over a part only where the copy adds it", () => {
    const lamp = brief("Camp Lamp", "12 h on one charge, 30 h in total with the power pack");
    assertGrounded("Twelve hours a charge, and the power pack adds another 18 h.", lamp);
    assertFlags("Runs for 18 h on one charge.", lamp, ["18 h"]);
  });

  it("leaves the small hours of a scene and a market named with the product alone, and keeps the brief's markets", () => {
    assertGrounded("Nobody fumbles for a torch at 2 am.", brief("Lantern", "USB-C charging"));
    assertGrounded("It ships with a US plug.", brief("Kettle", "1.7 L"));
    assertGrounded("Approved for the UK.", brief("Car Seat", "ISOFIX base"));
    assertGrounded("Payroll across the UK and Ireland.", brief("HR Suite", "Payroll for UK and Ireland"));
  });
});

describe("checkGrounding: versions, model numbers, ranges and totals", () => {
  it("reads a version or a model's number as naming, never measuring", () => {
    assertFlags("Runs for up to 15 days between charges.", brief("Pulse Band", "Works with iOS 15 and later", "Battery: 5 days"), ["15 days"]);
    assertGrounded("Works with iOS 15 or later.", brief("Pulse Band", "Works with iOS 15 and later"));
    assertFlags("The Aura 3 glows at 1,200 lm.", brief("Aura 3 Lamp", "Brightness: 400 lm"), ["1,200 lm"]);
    assertGrounded("That's 120 hours of burn time across the pack.", brief("Candle 3-Pack", "Burn time: 40 hours each"));
  });

  it("does no arithmetic with the ends of a range, and totals labelled figures only where the copy says total", () => {
    assertFlags("Cools rooms up to 40 m².", brief("Air Cooler", "For rooms 10–20 m²", "2 fan speeds"), ["40 m²"]);
    assertGrounded("Cools rooms of 10 to 20 m².", brief("Air Cooler", "For rooms 10–20 m²", "2 fan speeds"));
    assertGrounded("Two 15 W speakers deliver 30 W of combined output.", brief("Party Speaker", "Speakers: 2 × 15 W"));
    assertFlags("Two 15 W speakers deliver 40 W of combined output.", brief("Party Speaker", "Speakers: 2 × 15 W"), ["40 W"]);
  });

  it("holds a figure given per serving to the brief's figure per serving", () => {
    const shake = brief("Oat Shake", "Protein 20 g per serving", "Serving: 2 scoops");
    assertFlags("Every serving packs 40 g of protein.", shake, ["40 g"]);
    assertGrounded("You get 20 g of protein per serving.", shake);
  });

  it("reads a rating's scale as no count", () => {
    assertFlags("It seats five comfortably.", brief("Sofa", "Rated 4.7/5 by 2,000 customers", "Seats up to 4"), ["five"]);
    assertGrounded("Rated 4.7 out of 5 by shoppers.", brief("Sofa", "Rated 4.7/5 by 2,000 customers"));
  });
});

describe("checkGrounding: number forms", () => {
  it("reads a whole number with a vulgar fraction to the fraction's own step", () => {
    assertFlags("Fits a 10½-inch blade.", brief("Mitre Saw", "Blade: 254 mm"), ["10½-inch"]);
    assertGrounded("Fits a 10-inch blade.", brief("Mitre Saw", "Blade: 254 mm"));
  });

  it("reads a full stop that groups thousands, and revolutions per minute in German and French", () => {
    assertGrounded("Bis zu 3.000 U/min.", brief("Bohrer", "Speed: 3,000 rpm"));
    assertFlags("Bis zu 4.000 U/min.", brief("Bohrer", "Speed: 3,000 rpm"), ["4.000 U/min"]);
  });

  it("reads a day of a month as one date in either order", () => {
    assertGrounded("Opening on March 3, 2026.", brief("Pop-up Dinner", "Opens 3 March 2026"));
    assertFlags("Opening on March 5, 2026.", brief("Pop-up Dinner", "Opens 3 March 2026"), ["March 5"]);
  });

  it("holds a season of months inside the brief's", () => {
    assertFlags("Open from May to October.", brief("Lido", "Season: May–September"), ["October"]);
    assertGrounded("Open June to August, and between May and September on weekends.", brief("Lido", "Season: May–September"));
  });

  it("reads UK ring letters as a scale of their own", () => {
    assertFlags("Ring sizes K to R.", brief("Band Ring", "Sizes: L–R"), ["K"]);
    assertGrounded("Ring sizes L to R, and shirts S to L.", brief("Band Ring", "Sizes: L–R", "Shirt sizes: S–XL"));
  });
});

describe("checkGrounding: counts", () => {
  it("reads 'seven days a week' as a figure only against another figure for the week", () => {
    assertFlags("We're open seven days a week.", brief("Bakery", "Open 5 days a week"), ["seven days a week"]);
    assertGrounded("We're open seven days a week.", brief("Bakery", "Open daily"));
  });

  it("counts things a figure of speech counts only where the brief counts them", () => {
    assertFlags("Four tiers of storage.", brief("Cake Stand", "Tiers: 3"), ["Four"]);
    assertGrounded("Two steps to assemble.", brief("Shelf Unit", "Pine"));
  });

  it("takes twice a count of pairs as the single things, never as more pairs", () => {
    assertGrounded("Ten gloves in all.", brief("Work Gloves", "Pack of 5 pairs"));
    assertFlags("Ten pairs in the pack.", brief("Work Gloves", "Pack of 5 pairs"), ["Ten"]);
  });

  it("reads neither 'a pair for' someone nor 'two or three' as a figure", () => {
    assertGrounded("There's a pair for every runner.", brief("Race Sock", "Sizes 1-5"));
    assertGrounded("Apply two or three pumps.", brief("Face Oil", "50 ml"));
    assertGrounded("Apply three or four drops at night.", brief("Face Oil", "30 ml"));
    assertFlags("Two or three bedrooms to choose from.", brief("Cottage", "2 bedrooms"), ["three"]);
  });

  it("counts a list of figures under a heading, and holds a count of one kind to the brief's count of that kind", () => {
    assertGrounded("Three heat settings to choose from.", brief("Air Fryer", "Heat settings: 120°C, 160°C, 200°C"));
    assertFlags("Two HDMI ports.", brief("Dock", "Ports: 3× USB-A, 1× HDMI"), ["Two"]);
    assertGrounded("Three USB-A ports, one HDMI port: four ports in all.", brief("Dock", "Ports: 3× USB-A, 1× HDMI"));
  });

  it("checks the karat of a 'solid' gold claim as a figure", () => {
    assertFlags("Solid 18k gold throughout.", brief("Band", "Solid 14k gold"), ["18k gold"]);
    assertGrounded("Solid 14k gold throughout.", brief("Band", "Solid 14k gold"));
  });
});

describe("checkGrounding: what a material's name stands for", () => {
  it("keeps a workpiece word to the phrase it governs", () => {
    assertFlags("Relaxed through the shoulders, finished with horn buttons.", brief("Overshirt", "Fabric: cotton"), ["horn"]);
    assertGrounded("Cuts through oak and pine with ease.", brief("Jigsaw", "Blade: steel"));
  });

  it("sets aside a garment, a span, a texture, a drink to mix with and a surface", () => {
    assertGrounded("Wear it over a fleece on cold mornings.", brief("Shell Jacket", "Shell: nylon"));
    assertGrounded("Good from breakfast to dessert, from espresso to cocktails.", brief("Syrup", "Flavour: vanilla"));
    assertGrounded("It whips up into a creamy foam.", brief("Olive Soap", "Soap: olive oil"));
    assertGrounded("Mixes easily in oat milk or water.", brief("Pea Protein", "Pea protein"));
    assertGrounded("It stays put on oak floors.", brief("Door Stop", "Non-slip feet"));
    assertFlags("Wear it over a fleece lining.", brief("Shell Jacket", "Shell: nylon"), ["fleece lining"]);
  });

  it("reads ingredients at work on skin as in the product, and platings as materials", () => {
    assertFlags("Almond, jojoba and rosehip oils soften dry cuticles.", brief("Cuticle Oil", "Oils: almond, jojoba"), ["rosehip oils"]);
    assertFlags("Finished in palladium-plated sterling silver.", brief("Pendant", "Sterling silver"), ["palladium-plated"]);
  });
});

describe("checkGrounding: claims and their kinds", () => {
  it("backs swim-proof with a swimming rating and stretches it from a splash rating", () => {
    assertGrounded("Swim-proof for laps.", brief("Watch", "Water resistance: 10 ATM"));
    assertFlags("Swim-proof and ready for laps.", brief("Watch", "Water resistance: 3 ATM"), ["Swim-proof"]);
  });

  it("backs a hand finish, independent testing, a total block and a shock-absorbing bumper with the facts that amount to them", () => {
    assertGrounded("Finished by hand.", brief("Wallet", "Hand-stitched seams"));
    assertFlags("Finished by hand.", brief("Wallet", "Machine-stitched seams"), ["Finished by hand"]);
    assertGrounded("Independently tested for purity.", brief("Whey", "Informed Choice certified"));
    assertFlags("Independently tested for purity.", brief("Whey", "Made in the UK"), ["Independently tested"]);
    assertGrounded("Blocks 100% of UVA and UVB.", brief("Sunglasses", "UV400 lenses"));
    assertGrounded("A shock-absorbing frame.", brief("Tablet Case", "Rubber bumper"));
  });

  it("reads 'fits any bag' as a figure of speech but not 'fits any car seat'", () => {
    assertGrounded("Fits any bag.", brief("Travel Spray", "50 ml"));
    assertFlags("Fits any car seat.", brief("Travel Spray", "50 ml"), ["Fits any car seat"]);
  });

  it("flags one kind of a thing on a brief that gives another", () => {
    assertFlags("Polarized lenses cut glare.", brief("Sunglasses", "Lens: mirrored"), ["Polarized lenses"]);
    assertFlags("Hand-tufted from pure wool.", brief("Rug", "Hand-knotted", "Wool"), ["Hand-tufted"]);
    assertFlags("Optical image stabilisation keeps it steady.", brief("Camera", "Image stabilisation: electronic"), ["Optical image stabilisation"]);
    assertFlags("Fly in business class comfort.", brief("Flight", "Economy seats"), ["business class"]);
    assertGrounded("A first-class cup of coffee.", brief("Coffee", "Arabica beans"));
  });

  it("takes an attribute line valued 'none' as denying the claim", () => {
    assertFlags("A waterproof shell.", brief("Jacket", "Waterproof: none"), ["waterproof"]);
    assertGrounded("A waterproof shell.", brief("Jacket", "Waterproof: yes"));
  });

  it("flags a feature stretched to every platform where the brief gives one", () => {
    assertFlags("Offline mode works on all devices.", brief("Notes App", "Offline mode (iOS only)"), ["on all devices"]);
    assertGrounded("Offline mode works on all devices.", brief("Notes App", "Offline mode on all devices"));
  });

  it("flags a private amenity the brief never names, and backs one it names", () => {
    assertFlags("Relax in the private sauna.", brief("Cabin", "2 bedrooms"), ["private sauna"]);
    assertGrounded("Relax in the private sauna.", brief("Cabin", "Sauna"));
  });

  it("takes a thing included in the singular or the plural, and flags one the brief sells as an extra", () => {
    assertGrounded("Breakfast is included.", brief("Inn", "Breakfasts included"));
    assertFlags("Airport transfer included.", brief("Resort", "Airport transfer available at extra cost"), ["Airport transfer included"]);
    assertGrounded("Every meal is included.", brief("Cruise", "All meals included; drinks extra"));
  });

  it("names no certifier in a pronoun, and reads ETL only as a listing", () => {
    assertGrounded("They're certified to EN 71.", brief("Blocks", "Certified to EN 71"));
    assertFlags("ETL listed for safety. Build ETL jobs fast.", brief("Heater", "UL listed"), ["ETL listed"]);
  });

  it("leaves a part the product reaches or suits alone", () => {
    assertGrounded("Reach the top cupboard with ease.", brief("Step Stool", "Aluminium"));
    assertFlags("It has a top shelf for tools.", brief("Step Stool", "Aluminium"), ["top shelf"]);
  });
});

describe("checkGrounding: places and compatibility", () => {
  it("reads countries in German, French and Spanish, and where data is hosted in French", () => {
    assertFlags("Bohnen aus Äthiopien.", brief("Kaffee", "Beans from Colombia"), ["Äthiopien"]);
    assertGrounded("Bohnen aus Kolumbien.", brief("Kaffee", "Beans from Colombia"));
    assertFlags("Vos données sont hébergées à Francfort.", brief("Cloud Drive", "Data hosted in Dublin"), ["Francfort"]);
  });

  it("checks where a stay is only where the brief says where it is", () => {
    assertFlags("Nestled in Saas-Fee, the chalet sleeps eight.", brief("Chalet", "Located in Zermatt, Switzerland", "Sleeps 8"), ["in Saas-Fee"]);
    assertGrounded("Nestled in Saas-Fee, the chalet sleeps eight.", brief("Chalet", "Sleeps 8"));
  });

  it("flags a model's variant and a kind of water the brief does not name", () => {
    assertFlags("Made for the Pixel 8 and Pixel 8 Pro.", brief("Case", "Fits Pixel 8"), ["8 Pro"]);
    assertGrounded("Made for the Pixel 8.", brief("Case", "Fits Pixel 8"));
    assertFlags("Great for reef tanks.", brief("Filter", "For freshwater aquariums"), ["reef"]);
    assertGrounded("Works in saltwater set-ups.", brief("Filter", "For freshwater and marine aquariums"));
  });
});

describe("checkGrounding: numbers written the European way, derived and shared", () => {
  it("reads thousands grouped by spaces and litres in Spanish", () => {
    assertGrounded("Bis zu 2 400 Mbit/s.", brief("Router", "Speeds up to 2,400 Mbps"));
    assertFlags("Bis zu 2 600 Mbit/s.", brief("Router", "Speeds up to 2,400 Mbps"), ["2 600"]);
    assertGrounded("Cada caja trae 12 botellas de 500 ml, es decir, 6 litros.", brief("Agua", "12 × 500 ml bottles"));
    assertFlags("Cada caja trae 12 botellas de 500 ml, es decir, 8 litros.", brief("Agua", "12 × 500 ml bottles"), ["8 litros"]);
  });

  it("reads US gallons, and a US unit as no origin", () => {
    assertGrounded("For ponds up to 264 US gallons.", brief("Pump", "For ponds up to 1,000 L"));
    assertFlags("For ponds up to 300 US gallons.", brief("Pump", "For ponds up to 1,000 L"), ["300 US gallons"]);
    assertGrounded("It moves 1,200 l/h (317 gal/h).", brief("Pump", "Flow 1,200 L/h"));
  });

  it("keeps the first two digits of a rounded conversion, and the half-step guard in small units", () => {
    assertGrounded("Holds 150 kg (330 lb).", brief("Shelf", "Load 150 kg"));
    assertFlags("Holds 150 kg (400 lb).", brief("Shelf", "Load 150 kg"), ["400 lb"]);
    assertFlags("Each sachet has 1 g of salt.", brief("Sachet", "500 mg salt per sachet"), ["1 g"]);
    assertGrounded("Each sachet has 0.5 g of salt.", brief("Sachet", "500 mg salt per sachet"));
  });

  it("works out an area from a size, half a pair's figure, and a labelled figure times a count", () => {
    assertGrounded("At 200 × 300 cm it covers about 6 m².", brief("Rug", "Size 200 × 300 cm"));
    assertFlags("At 200 × 300 cm it covers about 8 m².", brief("Rug", "Size 200 × 300 cm"), ["8 m²"]);
    assertGrounded("Each glove weighs 90 g.", brief("Gloves", "Weight 180 g per pair"));
    assertFlags("Each glove weighs 120 g.", brief("Gloves", "Weight 180 g per pair"), ["120 g"]);
    assertGrounded("Four drawers hold 10 kg each, 40 kg in all.", brief("Chest", "Four drawers", "Each drawer holds 10 kg"));
  });

  it("reads a duration in hours and minutes as one, and a share of things named before", () => {
    assertFlags("Lands in under two hours.", brief("Flight", "Flight time 2 h 20 min"), ["two hours"]);
    assertGrounded("Lands in under three hours.", brief("Flight", "Flight time 2 h 20 min"));
    assertFlags("Six drawers, four of them lockable.", brief("Cabinet", "Six drawers, two lockable"), ["four"]);
    assertGrounded("Six drawers, two of them lockable.", brief("Cabinet", "Six drawers, two lockable"));
  });

  it("counts a list of figures, lets a list share its unit, and reads a ratio of the brief's shares", () => {
    assertGrounded("Pick from four widths: 10, 12, 14 or 16 in.", brief("Belt", "Widths 25, 30, 35 and 40 cm"));
    assertFlags("Pick from five widths: 10, 12, 14 or 16 in.", brief("Belt", "Widths 25, 30, 35 and 40 cm"), ["five"]);
    assertGrounded("Woven 80/20 from cotton and linen.", brief("Towel", "80% cotton, 20% linen"));
    assertFlags("Woven 70/30 from cotton and linen.", brief("Towel", "80% cotton, 20% linen"), ["70/30"]);
  });

  it("keeps counts of other things out of a total, and a standard's number out of arithmetic", () => {
    assertFlags("Three bowls and seven toys come in the box.", brief("Kit", "Three bowls and four toys included"), ["seven"]);
    assertGrounded("Three bowls and four toys come in the box.", brief("Kit", "Three bowls and four toys included"));
    assertFlags("Up to 20 users.", brief("Plan", "Up to 10 users", "HIPAA and SOC 2 compliant"), ["20"]);
    assertGrounded("Split into 45 servings.", brief("Powder", "90 scoops", "2 scoops per serving"));
  });

  it("reads a size list with equivalents in brackets, karats in French, and an age limit", () => {
    assertGrounded("Choose S or M.", brief("Tee", "Sizes: S (chest 90 cm), M (chest 100 cm), L (chest 110 cm)"));
    assertFlags("Choose S or XL.", brief("Tee", "Sizes: S (chest 90 cm), M (chest 100 cm), L (chest 110 cm)"), ["XL"]);
    assertGrounded("Une bague en or 14 carats.", brief("Ring", "14k gold"));
    assertFlags("A 2 carat diamond set in 14k gold.", brief("Ring", "1 ct diamond", "14k gold"), ["2 carat"]);
    assertGrounded("Over 60? Save 10%.", brief("Rail Card", "Over-60 discount 10%"));
  });

  it("takes a full day out as the reader's outing, not a figure", () => {
    assertGrounded("Light enough for a full day on the trail.", brief("Pack", "Weight 700 g"));
    assertFlags("The battery lasts a full day.", brief("Headlamp", "Weight 70 g"), ["a full day"]);
  });
});

describe("checkGrounding: materials, parts and names of blind set 12", () => {
  it("reads what an effect is thanks to, ingredients that give it character, and pouches", () => {
    assertFlags("Soft hands, thanks to glycerin and squalane.", brief("Hand Cream", "With glycerin"), ["squalane"]);
    assertFlags("Cedar and vanilla give it warmth.", brief("Candle", "Notes: cedar, fig"), ["vanilla"]);
    assertFlags("Carrot, apple and mango in squeezy pouches.", brief("Pouch", "Ingredients: carrot, apple"), ["mango"]);
  });

  it("reads two materials joined by a hyphen, sourcing verbs and a plus between names", () => {
    assertFlags("A silk-cashmere scarf.", brief("Scarf", "100% silk"), ["cashmere"]);
    assertFlags("We source only wild sardines.", brief("Fish Oil", "From anchovies"), ["sardines"]);
    assertGrounded("Rich in EPA and DHA.", brief("Fish Oil", "600 mg EPA+DHA"));
  });

  it("sets aside a surface it rests on, a filling the reader adds, a likeness in reading and a drink in a shaker", () => {
    assertGrounded("It stays put on marble or tile.", brief("Mat", "Natural rubber"));
    assertGrounded("Fill it with kibble or cheese.", brief("Puzzle Toy", "Natural rubber"));
    assertGrounded("The screen reads like glass.", brief("Tablet", "Matte display"));
    assertGrounded("Shake it in a blender with oats or milk.", brief("Protein", "Pea protein"));
    assertFlags("Made with oats and milk.", brief("Bar", "Pea protein"), ["oats", "milk"]);
  });

  it("leaves another thing's part alone: a carrier's pocket, a strap the product goes under, a camera's card", () => {
    assertGrounded("Slips into a coat pocket.", brief("Wallet", "Leather"));
    assertGrounded("Sits flat under a rucksack strap.", brief("Tee", "Merino"));
    assertGrounded("Offloads a full camera card in minutes.", brief("SSD", "2 TB"));
    assertGrounded("A flash of colour at the collar.", brief("Collar Pin", "Enamel"));
    assertFlags("It has a hidden pocket.", brief("Wallet", "Leather"), ["hidden pocket"]);
    assertGrounded("It fits any travel bag.", brief("Tube", "15 ml"));
  });

  it("names an assay office, an accuracy class and a brand the product slides onto", () => {
    assertFlags("Hallmarked at the Sheffield Assay Office.", brief("Ring", "Hallmarked at the Edinburgh Assay Office"), ["Sheffield Assay Office"]);
    assertGrounded("Hallmarked at the Edinburgh Assay Office.", brief("Ring", "Hallmarked at the Edinburgh Assay Office"));
    assertFlags("Class II accuracy.", brief("Tape", "8 m"), ["Class II"]);
    assertFlags("Slides onto Chamilia bracelets.", brief("Charm", "Fits Pandora bracelets"), ["Slides onto Chamilia"]);
    assertFlags("Cruelty-free.", brief("Sneaker", "PETA-Approved Vegan"), ["Cruelty-free"]);
    assertGrounded("Cruelty-free.", brief("Lipstick", "Leaping Bunny certified"));
  });

  it("reads a free-from phrase on a drink the product goes into, and filter among ways of brewing, as no claim", () => {
    assertGrounded("Top it up for an alcohol-free cocktail.", brief("Tonic", "Natural quinine"));
    assertGrounded("Perfecto para un cóctel sin alcohol.", brief("Tónica", "Quinina natural"));
    assertFlags("Our tonic is alcohol-free.", brief("Tonic", "Natural quinine"), ["alcohol-free"]);
    assertGrounded("Grind it for a cafetière or a clean filter.", brief("Beans", "Medium roast"));
    assertFlags("The jug has a charcoal filter.", brief("Kettle", "1.7 l"), ["charcoal filter"]);
  });

  it("reads a place in a pattern's name as its subject", () => {
    assertGrounded("Printed with a Japanese wave print.", brief("Scarf", "Silk"));
    assertFlags("Made in Japan.", brief("Scarf", "Silk"), ["Made in Japan"]);
  });

  it("reads a capital K as thousands, a speaker layout's channels and a generic device in capitals", () => {
    assertGrounded("The Stride 10K keeps count all day.", brief("Stride 10K Pedometer", "Counts up to 10,000 steps a day"));
    assertFlags("Solid 14K gold.", brief("Chain", "Sterling silver"), ["Solid 14K gold"]);
    assertGrounded("Five channels up front and a subwoofer.", brief("Arena Soundbar", "5.1-channel surround"));
    assertFlags("Seven channels of sound.", brief("Arena Soundbar", "5.1-channel surround"), ["Seven"]);
    assertGrounded("Optical input plugs into any PC.", brief("Desk Speaker", "Optical input"));
    assertFlags("Works with Sonos speakers.", brief("Desk Speaker", "Optical input"), ["Works with Sonos"]);
  });

  it("keeps a range's ends, a figure for each of a pack and a brief's breakdown in their places", () => {
    assertFlags("A box of 5 pairs.", brief("Gloves", "Pack of 2 pairs", "Hand sizes 7–12"), ["5"]);
    assertFlags("Each brush head lasts 6 months.", brief("Brush Heads", "Pack of 3", "Each lasts 2 months"), ["6 months"]);
    assertGrounded("The pack lasts 6 months in all.", brief("Brush Heads", "Pack of 3", "Each lasts 2 months"));
    assertGrounded("Three nights in huts and two in a lodge.", brief("Alpine Trek", "5 nights accommodation (3 hut, 2 lodge)"));
    assertFlags("Four nights in huts.", brief("Alpine Trek", "5 nights accommodation (3 hut, 2 lodge)"), ["Four nights"]);
    assertGrounded("Drei Längen: 28, 30 und 32 Zoll (71, 76 und 81 cm).", brief("Jeans", "Inseams: 28, 30 and 32 inch"));
    assertGrounded("No two bowls are alike.", brief("Bowl Set", "Hand-thrown stoneware", "Diameters 12–14 cm"));
  });

  it("shares a serving's dose over its units and lets a single ingredient be all of the product", () => {
    assertGrounded("250 mg in every tablet.", brief("Zinc", "Zinc: 500 mg per serving", "Serving size: 2 tablets"));
    assertFlags("500 mg in every tablet.", brief("Zinc", "Zinc: 500 mg per serving", "Serving size: 2 tablets"), ["500 mg in every tablet"]);
    assertGrounded("100% dried sprats.", brief("Sprat Treats", "Single-ingredient dried sprats"));
    assertFlags("100% dried sprats.", brief("Sprat Treats", "Dried sprats"), ["100%"]);
  });

  it("reads ingredients given a dose, listed beside the product's own, opening a line with their use, or named for their heat", () => {
    assertFlags("Combined with 50 mg vitamin C and zinc.", brief("Elderberry Syrup", "With 50 mg vitamin C"), ["zinc"]);
    assertFlags("Simple: rye, barley, hazelnuts and real honey.", brief("Crispbread", "Ingredients: rye, barley, honey"), ["hazelnuts"]);
    assertGrounded("Serve with cheese, grapes and real honey.", brief("Crispbread", "Ingredients: rye, barley, honey"));
    assertFlags("- Glucosamine for healthy joints", brief("Dog Chews", "Chicken, rice"), ["Glucosamine"]);
    assertFlags("Scotch bonnet heat in every drop.", brief("Hot Sauce", "Peppers: habanero"), ["Scotch bonnet"]);
  });

  it("reads the first ingredient as an order, and certified organic, shared absences and single origin as the brief words them", () => {
    assertGrounded("Lamb is the #1 ingredient.", brief("Dog Food", "Lamb is the first ingredient"));
    assertFlags("Lamb is the #1 ingredient.", brief("Dog Food", "Grain-free"), ["#1 ingredient"]);
    assertGrounded("Certified organic by COSMOS.", brief("Balm", "Organic (COSMOS certified)"));
    assertFlags("Certified organic.", brief("Balm", "Natural"), ["Certified organic"]);
    assertGrounded("No colours, no fillers.", brief("Treats", "No colours or fillers"));
    assertFlags("No preservatives.", brief("Treats", "No colours or fillers"), ["No preservatives"]);
    assertGrounded("Single-origin beans.", brief("Coffee", "Beans from Colombia"));
    assertFlags("Single-origin beans.", brief("Coffee", "Beans from Colombia and Brazil"), ["Single-origin"]);
  });

  it("holds grades, security ratings, signature levels, data sources and high-speed steel to the brief", () => {
    assertFlags("EN 388 rated, cut level C protection.", brief("Gloves", "Cut level B (EN 388)"), ["cut level C"]);
    assertGrounded("B4 cut level protection.", brief("Gloves", "Cut level B4"));
    assertFlags("Sold Secure Silver rated.", brief("D-Lock", "Sold Secure Bronze"), ["Sold Secure Silver rated"]);
    assertFlags("Supports advanced electronic signatures.", brief("SignIt", "eIDAS compliant"), ["advanced electronic signatures"]);
    assertFlags("Sales sync in from Shopify and Vend.", brief("StockTake", "Integrates with Shopify"), ["sync in from Shopify and Vend"]);
    assertGrounded("Reusable layouts for every report.", brief("ReportKit", "Layouts and scheduling"));
    assertGrounded("High-speed steel taps.", brief("Tap Set", "HSS taps, M3–M12"));
    assertFlags("High-speed steel taps.", brief("Tap Set", "Carbon steel taps"), ["High-speed steel"]);
  });

  it("sets aside a surface light glares off and a softgel's name in another language", () => {
    assertGrounded("The lenses cut glare off wet tarmac and slate.", brief("Shades", "Polarized lenses"));
    assertFlags("Frames of slate.", brief("Shades", "Polarized lenses"), ["slate"]);
    assertGrounded("La boîte contient 90 perles.", brief("Oméga 3", "90 softgels"));
  });
});

describe("checkGrounding: worked figures, lexicons and scopes of blind set 14", () => {
  it("backs figures the copy works out from the brief's: a share, a rescaled rate, a monthly price, the case's charges, the others of a list", () => {
    assertGrounded("24 g of protein in a 30 g scoop: 80% protein.", brief("Whey", "24 g protein per 30 g scoop"));
    assertFlags("24 g of protein in a 30 g scoop: 90% protein.", brief("Whey", "24 g protein per 30 g scoop"), ["90%"]);
    assertGrounded("160 mg of caffeine in every 500 ml can, or 32 mg per 100 ml.", brief("Energy Drink", "160 mg caffeine per can", "500 ml can"));
    assertFlags("160 mg of caffeine in every 500 ml can, or 40 mg per 100 ml.", brief("Energy Drink", "160 mg caffeine per can", "500 ml can"), ["40 mg", "100 ml"]);
    assertGrounded("$180 a year, which works out at $15/month.", brief("Invoicer", "Annual plan $180/year"));
    assertFlags("Just $15 for the whole plan.", brief("Invoicer", "Annual plan $180/year"), ["$15"]);
    assertGrounded("Eight hours a charge, 32 hours with the case, which adds three full top-ups.", brief("Buds", "Battery: 8 hours (earbuds), 32 hours total with case"));
    assertFlags("Eight hours a charge, in three colours.", brief("Buds", "Battery: 8 hours (earbuds), 32 hours total with case"), ["three"]);
    assertGrounded("Made without formaldehyde, toluene and eight other nasties.", brief("Polish", "Made without 10 nasties including formaldehyde and toluene"));
    assertGrounded("Made without formaldehyde, toluene and eight other common nasties.", brief("Polish", "Made without 10 nasties including formaldehyde and toluene"));
    assertFlags("Made without formaldehyde, toluene and nine other nasties.", brief("Polish", "Made without 10 nasties including formaldehyde and toluene"), ["nine"]);
  });

  it("backs a worked example at the brief's rate and 'one' of the product, but no allowance stretched", () => {
    assertGrounded("£4 per employee, so for a 50-person team that's £200 a month.", brief("HR Desk", "£4 per employee per month"));
    assertFlags("£4 per employee, so for a 50-person team that's £250 a month.", brief("HR Desk", "£4 per employee per month"), ["50", "£250"]);
    assertFlags("Free for up to 10 users, then $10 per user, $100 in all.", brief("Tasks", "Free for up to 5 users", "$10 per user"), ["10", "$100"]);
    assertGrounded("Swap three bottles for one bar.", brief("Shampoo Bar", "Equivalent to 3 bottles of shampoo"));
    assertFlags("Brews at 15 bar.", brief("Espresso Bar", "Pressure 19 bar"), ["15 bar"]);
  });

  it("reads a time allowance past its qualifiers, a sizing line's key across brackets and a list's shared label", () => {
    assertGrounded("2,000 free build minutes, that's over 33 hours.", brief("CI", "2,000 free build minutes per month"));
    assertFlags("2,000 free build minutes, that's over 40 hours.", brief("CI", "2,000 free build minutes per month"), ["40 hours"]);
    assertGrounded("Sizes run from 36 to 46.", brief("Socks", "Sizes S (36–38), M (39–42), L (43–46)"));
    assertGrounded("Diameters of 25 cm, 30 cm and 35 cm.", brief("Baskets", "Sizes: 25, 30 and 35 cm diameter"));
    assertFlags("Diameters of 20 cm, 30 cm and 35 cm.", brief("Baskets", "Sizes: 25, 30 and 35 cm diameter"), ["20 cm"]);
  });

  it("keeps a model's number, a figure's own basis, a range's ends and a count of each out of arithmetic", () => {
    assertFlags("Battery life stretches to 14 days.", brief("StrideBand 2", "Battery life up to 7 days"), ["14 days"]);
    assertGrounded("Battery life of 7 days.", brief("StrideBand 2", "Battery life up to 7 days"));
    assertFlags("400 mg of magnesium per 2 capsules.", brief("Magnesium", "200 mg magnesium per 2 capsules", "90 capsules"), ["400 mg"]);
    assertGrounded("200 mg of magnesium per 2 capsules.", brief("Magnesium", "200 mg magnesium per 2 capsules", "90 capsules"));
    assertFlags("The cabin sleeps up to 6.", brief("Cabin", "Sleeps 2–4 guests", "2 bedrooms"), ["6"]);
    assertFlags("It sleeps 10 across 4 bedrooms.", brief("Villa", "Sleeps 8 in 4 bedrooms"), ["10"]);
    assertFlags("Supplied with two 4.0 Ah batteries.", brief("Drill", "Supplied with 2 x 2.0 Ah batteries"), ["4.0 Ah"]);
    assertGrounded("Two 2.0 Ah batteries, 4.0 Ah in total.", brief("Drill", "Supplied with 2 x 2.0 Ah batteries"));
  });

  it("holds warmth to the comfort rating, not the limit", () => {
    assertFlags("Stay warm down to 0 °C.", brief("Sleeping Bag", "Comfort rating 5°C, limit 0°C"), ["0 °C"]);
    assertGrounded("Stay warm down to 5 °C, with a limit of 0 °C.", brief("Sleeping Bag", "Comfort rating 5°C, limit 0°C"));
  });

  it("reads ingredients, actives, grades of steel and genuine stones the brief does not give", () => {
    assertFlags("Crunchy oats, pecans and almonds, sweetened with maple syrup.", brief("Granola", "Oats, pecans, maple syrup"), ["almonds"]);
    assertGrounded("Serve with yogurt, almonds or berries.", brief("Granola", "Oats, pecans, maple syrup"));
    assertFlags("Caffeine and B vitamins in every can.", brief("Energy Drink", "160 mg caffeine"), ["B vitamins"]);
    assertGrounded("Vitamin B12 in every can.", brief("Energy Drink", "160 mg caffeine", "vitamin B12"));
    assertFlags("Fipronil + (S)-methoprene, 3 pipettes.", brief("Flea Drops", "Contains fipronil", "3 pipettes"), ["methoprene"]);
    assertFlags("420HC stainless steel blades.", brief("Multi-Tool", "420 stainless steel"), ["420HC"]);
    assertGrounded("A VG-10 steel core.", brief("Chef Knife", "VG10 steel core"));
    assertGrounded("18/10 stainless steel throughout.", brief("Pan", "18/10 stainless steel"));
    assertFlags("One of 12 genuine gemstones.", brief("Birthstone Necklace", "Choice of 12 birthstone crystals"), ["genuine gemstones"]);
    assertGrounded("Set with a genuine amethyst.", brief("Ring", "Amethyst, sterling silver"));
    assertFlags("700 fill power goose down insulation.", brief("Down Jacket", "700 fill power duck down"), ["goose down"]);
  });

  it("flags a material the brief gives one part put on another, and leaves the product's name out of it", () => {
    assertFlags("A carbon fibre shaft with carbon fibre blades.", brief("Carbon Paddle", "Carbon fibre shaft", "Fibreglass-free"), ["carbon fibre"]);
    assertGrounded("A carbon fibre shaft and blades.", brief("Carbon Paddle", "Carbon fibre shaft and blades"));
    assertGrounded("Carbon fibre blades.", brief("Carbon Paddle", "Carbon fibre, 220 cm"));
  });

  it("flags unrated claims, awards by name and year, and star ratings the brief does not give", () => {
    assertFlags("Airline-approved for cabin bags.", brief("Power Bank", "20,000 mAh"), ["Airline-approved"]);
    assertFlags("Twenty strains, all clinically studied.", brief("Probiotic", "20 strains"), ["clinically studied"]);
    assertGrounded("All clinically studied strains.", brief("Probiotic", "Clinically studied strains"));
    assertFlags("Thermal-insulating polyester panels.", brief("Curtains", "Polyester"), ["Thermal-insulating"]);
    assertGrounded("Insulating panels keep the draught out.", brief("Curtains", "Thermal lining"));
    assertFlags("Winner of the 2023 Climbing Gear Award.", brief("Climbing Harness", "4 gear loops"), ["Winner of the 2023 Climbing Gear Award"]);
    assertGrounded("Winner of the 2023 Climbing Gear Award.", brief("Harness", "Winner: Climbing Gear Award 2023"));
    assertFlags("Rated 5 stars, a 5-minute walk from the old town.", brief("Hotel", "5-minute walk to the old town"), ["Rated 5 stars"]);
    assertGrounded("A five-star hotel by the harbour.", brief("Hotel", "5-star hotel"));
    assertGrounded("Rated 5 stars.", brief("Hotel", "Rated five stars by the tourist board"));
  });

  it("backs a treatment by its finish, and reads compound adjectives, spans of places and a place the keywords name as no claim", () => {
    assertGrounded("A DWR-treated outer.", brief("Jacket", "Water-resistant DWR finish"));
    assertFlags("A DWR-treated outer.", brief("Jacket", "Nylon shell"), ["DWR-treated"]);
    assertGrounded("Pocket-ready, from the campsite to the kitchen drawer.", brief("Multi-Tool", "14 functions"));
    assertFlags("A zip pocket, from the campsite to the kitchen.", brief("Multi-Tool", "14 functions"), ["zip pocket"]);
    assertGrounded("See Europe your way.", { name: "Flex Pass", facts: ["Covers 33 countries"], keywords: ["europe rail pass"] });
    assertFlags("Made in Europe.", { name: "Flex Pass", facts: ["Covers 33 countries"], keywords: ["europe rail pass"] }, ["Made in Europe"]);
  });
});

describe("checkGrounding: long copy and thin briefs (blind sets 16 and 17)", () => {
  it("reads units written out, colour temperatures, hundredths of a currency and volumes in cubic metres", () => {
    assertGrounded("A brushed fleece of 280 grams per square metre.", brief("Fleece Hoodie", "Fabric weight 280 g/m²"));
    assertFlags("A brushed fleece of 320 grams per square metre.", brief("Fleece Hoodie", "Fabric weight 280 g/m²"), ["320 grams per square metre"]);
    assertGrounded("Dial it from a warm 3000K down to a cool 5000 K.", brief("Desk Lamp", "Colour temperature 3000K–5000K"));
    assertFlags("Dial it up to a crisp 6500K.", brief("Desk Lamp", "Colour temperature 3000K–5000K"), ["6500K"]);
    assertGrounded("At $19.50 for 30 bars, that is 65 cents a bar.", brief("Granola Bars", "Box of 30 bars", "$19.50"));
    assertGrounded("It moves 8 m³ (about 283 cubic feet) of air a minute.", brief("Fan", "Airflow 8 m³/min"));
  });

  it("reads a bare \"in\" before a bracket as inches, and a dash between two degrees as a range", () => {
    assertGrounded("Pick the 32-inch or the 34-inch leg (81 cm or 86 cm).", brief("Chinos", "Leg: 32 in (regular), 34 in (long)"));
    assertGrounded("It tilts from 10° to 45°.", brief("Monitor Arm", "Tilt 10°-45°"));
    assertGrounded("Rated down to -5 °C.", brief("Sleeping Bag", "Comfort rating -5 °C"));
  });

  it("keeps a runner's race, a later part number of a standard and a count written as a sum apart", () => {
    assertGrounded("Whether you are training for your first 5K race or just heading out, it keeps up.", brief("Running Cap", "Polyester mesh"));
    assertGrounded("Tested to EN 71 parts 1, 2 and 3.", brief("Rag Doll", "Tested to EN 71-1, -2 and -3"));
    assertGrounded("It has 15 torque settings and a drill mode.", brief("Drill", "15+1 torque settings"));
    assertFlags("It has 18 torque settings and a drill mode.", brief("Drill", "15+1 torque settings"), ["18"]);
    assertFlags("Comes with three 90-tooth ratchets.", brief("Socket Set", "Two 90-tooth ratchets", "120 pieces in total"), ["three"]);
  });

  it("works out range widths, savings, supplies at a daily amount, fineness and vitamin D's units", () => {
    assertGrounded("The desk rises from 70 to 120 cm, a 50 cm range.", brief("Standing Desk", "Height 70-120 cm"));
    assertFlags("It ships in 2–3 days.", brief("Sofa", "Made to order in 4–6 weeks", "Dispatch in 2 days"), ["3 days"]);
    assertGrounded("Buy the trio for $50, saving $10 on three bought one by one.", brief("Candle Trio", "Set of 3 candles", "$50 for the set; $20 each"));
    assertFlags("Buy the trio for $50, saving $15 on three bought one by one.", brief("Candle Trio", "Set of 3 candles", "$50 for the set; $20 each"), ["$15"]);
    assertGrounded("A 6 kg bag feeds a cat for about 100 days at 60 g a day.", brief("Cat Food", "Bag: 6 kg", "Feeding: approx. 60 g per day"));
    assertGrounded("Three months in every tub: 90 gummies at one a day.", brief("Gummies", "90 gummies per tub", "Take 1 gummy daily"));
    assertGrounded("Stamped 750, it is 75% pure gold.", brief("Ring", "18K gold (750)"));
    assertGrounded("Each drop gives 400 IU (10 mcg) of vitamin D3.", brief("Vitamin D3 Drops", "400 IU vitamin D3 per drop"));
    assertFlags("Each drop gives 400 IU (20 mcg) of vitamin D3.", brief("Vitamin D3 Drops", "400 IU vitamin D3 per drop"), ["20 mcg"]);
    assertGrounded("Use 3 g of leaf for every 200 ml of water.", brief("Green Tea", "Tin of 80 g loose leaf", "Brew 3 g per 200 ml at 80°C"));
    assertGrounded("That is 500 mg of EPA + DHA in every single capsule.", brief("Fish Oil", "Per 2 capsules: 1,000 mg EPA + DHA (600 mg EPA, 400 mg DHA)"));
  });

  it("counts sizes a run spans, colours by the trade's words, and parts named the same way twice", () => {
    assertGrounded("Seven sizes, from XS to 3XL.", brief("Rain Jacket", "Sizes XS–3XL"));
    assertFlags("Eight sizes, from XS to 3XL.", brief("Rain Jacket", "Sizes XS–3XL"), ["Eight"]);
    assertGrounded("Two sizes to choose from.", brief("Helmet", "Size: S/M, L/XL"));
    assertGrounded("Three colourways: ink, moss and rust.", brief("Beanie", "Colours: ink, moss, rust"));
    assertGrounded("Four pockets in all.", brief("Gilet", "three outer pockets plus one inner zip pocket"));
    assertFlags("Enjoy 12 tastings on the way.", brief("Market Tour", "Visit 6 stalls", "Includes 10 tastings and 2 drinks"), ["12"]);
  });

  it("reads what is around the product, not in it: laces tied, paper torn, a serving vessel, floors and workpieces", () => {
    const shoe = brief("Trail Shoe", "Upper: recycled polyester mesh");
    assertGrounded("Lace up and go.", shoe);
    assertGrounded("The gift they keep long after the wrapping paper is in the bin.", brief("Puzzle", "1000 pieces, recycled board"));
    assertGrounded("Makes 10 drinks, 30 ml of syrup per glass.", brief("Elderflower Syrup", "Bottle: 300 ml; makes 10 drinks"));
    assertGrounded("Lasts from first espresso to last orders.", brief("Lip Stain", "Up to 10-hour wear"));
    assertGrounded("The rubber feet grip on oak and tiled floors.", brief("Shoe Rack", "Rubber feet", "Steel frame"));
    assertGrounded("A fast chain that makes short work of slicing logs and sawing timber.", brief("Chainsaw", "Steel chain", "Plastic housing"));
    assertGrounded("Make it your own with almond milk, a splash of caramel or a scoop of ice cream.", brief("Cold Brew", "100% Arabica coffee"));
    assertFlags("A hearty mix of almonds, hazelnuts and raisins.", brief("Nut Mix", "Almonds, raisins"), ["hazelnuts"]);
    assertFlags("Each dose delivers glucosamine, teamed with MSM for joints.", brief("Joint Tablets", "1500 mg glucosamine per dose"), ["MSM"]);
    assertGrounded("Slides into any rucksack, pocket or glovebox.", brief("Sunscreen Stick", "15 g stick"));
  });

  it("reads an either-or of platforms, a denied list item by item, a label's table and the first ingredient", () => {
    assertGrounded("The app runs on iOS and Android.", brief("Smart Scale", "App: iOS/Android"));
    assertGrounded("There are no artificial colours and no artificial preservatives.", brief("Dog Treats", "No artificial colours, flavours or preservatives"));
    assertGrounded("The guaranteed analysis of 30% protein keeps cats going.", brief("Cat Food", "Guaranteed analysis: 30% protein"));
    assertGrounded("Chicken is the number one ingredient.", brief("Dog Food", "Chicken is the #1 ingredient"));
    assertFlags("Chicken is the number one ingredient.", brief("Dog Food", "Made with chicken and rice"), ["number one ingredient"]);
  });

  it("flags solid metal or wood where the brief gives it only as a surface, and reads a place from its people's name", () => {
    assertFlags("A solid walnut top.", brief("Side Table", "MDF top with walnut veneer"), ["solid walnut"]);
    assertFlags("Its solid copper handle gleams.", brief("Kettle", "Stainless steel body, copper-plated handle"), ["solid copper"]);
    assertGrounded("A solid walnut top.", brief("Side Table", "Solid walnut top"));
    assertGrounded("Made with olives from Crete.", brief("Olive Oil", "Made with Cretan olives"));
    assertFlags("Made with olives from Sicily.", brief("Olive Oil", "Made with Cretan olives"), ["from Sicily"]);
  });
});

describe("checkGrounding: copy that works figures out, and marketplace listings (blind sets 18 and 19)", () => {
  it("backs a price for one of something, a saving, a difference and the rest of a share", () => {
    assertGrounded("At £30 for 60 ml, you pay 50p per ml.", brief("Face Oil", "60 ml bottle", "Price: £30"));
    assertFlags("At £30 for 60 ml, you pay 80p per ml.", brief("Face Oil", "60 ml bottle", "Price: £30"), ["80p"]);
    assertGrounded("At $45 for 90 capsules, that is 50 cents a capsule.", brief("Zinc", "90 capsules", "$45"));
    assertGrounded("Or three for $60: $20 a candle, a $15 saving.", brief("Candle", "$25 each; three for $60"));
    assertGrounded("It weighs 1.8 kg, a welcome 400 g lighter than the old model's 2.2 kg.", brief("Pan", "Weight 1.8 kg", "Previous model: 2.2 kg"));
    assertGrounded("Sterling silver is 92.5% silver, with the remaining 7.5% made up of other metals.", brief("Ring", "925 sterling silver (92.5% silver)"));
    assertGrounded("It opens to 200 cm (78.7 in), an extra 40 cm, or about 15.7 in.", brief("Table", "Length: 160 cm, 200 cm extended"));
    assertGrounded("At 20 g a brew, a kilo makes more than 49 brews.", brief("Tea", "1 kg bag", "20 g per brew"));
  });

  it("reads multi-buys, scores out of ten, sides with their letters and sizes counted by step", () => {
    assertGrounded("Rated 8 out of 10 on our heat scale.", brief("Hot Sauce", "Heat: 8/10"));
    assertFlags("Rated 9 out of 10 on our heat scale.", brief("Hot Sauce", "Heat: 8/10"), ["9"]);
    assertGrounded("It stands 180 cm tall and 60 cm wide (70.9 x 23.6 in).", brief("Bookcase", "Dims: H 180 x W 60 x D 35 cm"));
    assertGrounded("The cabinet is 90 cm high, 45 cm wide and 30 cm deep.", brief("Cabinet", "Overall 90 H x 45 W x 30 D cm"));
    assertFlags("The cabinet is 95 cm high and 45 cm wide.", brief("Cabinet", "Overall 90 H x 45 W x 30 D cm"), ["95 cm"]);
    assertGrounded("Two 65 W chargers.", brief("Charger pack", "65 W x 2 chargers"));
    assertGrounded("Eight sizes, from 30 to 44 inches.", brief("Belt", "Sizes: 30-44in waist (even sizes only)"));
    assertGrounded("Six sizes, 5 through 10.", brief("Ring", "Sizes: 5-10"));
    assertGrounded("Premium quality, 100% satisfaction.", brief("Mug", "Stoneware mug"));
  });

  it("keeps levels out of a pack's arithmetic, and a total the brief gives from adding up again", () => {
    assertFlags("Mirrors your screen in 4K at 60Hz.", brief("Hub", "Ports: 1x HDMI 4K@30Hz, 2x USB-A"), ["60Hz"]);
    assertFlags("8 hours a charge and a 32-hour total playtime.", brief("Earbuds", "Battery: 8h per charge, 24h total w/ case"), ["32-hour"]);
    assertFlags("It meets ANSI Z87.1 and CSA Z94.3.", brief("Safety Glasses", "Meets ANSI Z87.1"), ["CSA Z94.3"]);
  });

  it("reads everyday words as words: a colour called Sage, a ring, a dog's lead, the reader's mouse, the paper shop", () => {
    assertGrounded("Linen Throw – Cream, Grey, Sage", brief("Linen Throw", "Colours: cream, grey, sage"));
    assertFlags("Works with Ring and Nest cameras.", brief("Smart Plug", "Works with Alexa"), ["Works with Ring and Nest"]);
    assertGrounded("Gold Plated Stainless Steel Ring Set for Women", brief("Stacking Rings", "Stainless steel, gold plated"));
    assertGrounded("Four pockets for gloves, keys and a dog lead.", brief("Jacket", "Four front pockets"));
    assertGrounded("Room on the desk for your mouse, your notebook and your coffee.", brief("Keyboard", "75% layout"));
    assertGrounded("Handy for the walk to the paper shop.", brief("Jacket", "Waxed cotton"));
    assertGrounded("Simmer it with garlic, or blend it with a banana and serve over ice with a sprig of mint.", brief("Passata", "Tomatoes (98%), basil, salt"));
    assertGrounded("A bathroom shelf away from the window suits it.", brief("Serum", "Store below 25°C"));
    assertGrounded("Made from BPA-free ABS plastic.", brief("Tiles", "ABS plastic, BPA-free"));
    assertGrounded("The lock keeps things secure through US airport checks.", brief("Suitcase", "TSA-approved lock"));
    assertGrounded("Single origin: beans grown in Huila, Colombia.", brief("Coffee", "Origin: Huila, Colombia"));
    assertGrounded("Handcrafted: each bracelet is strung by hand.", brief("Bracelet", "Hand-strung"));
    assertGrounded("Dimmable, with five brightness levels.", brief("Desk Lamp", "Brightness levels: 5"));
    assertFlags("Machine washable for sticky hands.", brief("Plush", "Care: surface washable"), ["Machine washable"]);
    assertGrounded("Ripstop cubes that shrug off snags.", brief("Packing Cubes", "Material: 210D ripstop nylon"));
    assertFlags("Made with real apples.", brief("Gummies", "500 mg apple cider vinegar per gummy"), ["apples"]);
  });
});

describe("checkGrounding: a typical mix (blind set 20)", () => {
  it("reads a brief's line end as the end of a place's phrase, a region that holds the brief's country, and a lining as lined", () => {
    assertGrounded("Handmade by craftspeople in Portugal.", brief("Loafer", "Handcrafted in Portugal", "Sizes EU 38–45"));
    assertGrounded("Watch the Scandinavian sky from bed.", brief("Cabin Stay – Sweden", "Sleeps 2"));
    assertFlags("Watch the Scandinavian sky from bed.", brief("Cabin Stay – Scotland", "Sleeps 2"), ["Scandinavian"]);
    assertGrounded("Finished inside with a soft leather lining.", brief("Ankle Boot", "Leather-lined"));
  });

  it("counts a set's parts after the words that introduce them, and keeps toys and workpieces apart from materials", () => {
    assertGrounded("A three-piece set: one duvet cover and two pillowcases.", brief("Bedding Set", "Set includes 1 duvet cover and 2 pillowcases"));
    assertGrounded("In the box: 44 pieces to build with.", brief("Marble Run", "Set includes: launch tower, 25 track pieces, 12 connectors, 6 marbles"));
    assertFlags("In the box: 48 pieces to build with.", brief("Marble Run", "Set includes: launch tower, 25 track pieces, 12 connectors, 6 marbles"), ["48"]);
    assertGrounded("Build towers, bridges and marble runs.", brief("Block Set", "Beech wood blocks"));
    assertGrounded("A laser line shows where the blade touches the wood.", brief("Mitre Saw", "Steel blade", "Laser guide"));
  });

  it("keeps a serving list together, a recipe's splash in it, and holds a filling to the brief's", () => {
    assertGrounded("Top it with yoghurt, a splash of honey or a handful of berries.", brief("Granola", "Oats, almonds, maple syrup"));
    assertFlags("A splash of fish oil adds omega-3 for a glossy coat.", brief("Dog Food", "Chicken is the first ingredient", "Added omega-3"), ["fish oil"]);
    assertFlags("With a cotton cover, filled with wool.", brief("Cushion", "Cover: cotton", "Filling: feather"), ["wool"]);
    assertGrounded("A felt body stuffed with organic lavender.", brief("Sleep Toy", "Organic lavender filling", "Felt body"));
  });

  it("flags a lifetime warranty named for a part, and a damp rating the brief does not give", () => {
    assertFlags("Backed by a lifetime frame warranty.", brief("Bike", "10-year frame warranty"), ["lifetime frame warranty"]);
    assertFlags("Damp-rated for covered porches.", brief("Wall Light", "IP20, indoor use"), ["Damp-rated"]);
  });
});

describe("checkGrounding: blind set 21", () => {
  it("reads dual bands, sizes by increment, a sum after an equals sign, and a unit before a metal", () => {
    assertGrounded("Dual-band Wi-Fi (2.4 and 5 GHz).", brief("Speaker", "Wi-Fi (2.4/5 GHz)"));
    assertGrounded("Six sizes from 28 to 38 inches.", brief("Belt", "Sizes 28 to 38 inches in 2-inch increments"));
    assertGrounded("- 90 tablets = 45 servings", brief("Iron", "Each 2-tablet serving provides 28 mg iron", "45 servings per tub"));
    assertGrounded("The 12-litre stainless steel drum takes a beating.", brief("Shop Vac", "12 L stainless steel drum"));
  });

  it("keeps a setting, a figure of speech, a holder's contents and a keyless chuck from reading as claims", () => {
    assertGrounded("The stone is held in a six-prong setting of 18k yellow gold.", brief("Ring", "18k yellow gold", "Six-prong setting"));
    assertFlags("It holds the Red Dot award.", brief("Lamp", "Aluminium body"), ["holds the Red Dot award"]);
    assertGrounded("Its smooth face is the perfect canvas for an engraving.", brief("Locket", "Sterling silver"));
    assertGrounded("It swallows a jacket, lunch and a camera with room to spare.", brief("Daypack", "Capacity: 20 L"));
    assertFlags("It packs into its own pocket.", brief("Wind Shell", "Weight: 90 g"), ["packs into its own", "own pocket"]);
    assertGrounded("The keyless chuck makes bit changes tool-free.", brief("Drill", "13 mm keyless chuck"));
    assertGrounded("Ready for the fridge, the picnic or the desk drawer.", brief("Sparkling Tea", "12 cans"));
  });
});

describe("checkGrounding: blind set 22", () => {
  it("flags native 4K on a 4K input, a compound label held to its figure, a crash test and named shelving", () => {
    assertFlags("It delivers native 4K resolution.", brief("Mini Projector", "Native 1080p; accepts 4K input"), ["native 4K resolution"]);
    assertFlags("Keeps drinks ice-cold for 30 hours or hot for 12.", brief("Flask", "Cold 24 hrs / hot 12 hrs"), ["30 hours"]);
    assertFlags("Crash-tested for car travel.", brief("Dog Harness", "Padded chest plate"), ["Crash-tested"]);
    assertFlags("Sized to slot neatly into IKEA KALLAX shelving.", brief("Storage Box", "33 x 33 x 33 cm"), ["Sized to slot neatly into IKEA KALLAX"]);
    assertFlags("Held high in platinum prongs.", brief("Solitaire", "18k white gold band"), ["platinum"]);
  });

  it("reads a maker's recipe, an ingredient at work, servings from a dose, a day on site and a verb that names a part", () => {
    assertFlags("The recipe pairs it with peas and cranberries.", brief("Dog Food", "Chicken and peas"), ["cranberries"]);
    assertFlags("Added omega-3 supports the coat, while glucosamine helps keep joints moving.", brief("Dog Food", "Added omega-3"), ["glucosamine"]);
    assertGrounded("90 softgels, which works out at 45 servings per bottle.", brief("Fish Oil", "1,000 mg per 2-softgel serving", "90 softgels"));
    assertGrounded("Power through a full day on site.", brief("Drill", "18V motor"));
    assertGrounded("Pack, zip and go.", brief("Holdall", "40 L"));
  });
});

describe("checkGrounding: blind sets 23 and 24", () => {
  it("reads one of a unit after a bound or a rough word, and holds a pack's total to a bound", () => {
    assertFlags("Each bag lasts about a month.", brief("Bird Seed", "2 kg bag", "sunflower hearts"), ["a month"]);
    assertFlags("The jug holds over a litre.", brief("Jug", "Capacity 900 ml"), ["a litre"]);
    assertGrounded("The jug holds nearly a litre.", brief("Jug", "Capacity 980 ml"));
    assertGrounded("We restock once a month.", brief("Jug", "Capacity 980 ml"));
    assertGrounded("Six shelves at 200 kg each: over a tonne in total.", brief("Racking", "6 shelves", "200 kg per shelf"));
    assertFlags("Four shelves at 200 kg each: over a tonne in total.", brief("Racking", "4 shelves", "200 kg per shelf"), ["a tonne"]);
  });

  it("reckons a supply at one a night or a day's occasion, and reads 24/7 as 'always' unless a service keeps those hours", () => {
    assertGrounded("Thirty tablets: a month of sleep at one a night.", brief("Sleep Aid", "30 tablets"));
    assertFlags("Thirty tablets: two months of sleep at one a night.", brief("Sleep Aid", "30 tablets"), ["two months"]);
    assertGrounded("Makes about 35 cups, enough for over a month of morning coffee.", brief("Coffee", "250 g bag", "makes about 35 cups"));
    assertGrounded("A blanket made for 24/7 snuggling.", brief("Throw", "Fleece"));
    assertFlags("Our team answers 24/7.", brief("Accounting App", "Support by email"), ["24/7"]);
    assertFlags("Support is on hand 24/7.", brief("Accounting App", "Support: weekdays 9am-5pm"), ["24/7"]);
  });

  it("sets aside a look of a material, a container's choices of contents and what the reader mixes the product with", () => {
    assertGrounded("Oak-effect laminate gives you the look of oak for less.", brief("Desk", "Oak-effect laminate top"));
    assertFlags("Steel legs, and a top with the look of oak.", brief("Desk", "Oak-effect laminate top"), ["Steel"]);
    assertGrounded("The flask keeps 500 ml of tea, soup or cocoa hot.", brief("Food Flask", "500 ml", "Stainless steel"));
    assertGrounded("Pour a shot over ice. Top up with tonic or soda.", brief("Ginger Syrup", "Ginger, cane sugar, lemon"));
    assertFlags("A rich balm with a touch of rosehip oil.", brief("Lip Balm", "Shea butter, beeswax"), ["rosehip oil"]);
  });

  it("tells a metal the piece is made of from a medal", () => {
    assertGrounded("Each charm hangs from a sterling silver jump ring.", brief("Charm", "Sterling silver"));
    assertFlags("It won silver at the 2024 Great Taste Awards.", brief("Chutney", "Made with Bramley apples"), ["won silver at the 2024 Great Taste Awards"]);
  });
});

describe("checkGrounding: health and nutrition claims", () => {
  it("flags a vitamin or fibre claim the brief does not make, and a body function or a relief it does not give", () => {
    assertFlags("Each serving is rich in vitamin C.", brief("Apple Juice", "Pressed apples", "1 L"), ["rich in vitamin C"]);
    assertGrounded("Each serving is rich in vitamin C.", brief("Apple Juice", "Vitamin C: 40 mg per 100 ml (50% NRV)"));
    assertFlags("A bowl is a good source of fibre.", brief("Muesli", "Oats, raisins"), ["a good source of fibre"]);
    assertGrounded("A bowl is a good source of fibre.", brief("Muesli", "High in fibre"));
    assertGrounded("Low iron can leave you tired; each tablet gives 14 mg.", brief("Iron", "Iron 14 mg per tablet"));
    assertFlags("Zinc that supports healthy joints and strong muscles.", brief("Zinc", "15 mg zinc"), ["supports healthy joints", "strong muscles"]);
    assertGrounded("Calcium that helps maintain strong bones.", brief("Calcium", "Calcium contributes to the maintenance of normal bones"));
    assertFlags("The contoured foam soothes lower back pain.", brief("Seat Cushion", "Memory foam"), ["soothes lower back pain"]);
    assertGrounded("The mesh back supports your posture.", brief("Chair", "Mesh back"));
  });
});

describe("checkGrounding: blind set 25", () => {
  it("reads a variant's size in a listing's title, a blend's parts under its attribute, counted items under a heading, and a denied material", () => {
    assertGrounded("Relaxed fit, in size L.", brief("Oxford Shirt – Blue / L", "100% cotton"));
    assertFlags("Relaxed fit, in size XL.", brief("Oxford Shirt – Blue / L", "100% cotton"), ["XL"]);
    assertGrounded("Poured in a soy and rapeseed wax blend, with rapeseed wax for a clean burn.", brief("Candle", "Wax: soy-rapeseed blend"));
    assertGrounded("Four ports in all: three USB-C and one HDMI.", brief("Hub", "Ports: 3 x USB-C, 1 x HDMI"));
    assertFlags("Five ports in all.", brief("Hub", "Ports: 3 x USB-C, 1 x HDMI"), ["Five"]);
    assertGrounded("Solid beech, not cheap plastic.", brief("Toy Blocks", "Solid beech"));
  });

  it("reads a jurisdiction's standard, a user's praise, a mug's contents and a set's piece count as no claims; a ranking in its class as one", () => {
    assertGrounded("Meets EN 71, the European toy safety standard.", brief("Blocks", "EN 71 tested"));
    assertFlags("Made from European beech.", brief("Blocks", "Beech"), ["Made from European"]);
    assertGrounded("Toddler-approved and easy to wipe clean.", brief("Bib", "Silicone"));
    assertGrounded("Fill it with tea, coffee or cocoa.", brief("Mug", "Stoneware", "350 ml"));
    assertGrounded("The set includes three pieces.", brief("Bedding", "Includes 1 duvet cover and 2 pillowcases"));
    assertFlags("It is one of the lightest tents in its class.", brief("Tent", "1.2 kg"), ["one of the lightest tents in its class"]);
  });
});

describe("checkGrounding: blind sets 23 and 24, second pass", () => {
  it("holds a dose given for one unit, a pair's figure given to one, a colour range and a blend called pure to the brief", () => {
    assertFlags("Each tablet provides 500 mg of calcium.", brief("Calcium", "Calcium: 500 mg per 2 tablets"), ["500 mg"]);
    assertGrounded("Each tablet provides 250 mg of calcium.", brief("Calcium", "Calcium: 500 mg per 2 tablets"));
    assertFlags("Each pair takes 40 kg, so a single bracket takes 40 kg.", brief("Brackets", "Pack of 2", "Holds 40 kg per pair"), ["40 kg"]);
    assertGrounded("H–I colour, SI1 clarity.", brief("Ring", "Diamond, colour H–I, SI1 clarity"));
    assertFlags("E–F colour, SI1 clarity.", brief("Ring", "Diamond, colour H–I, SI1 clarity"), ["E–F colour"]);
    assertFlags("The softness of pure wool.", brief("Throw", "80% wool, 20% nylon"), ["pure wool"]);
    assertGrounded("A soothing gel of 98% pure aloe.", brief("Gel", "98% aloe"));
  });

  it("reads 'no more than' as a ceiling held to the brief's maximum, and a part's name used as a command as no part", () => {
    assertFlags("Groups of no more than 6 riders.", brief("Bike Tour", "Max 8 riders"), ["6"]);
    assertGrounded("Groups of no more than 8 riders.", brief("Bike Tour", "Max 8 riders"));
    assertGrounded("Zip it shut, buckle up and ride.", brief("Bike Tour", "Max 8 riders"));
    assertFlags("A padded buckle up front.", brief("Helmet", "Dial fit"), ["padded buckle"]);
  });
});

describe("checkGrounding: blind set 26", () => {
  it("adds up a set's counted facts, shares a pack over the cups it makes, and reckons a supply at one a day before the figure", () => {
    assertGrounded("Thirty tools in one case.", brief("Sketch Set", "18 pencils", "12 pastels"));
    assertFlags("Forty tools in one case.", brief("Sketch Set", "18 pencils", "12 pastels"), ["Forty"]);
    assertGrounded("About 2.5 g of leaf a cup.", brief("Tea", "250 g bag", "Makes about 100 cups"));
    assertGrounded("At one a day, that's 90 days of support.", brief("Vitamin C", "90 tablets"));
    assertGrounded("A three-piece set: a duvet cover and two pillowcases.", brief("Bedding", "Includes duvet cover and 2 pillowcases"));
    assertGrounded("Two looks in one: it reverses from navy to grey.", brief("Scarf", "Reversible: navy / grey"));
  });

  it("sets aside a computer's mouse, a cooked chicken, camping under canvas, timber hauled and a shell's contents", () => {
    assertGrounded("Leaves room for your mouse.", brief("Keyboard", "75% layout"));
    assertGrounded("Great on grilled chicken and tacos.", brief("Chilli Sauce", "Habanero"));
    assertGrounded("Made for nights under canvas.", brief("Sleeping Mat", "Foam"));
    assertGrounded("For hauling timber and bricks.", brief("Work Gloves", "Nitrile palms"));
    assertGrounded("Holds 40 litres of clothes, chargers and shoes.", brief("Holdall", "40 litres"));
    assertGrounded("Swap between the two included brushes.", brief("Vacuum", "Includes 2 brushes"));
    assertGrounded("A look that mixes Scandinavian and industrial styles.", brief("Shelf", "Oak"));
  });

  it("works an example from a dose the copy gives itself", () => {
    assertGrounded("Take two at a time and you get 500 mg of vitamin C.", brief("Vitamin C", "250 mg vitamin C per tablet", "60 tablets"));
    assertFlags("Take two at a time and you get 750 mg of vitamin C.", brief("Vitamin C", "250 mg vitamin C per tablet", "60 tablets"), ["two", "750 mg"]);
  });

  it("flags a shell a part is packed into, every skin type against one, any phone, and a fit past the brief's range", () => {
    assertFlags("It squeezes a 20,000 mAh cell into a steel case.", brief("Power Bank", "20,000 mAh"), ["steel"]);
    assertFlags("Gentle on all skin types.", brief("Toner", "For dry skin"), ["all skin types"]);
    assertGrounded("Gentle on all skin types.", brief("Toner", "Alcohol-free"));
    assertFlags("It works with any phone.", brief("Earbuds", "Bluetooth 5.3"), ["works with any phone"]);
    assertFlags("The strap fits all wrist sizes.", brief("Watch Strap", "Fits wrists 14–19 cm"), ["fits all wrist sizes"]);
  });
});

describe("checkGrounding: a label's INCI list", () => {
  it("backs the plain names of what it lists and flags what it does not list", () => {
    assertGrounded("Shea butter, coconut oil and beeswax.", brief("Balm", "Ingredients: Butyrospermum Parkii Butter, Cocos Nucifera Oil, Cera Alba"));
    assertGrounded("Sunflower seed oil and lavender with vitamin E.", brief("Body Oil", "Ingredients: Helianthus Annuus Seed Oil, Lavandula Angustifolia Oil, Tocopheryl Acetate"));
    assertFlags("Jojoba and rosehip oils, plus argan oil.", brief("Face Oil", "Ingredients: Simmondsia Chinensis Seed Oil, Rosa Canina Fruit Oil"), ["argan oil"]);
  });
});

describe("checkGrounding: counts of the same things on two lines", () => {
  it("adds them up, never multiplies them, and counts boxes the brief counts as the product", () => {
    assertGrounded("Five cushions in all, two large and three small.", brief("Sofa Set", "2 large cushions", "3 small cushions"));
    assertFlags("Six cushions in all.", brief("Sofa Set", "2 large cushions", "3 small cushions"), ["Six"]);
    assertGrounded("Five boxes in all.", brief("Storage Set", "2 large boxes", "3 small boxes"));
    assertFlags("Six boxes in all.", brief("Storage Set", "2 large boxes", "3 small boxes"), ["Six"]);
    assertGrounded("Twelve bars in all.", brief("Snack Bars", "3 packs of 4 bars"));
  });
});

describe("checkGrounding: what the product is", () => {
  it("flags the product called another thing of its own shelf, and leaves near synonyms, other things and the brief's own words", () => {
    assertFlags("The Trail Sock is a sturdy everyday toque.", brief("Merino Trail Sock", "70% merino"), ["toque"]);
    assertFlags("Slip on this cosy cardigan.", brief("Linen Shirt – Sage / M", "100% linen"), ["cardigan"]);
    assertGrounded("This beanie is the warmest hat we make.", brief("Rib Knit Beanie", "Merino"));
    assertGrounded("Pair these socks with your favourite boots.", brief("Merino Trail Sock", "70% merino"));
    assertGrounded("Memory foam that cushions hips and elbows.", brief("Orthopaedic Dog Bed", "Memory foam"));
    assertGrounded("Our bed doubles as a sofa cushion.", brief("Dog Bed", "Sofa-style bolsters"));
  });

  it("reads the noun that opens a tagline, a bullet or a labelled field, but not a companion piece or a sentence inside a paragraph", () => {
    assertFlags("*A sturdy everyday toque for cold mornings.*", brief("Merino Trail Sock", "70% merino"), ["toque"]);
    assertFlags("- **Meta description**: An easy-care cardigan in linen.", brief("Linen Shirt", "100% linen"), ["cardigan"]);
    assertFlags("<ul><li>A cosy beanie for the trail</li></ul>", brief("Merino Trail Sock", "70% merino"), ["beanie"]);
    assertGrounded("- A matching hat completes the look.", brief("Merino Trail Sock", "70% merino"));
    assertGrounded("Wear them all day. A scarf and boots finish the outfit.", brief("Merino Trail Sock", "70% merino"));
    assertGrounded("A warm hat for winter.\n- A beanie you will wear daily", brief("Rib Knit Beanie", "Merino"));
  });
});

describe("checkGrounding: blind sets 27 and 28", () => {
  it("reads figures as a careful writer reworks them", () => {
    assertGrounded("Four widths to choose from — 20, 25, 30 or 35 mm.", brief("Strap", "Widths 20, 25, 30 and 35 mm"));
    assertFlags("Five widths to choose from — 20, 25, 30 or 35 mm.", brief("Strap", "Widths 20, 25, 30 and 35 mm"), ["Five"]);
    assertGrounded("Sixty per cent cocoa in an 80 g bar: 48 g of cocoa solids.", brief("Chocolate", "60% cocoa", "80 g bar"));
    assertGrounded("Just 1.5 g of sugar per chew.", brief("Chews", "3 g sugar per two-chew serving"));
    assertGrounded("Forty litres, about 2,440 cubic inches.", brief("Pack", "40 L"));
    assertGrounded("A 15 mm strap, roughly three-fifths of an inch.", brief("Watch", "Strap 15 mm"));
    assertGrounded("Seven parts wool to three parts nylon.", brief("Socks", "70% wool, 30% nylon"));
    assertGrounded("Seven positions in all, from 0° to 90° in 15° steps.", brief("Chair", "Recline 0–90° in 15° steps"));
    assertGrounded("Three USB ports — two USB-A and one USB-C — share the load.", brief("Hub", "2 USB-A + 1 USB-C ports"));
    assertGrounded("Three hundred and twenty pieces in one tub.", brief("Bricks", "320 pieces"));
    assertGrounded("Build a tower, then knock it down and start again.", brief("Bricks", "320 pieces"));
    assertGrounded("A 20 mm blade.", brief("Tape", "5 m / 16 ft blade", "Blade width 20 mm"));
    assertGrounded("The two smaller sizes suit most jobs.", brief("Screws", "Sizes: 30 mm (100), 40 mm (100), 50 mm (50)"));
  });

  it("sets aside a storyteller's scene: the hour, a wait, an errand, a bag zipped shut, a drink shaken with milk, shelf contents, clothes worn alike", () => {
    assertGrounded("It's 6 a.m. and the trail is calling.", brief("Headlamp", "300 lumens"));
    assertGrounded("Gate B12, delayed, three hours to go.", brief("Neck Pillow", "Memory foam"));
    assertGrounded("Whether you're on a run or walking the dog.", brief("Jacket", "Windproof"));
    assertGrounded("Scoop, then zip the pouch closed.", brief("Granola", "500 g pouch"));
    assertGrounded("Shake it up with milk or water.", brief("Protein", "Whey isolate"));
    assertGrounded("Each shelf holds 20 kg of books, vinyl or plants.", brief("Shelf", "Pine", "20 kg per shelf"));
    assertGrounded("It looks right with jeans or denim alike.", brief("Belt", "Leather"));
    assertGrounded("Go cable-free on Bluetooth.", brief("Keyboard", "Bluetooth 5.1"));
  });
});

describe("checkGrounding: blind set 29", () => {
  it("holds bed sizes and listed colours to the brief's, and reads room for a number as a capacity", () => {
    assertFlags("A queen-size bed and a sea view.", brief("Garden Room", "One double bed", "Sea view"), ["queen-size"]);
    assertGrounded("A double bed and a sea view.", brief("Garden Room", "One double bed", "Sea view"));
    assertFlags("Fits a double mattress; also fits king.", brief("Bed Frame", "Double (135 x 190 cm mattress)"), ["king"]);
    assertFlags("Choose sage, sand or navy.", brief("Throw", "Colours: sage and sand"), ["navy"]);
    assertGrounded("Choose sage or sand.", brief("Throw", "Colours: sage and sand"));
    assertGrounded("In blue, green or red.", brief("Mug", "Stoneware"));
    assertFlags("Room for four around the fire.", brief("Fire Pit Bench", "Seats 3"), ["four"]);
    assertFlags("Accepted as hand luggage by every major airline.", brief("Cabin Case", "55 x 35 x 20 cm"), ["Accepted as hand luggage by every major airline"]);
    assertGrounded("Accepted as hand luggage by every major airline.", brief("Cabin Case", "Meets the cabin rules of every major airline"));
  });

  it("backs a cap that won't leak, no added fragrance, a lid in make-up and a shop's order cut-off", () => {
    assertGrounded("A cap that won't leak in your bag.", brief("Flask", "Leak-proof lid"));
    assertGrounded("No added fragrance.", brief("Litter", "Unscented"));
    assertGrounded("Sweep the shimmer over the lid, then blend into the crease.", brief("Palette", "12 shades"));
    assertGrounded("Order by 2pm and it ships today.", brief("Lamp", "LED"));
  });
});

describe("checkGrounding: blind set 30", () => {
  it("reads a generator's structured output as its brief means it", () => {
    assertGrounded("Rated to minus five degrees Celsius.", brief("Sleeping Bag", "Comfort -5°C"));
    assertFlags("Rated to minus ten degrees Celsius.", brief("Sleeping Bag", "Comfort -5°C"), ["minus ten degrees Celsius"]);
    assertGrounded("The fabric is almost all cotton, and it buttons rather than zips: no zip at all.", brief("Jeans", "97% cotton, 3% elastane", "Button fly"));
    assertGrounded("Crisp 4K detail on a 32-inch panel.", brief("4K Monitor 32", "32-inch IPS"));
    assertGrounded("The arm moves up and down.", brief("Desk Lamp", "Adjustable arm"));
    assertGrounded("A hook that holds onto steel beams while you measure.", brief("Tape", "Magnetic hook"));
    assertGrounded("It is built from MDF. Its doors open wide.", brief("Play Kitchen", "MDF construction"));
    assertGrounded("Eight utensils come with it so play starts at once.", brief("Play Kitchen", "Includes 8 utensils"));
    assertGrounded("Two guides, Ana and Rui, lead every walk.", brief("Walking Tour", "Guides: Ana, Rui"));
  });
});

describe("checkGrounding: blind set 31", () => {
  it("backs none of a nutrient written as 0 g, and sets aside half-finished snacks, a two-tone look, a shelf display and two wheels", () => {
    assertGrounded("0 g of sugar in every can.", brief("Seltzer", "Zero sugar"));
    assertFlags("0 g of fat in every can.", brief("Seltzer", "Zero sugar"), ["0 g"]);
    assertGrounded("Pouches keep half-finished snacks fresh.", brief("Snack Packs", "Resealable pouches"));
    assertGrounded("A two-tone look for every day.", brief("Ring Set", "Silver and gold vermeil"));
    assertGrounded("It doubles as a shelf display after play.", brief("Stacker", "Beech"));
    assertGrounded("The first step to two wheels.", brief("Balance Bike", "12-inch tyres"));
  });
});

describe("checkGrounding: small-model slips (blind set 32)", () => {
  it("reads an HTML entity as the character it shows, with offsets into the original", () => {
    assertGrounded("<li>Comfort rating: -5&deg;C (23&deg;F)</li>", brief("Sleeping Bag", "Comfort rating -5°C"));
    assertGrounded("<li>Comes in three colours: white, sand &amp; olive</li>", brief("Shirt", "Available in white, sand and olive"));
    const [finding] = assertFlags("<p>Rated to -9&deg;C</p>", brief("Sleeping Bag", "Comfort rating -5°C"), ["-9&deg;C"]);
    assert.equal(finding.start, 12);
  });

  it("backs a fraction written as a share, and a total of two named figures", () => {
    assertGrounded("Packs down to 50% of its size.", brief("Neck Pillow", "Compresses to half its size"));
    assertFlags("Packs down to 40% of its size.", brief("Neck Pillow", "Compresses to half its size"), ["40%"]);
    assertGrounded("1,000 mg of EPA and DHA together.", brief("Fish Oil", "Per 2 capsules: 600 mg EPA and 400 mg DHA"));
    assertFlags("1,100 mg of EPA and DHA together.", brief("Fish Oil", "Per 2 capsules: 600 mg EPA and 400 mg DHA"), ["1,100 mg"]);
  });

  it("keeps a figure on the thing it belongs to", () => {
    assertFlags("Serves 11.", brief("Penne", "Cooks in 11 minutes"), ["11"]);
    assertFlags("All routes between 5 islands.", brief("Ferry Pass", "Valid on all routes between 4 islands", "Kids under 5 travel free"), ["5"]);
    assertFlags("60-day colour guarantee.", brief("Jeans", "Free returns within 60 days"), ["60-day"]);
    assertGrounded("A hundred-night trial and a ten-year warranty.", brief("Mattress", "100-night trial", "10-year warranty"));
    assertFlags("Weight 240 g per pair.", brief("Trekking Poles", "Weight 240 g per pole"), ["240 g"]);
    assertGrounded("Just 480 g the pair.", brief("Trekking Poles", "Weight 240 g per pole"));
    assertFlags("200 mg elemental magnesium per capsule.", brief("Magnesium", "200 mg elemental magnesium per 2 capsules"), ["200 mg elemental magnesium per capsule"]);
  });

  it("flags one size for a product the brief sizes, goat hair for synthetic bristles, and the oil a softgel is suspended in", () => {
    assertFlags("Available in one size: XL.", brief("Rain Jacket", "Sizes XS-XXL"), ["one size"]);
    assertGrounded("Between sizes? Go one size up.", brief("Rain Jacket", "Sizes XS-XXL"));
    assertGrounded("One size fits most.", brief("Beanie", "One size fits most"));
    assertFlags("Natural goat hair bristles.", brief("Brush Set", "Synthetic bristles"), ["goat hair"]);
    assertFlags("Suspended in coconut oil for absorption.", brief("Vitamin D3", "In olive oil"), ["coconut oil"]);
  });
});

describe("checkGrounding: Shopify rows (blind set 33)", () => {
  it("backs a saving worked out from the price and the compare-at price, and whole servings of a pack", () => {
    assertGrounded("£24, a 20% saving on the usual £30.", brief("Lip Trio", "Price: £24.00", "Compare at price: £30.00"));
    assertGrounded("$99 — save $30 (23%).", brief("Keyboard", "Price: $99.00", "Compare at price: $129.00"));
    assertFlags("$99 — now 30% off.", brief("Keyboard", "Price: $99.00", "Compare at price: $129.00"), ["30%"]);
    assertGrounded("That's 33 servings per 1kg.", brief("Whey 1kg", "25 g protein per 30 g scoop"));
    assertFlags("That's 35 servings per 1kg.", brief("Whey 1kg", "25 g protein per 30 g scoop"), ["35"]);
  });

  it("reads sizes lettered before their figures, lower-case tags, and the price of one", () => {
    assertGrounded("It stands 55 cm tall with a 45 cm round top.", brief("Table", "Dimensions: W45 x D45 x H55 cm"));
    assertFlags("It stands 60 cm tall.", brief("Table", "Dimensions: W45 x D45 x H55 cm"), ["60 cm"]);
    assertGrounded("Works with Alexa and Google Home.", { name: "Smart Plug", facts: ["10A rated"], keywords: ["alexa", "google-home"] });
    assertFlags("Works with Apple HomeKit.", { name: "Smart Plug", facts: ["10A rated"], keywords: ["alexa", "google-home"] }, ["Works with Apple HomeKit"]);
    assertGrounded("Buy one for $9.50 or grab a 3-pack.", brief("Hot Sauce", "Pack: Single, 3-Pack", "Price: $9.50"));
  });

  it("flags a headcount from another figure, each body part of a list, a packaging extra and a stored-cold product called shelf-stable", () => {
    assertFlags("Room for three.", brief("Ridgeline 2-Person Tent", "3-season design"), ["three"]);
    assertFlags("It supports normal immune function and healthy bones.", brief("D3", "Supports normal immune function."), ["healthy bones"]);
    assertGrounded("It supports normal immune function and healthy bones.", brief("D3", "Supports normal immune function and bones."));
    assertFlags("Every pair arrives in a branded gift box.", brief("Hoops", "925 sterling silver"), ["arrives in a branded gift box"]);
    assertGrounded("It comes in three colours.", brief("Tee", "Colours: white, black, navy"));
    assertFlags("Shelf-stable.", brief("Probiotic", "Store in the fridge after opening."), ["Shelf-stable"]);
    assertGrounded("Shelf-stable, so no fridge needed.", brief("Probiotic", "Refrigeration not required"));
  });
});

describe("checkGrounding: an evaluator's mix (blind set 34)", () => {
  it("reads an hour said as a word beside its minutes, and multiplies no measure by a count of ports", () => {
    assertGrounded("Water-resistant for 80 minutes (an hour and twenty minutes).", brief("Sunscreen", "Water-resistant for 80 minutes"));
    assertFlags("Water-resistant for an hour and forty minutes.", brief("Sunscreen", "Water-resistant for 80 minutes"), ["an hour and forty minutes"]);
    assertFlags("20,000 mAh of capacity.", brief("Power Bank", "10,000 mAh capacity", "Two output ports"), ["20,000 mAh"]);
    assertGrounded("Three shades, 10.5 g of lipstick in all.", brief("Lipstick Trio", "3 shades", "3.5 g each"));
  });

  it("keeps a part that names its own thing out of the first part's count", () => {
    assertFlags("It has three perches.", brief("Cat Tree", "2 perches and 1 condo"), ["three"]);
    assertGrounded("Three ports in all.", brief("Hub", "Two USB-C ports, one USB-A"));
  });

  it("reads keratin, the IFOS rating, a mount for any handlebar, and what a relative clause includes", () => {
    assertFlags("With argan oil and hydrolysed keratin.", brief("Shampoo", "Contains argan oil"), ["hydrolysed keratin"]);
    assertFlags("IFOS 5-star certified.", brief("Fish Oil", "60 softgels"), ["IFOS 5-star"]);
    assertFlags("It mounts on any handlebar.", brief("Bike Light", "400 lumens"), ["mounts on any handlebar"]);
    assertGrounded("Start with breakfast, which is included in every stay.", brief("Hotel", "Breakfast included"));
    assertFlags("Start with breakfast, which is included in every stay.", brief("Hotel", "Free Wi-Fi"), ["breakfast, which is included"]);
  });
});

describe("checkGrounding: long, fluent lifestyle copy (blind set 35)", () => {
  it("leaves a scene's times, idioms and props alone", () => {
    assertGrounded("Just dashing for the 8:15 train? Your cat will thank you at 5 a.m.", brief("Rain Shell", "Weight 410 g"));
    assertFlags("Check-in from 3 pm.", brief("Hotel", "24 rooms"), ["3 pm"]);
    assertGrounded("Feel the difference by the end of your first 9-to-5.", brief("Task Chair", "Seat height 44-54 cm"));
    assertGrounded("Let the beans come to you, one cup at a time.", brief("Whole Beans 1 kg", "1 kg bag"));
    assertGrounded("Nothing competes with the smell of salt air, from the first coffee on the promenade to the last swim.", brief("Sunscreen", "SPF 50"));
    assertGrounded("It keeps grit and pine needles out.", brief("Trail Runner", "Gusseted tongue"));
    assertGrounded("Your cat will have claimed it before you've even recycled the box. Pack a waterproof, bring your camera.", brief("Scratcher", "Height 90 cm"));
    assertFlags("A waterproof tote.", brief("Tote", "Cotton"), ["waterproof"]);
  });

  it("reads a figure and a half, waist sizes in inches, rough conversions that say which way they round, and a pair's shared noun", () => {
    assertGrounded("At 35 mm wide, just under an inch and a half.", brief("Belt", "Width 35 mm"));
    assertGrounded("Standing 52 cm tall, about 20 and a half inches.", brief("Lamp", "Total height 52 cm"));
    assertGrounded("Sizes spanning a 30 to 40 inch waist.", brief("Belt", "Sizes for 30-40 in waist"));
    assertGrounded("Four bars, 320 grams in all, or a little over 11 ounces.", brief("Chocolate", "Bar weight 80 g", "Pack of 4 bars"));
    assertFlags("At 290 g, just under 10 ounces.", brief("Trail Runner", "Weight 290 g"), ["10 ounces"]);
    assertGrounded("25 g of protein in every 30 g scoop, more than 80% protein by weight.", brief("Whey", "25 g protein per 30 g scoop"));
    assertGrounded("Cold-processed with coconut and castor oils.", brief("Shampoo Bar", "Cold-processed with coconut oil and castor oil"));
  });
});

describe("checkGrounding: spec sheets (blind set 36)", () => {
  it("scales a figure given per 100 g, per litre or per kilo to the brief's other amounts", () => {
    const granola = brief("Granola 500 g", "Net weight 500 g", "Per 100 g: 460 kcal, protein 12 g, fibre 8 g", "Serving size 50 g");
    assertGrounded("A 50 g serving gives you 230 kcal, 6 g of protein and 4 g of fibre.", granola);
    assertFlags("A 50 g serving gives you 250 kcal and 7 g of protein.", granola, ["250 kcal", "7 g"]);
    assertGrounded("Each can carries just 4 mg of sodium.", brief("Water 6 x 330 ml", "Pack of 6 cans, 330 ml each", "Sodium 12 mg per litre"));
    assertGrounded("A 250 g daily portion delivers 950 kcal.", brief("Dog Food 12 kg", "Energy 3,800 kcal/kg", "Feeding guide: 250 g per day"));
    assertGrounded("One square gives you 60 kcal and just 1.4 g of sugars.", brief("Chocolate", "Bar weight 100 g, 10 squares", "Per 100 g: 600 kcal, sugars 14 g"));
  });

  it("reads pounds and ounces together, US fluid ounces, a ratio of the brief's figures, a week's stay, children's ages and parts that add up", () => {
    assertGrounded("It weighs 1.1 kg on the trail, about 2 lb 7 oz.", brief("Tent", "Minimum trail weight 1.1 kg"));
    assertFlags("It weighs 1.1 kg on the trail, about 2 lb 12 oz.", brief("Tent", "Minimum trail weight 1.1 kg"), ["2 lb 12 oz"]);
    assertGrounded("Three-quarters of a litre, about 25 US fl oz.", brief("Bottle", "Capacity 750 ml"));
    assertGrounded("400 lumens on high, ten times the 40-lumen low mode.", brief("Headlamp", "Max output 400 lumens (high)", "Low mode 40 lumens"));
    assertGrounded("Minimum stay one week.", brief("Villa", "Minimum stay 7 nights"));
    assertGrounded("Kids aged 6 to 15 ride at half price.", brief("Rail Pass", "Children 6–15 travel at 50% of adult price"));
    assertGrounded("Three inputs (two HDMI 2.0 and one DisplayPort 1.4).", brief("Monitor", "Ports: 2x HDMI 2.0, 1x DisplayPort 1.4"));
    assertFlags("It splits 65 W across four ports — three USB-C and one USB-A — with a plug that folds away.", brief("Charger", "Total output 65 W", "Ports: 2 × USB-C, 1 × USB-A"), ["four"]);
    assertGrounded("The bag pulls about 55 doubles.", brief("Coffee 1 kg", "Net weight 1 kg", "Recommended dose 18 g per double espresso"));
    assertGrounded("Zero-calorie sparkling water.", brief("Water", "0 kcal"));
    assertGrounded("10% niacinamide with 1% zinc PCA.", brief("Serum", "Niacinamide 10%", "Zinc PCA 1%"));
  });
});

describe("checkGrounding: minimal pairs (blind set 37)", () => {
  it("reads a trio, the guests a meal is for, a figure split by thousands in a list, and inches closing a size", () => {
    assertFlags("A trio of zippered hand pockets keeps essentials close.", brief("Rain Jacket", "Two zippered hand pockets"), ["A trio of"]);
    assertGrounded("A pair of zippered hand pockets keeps essentials close.", brief("Rain Jacket", "Two zippered hand pockets"));
    assertFlags("Breakfast for four is included.", brief("Hotel Room", "Breakfast for two included"), ["four"]);
    assertGrounded("Breakfast for two is included, and you can cancel up to 7 days before.", brief("Hotel Room", "Breakfast for two included", "Free cancellation up to 7 days before arrival"));
    assertFlags("Cancel up to 14 days before you arrive.", brief("Package", "Daily breakfast for two", "Free cancellation up to 7 days before arrival"), ["14 days"]);
    assertFlags("Its three-speed gearbox tops out at 450 or 1,650 RPM.", brief("Drill", "Two-speed gearbox: 0–450 / 0–1,650 RPM"), ["three"]);
    assertFlags("Its 50 × 50 in top stands 55 cm tall.", brief("Side Table", "50 cm W x 50 cm D x 55 cm H"), ["50 in"]);
    assertGrounded("Its 50 × 50 cm top stands 55 cm tall.", brief("Side Table", "50 cm W x 50 cm D x 55 cm H"));
  });
});

describe("checkGrounding: a held-out style mix (blind set 38)", () => {
  it("holds a serving's figure to the brief's figure for the same serving, however the serving is described", () => {
    const magnesium = brief("Magnesium Glycinate 120 Capsules", "200 mg elemental magnesium per serving (2 capsules)", "120 vegan capsules", "60 servings");
    assertFlags("Each two-capsule serving of our blend provides 400 mg of elemental magnesium.", magnesium, ["400 mg"]);
    assertGrounded("Each two-capsule serving of our blend provides 200 mg of elemental magnesium.", magnesium);
  });

  it("reads a battery figure 'with case' as the total, to which the per-charge figure does not add", () => {
    const earbuds = brief("Earbuds", "6 hours playback per charge, 24 hours with case");
    assertFlags("Six hours per charge, with up to 30 hours in total from the case.", earbuds, ["30 hours"]);
    assertGrounded("Six hours per charge, with up to 24 hours in total from the case.", earbuds);
  });

  it("flags a type, class or grade code the brief does not give where it gives another of that kind", () => {
    assertFlags("Hydrolysed type I and III collagen from cod skin.", brief("Collagen", "Hydrolysed type I collagen from cod skin"), ["type I and III"]);
    assertGrounded("Hydrolysed Type 1 collagen from cod skin.", brief("Collagen", "Hydrolysed type I collagen from cod skin"));
    assertFlags("Rated Type IAA for 375 lb.", brief("Ladder", "ANSI Type IA, 300 lb duty rating"), ["Type IAA", "375 lb"]);
    assertGrounded("Charges over USB Type-C.", brief("Lamp", "USB-C charging"));
    assertGrounded("Type II and ISO certified.", brief("Mask", "Type II surgical mask", "ISO 13485 certified"));
  });

  it("flags 'all life stages', 'every skin type' and 'dogs of all sizes' where the brief names only some", () => {
    assertFlags("Suitable for cats at all life stages, from kittens to seniors.", brief("Cat Food", "For adult cats 1+ years"), ["all life stages, from kittens to seniors"]);
    assertFlags("Gentle on every skin type.", brief("Cleanser", "For dry to normal skin"), ["every skin type"]);
    assertFlags("A chew for dogs of all sizes.", brief("Chew", "For medium dogs 10–25 kg"), ["dogs of all sizes"]);
    assertGrounded("Gentle on every skin type.", brief("Cleanser", "Suitable for all skin types, including sensitive skin"));
    assertGrounded("Gentle on every skin type.", brief("Cleanser", "Fragrance-free"));
    assertGrounded("Fun for all ages.", brief("Puzzle", "500 pieces", "50+ colours"));
  });

  it("adds some of one line's parts, but not other parts to a count of the same things", () => {
    const tiles = brief("Magnetic Tiles 60 Pieces", "60 pieces: 40 squares, 16 triangles, 4 large squares");
    assertGrounded("That's 56 standard tiles plus four oversized bases.", tiles);
    assertFlags("That's 52 standard tiles plus four oversized bases.", tiles, ["52"]);
    assertFlags("Three platforms, a condo and a hammock.", brief("Cat Tree", "2 platforms, 1 condo, 1 hammock"), ["Three"]);
  });

  it("leaves 'one day' as 'some day', a vague free-from and one private service named by another alone", () => {
    assertGrounded("Made to be worn every day and, one day, passed down.", brief("Signet Ring", "Solid sterling silver"));
    assertFlags("The battery lasts one day, then charges in an hour.", brief("Watch", "Battery lasts 12 hours", "Charges in 1 hour"), ["one day"]);
    assertGrounded("Non-GMO and free from unnecessary extras.", brief("Ashwagandha", "Non-GMO"));
    assertGrounded("Your private driver meets you in arrivals.", brief("Airport Transfer", "Private car for up to 3 passengers", "Meet & greet in arrivals hall"));
    assertFlags("Your private guide meets you in arrivals.", brief("Airport Transfer", "Private car for up to 3 passengers"), ["private guide"]);
  });
});

describe("checkGrounding: a held-out mix with short Markdown and HTML (blind set 39)", () => {
  it("reads 'free from X' as the absence the brief's 'X-free' states, in the singular or the plural", () => {
    assertGrounded("A mild shampoo, free from sulfates.", brief("Shampoo", "Sulfate-free"));
    assertGrounded("Vegan and free of parabens.", brief("Lip Balm", "Vegan", "Paraben-free"));
    assertFlags("Vegan and free of lanolin.", brief("Lip Balm", "Vegan"), ["free of lanolin"]);
  });

  it("reads inches closed by a metric bracket, a range of inches and inches twice over", () => {
    assertGrounded("At 7 in (18 cm) long, it fits most wrists.", brief("Bracelet", "Length 18 cm"));
    assertFlags("At 9 in (23 cm) long, it fits most wrists.", brief("Bracelet", "Length 18 cm"), ["9 in", "23 cm"]);
    const bits = brief("Drill Bits", "13 bits, 1/16 in to 1/4 in in 1/64 in increments");
    assertGrounded("Thirteen bits from 1/16 in up to 1/4 in, in 1/64 in steps.", bits);
    assertFlags("Thirteen bits from 1/16 in up to 1/2 in, in 1/64 in steps.", bits, ["1/2 in"]);
  });

  it("keeps an award's name on its own line, so a list item before it does not back it", () => {
    const sauce = brief("Hot Sauce", "150 ml bottle", "Made in Mexico");
    assertFlags("<ul><li>Made in Mexico</li><li>Award-winning recipe</li></ul>", sauce, ["Award-winning"]);
    assertFlags("- Made in Mexico\n- Award-winning recipe", sauce, ["Award-winning"]);
  });

  it("holds a count to the brief's count of the same things, not to a ratio of two of its measures", () => {
    const bookcase = brief("Oak Bookcase", "5 shelves", "180 x 80 x 30 cm");
    assertFlags("Six shelves give your books room to breathe.", bookcase, ["Six"]);
    assertGrounded("Five shelves give your books room to breathe.", bookcase);
  });

  it("reads 'a pair of' earrings or socks as one product, unless the brief counts the pairs", () => {
    assertGrounded("Every jewellery box needs a pair of hoops like these.", brief("Classic 20 mm Silver Hoops", "925 sterling silver", "20 mm diameter"));
    assertGrounded("A pair of cufflinks with a whale-back fitting.", brief("Cufflinks", "Pair of cufflinks", "Whale-back fittings"));
    assertFlags("A pair of socks for every day.", brief("Socks", "Pack of 3 pairs", "Cotton"), ["A pair of"]);
  });

  it("backs an extender's length with the difference between a chain's length and how far it extends", () => {
    const pendant = brief("Pendant", "Chain length 45 cm, extends to 50 cm");
    assertGrounded("A 45 cm chain with a 5 cm extender.", pendant);
    assertFlags("A 45 cm chain with a 7 cm extender.", pendant, ["7 cm"]);
  });

  it("does not give the product a part the reader leaves behind for it", () => {
    assertGrounded("Trade the alarm clock for a slower pace.", brief("Seaside Break", "2 nights in a sea-view room", "Daily breakfast"));
    assertFlags("A built-in alarm wakes you gently.", brief("Lamp", "Warm white LED"), ["built-in alarm"]);
  });

  it("flags 'free' on a service the brief offers at a price or only says is available", () => {
    assertFlags("Free personal engraving on every ring.", brief("Signet Ring", "316L steel", "Personal engraving available"), ["Free personal engraving"]);
    assertFlags("Free parking for guests.", brief("Apartment", "Paid parking nearby"), ["Free parking"]);
    assertGrounded("Free Wi-Fi and free breakfast each morning.", brief("Hotel Break", "Free Wi-Fi", "Daily breakfast for two"));
  });

  it("holds a rating joined to its number ('four-season', '4-way') to the brief's rating, not to sums of its other counts", () => {
    const tent = brief("Backpacking Tent", "Sleeps 2", "Two doors and two vestibules");
    assertFlags("A true four-season shelter.", tent, ["four"]);
    assertGrounded("A true three-season shelter.", brief("Backpacking Tent", "Sleeps 2", "Season: 3"));
    assertGrounded("A two-speed gearbox.", brief("Drill", "Speeds: 2 (0-400 / 0-1,500 rpm)"));
  });

  it("flags meeting the cabin limits of every airline", () => {
    assertFlags("It meets carry-on limits on every airline.", brief("Carry-On", "55 x 40 x 20 cm"), ["meets carry-on limits on every airline"]);
  });
});
