import * as assert from "node:assert/strict";
import { categoryRules } from "../../../src/core/claims/categoryRules";
import { applyFix, checkClaims, claimRulesFor, type ClaimRule } from "../../../src/core/claims/checkClaims";
import { claimCategories, claimPatternFlags } from "../../../src/core/claims/claimRule";
import { patternRulesFor } from "../../../src/core/claims/claimRulesFor";
import { expandLexicons, inflections } from "../../../src/core/claims/lexicons";
import { findIndustryProfile, generalRetailProfile, industryProfiles } from "../../../src/core/profiles/industryProfiles";

// These tests are about the pattern rules and their context stage; the learned second opinion has its own (learnedClaim.test.ts).
const retail = patternRulesFor(generalRetailProfile);
const idsIn = (text: string, rules: readonly ClaimRule[] = retail) => checkClaims(text, rules).map((finding) => finding.ruleId);
const flagged = (text: string, rules: readonly ClaimRule[] = retail) => idsIn(text, rules).length > 0;
const rulesOf = (id: string) => patternRulesFor(findIndustryProfile(id)!);

describe("claim categories", () => {
  it("compiles every category pattern, none matching empty text, each matching one of its rule's examples", () => {
    for (const rule of categoryRules()) {
      for (const source of [...(rule.exceptions ?? []), ...(rule.context?.qualifiers ?? []), ...(rule.context?.requires ?? [])]) {
        assert.equal(new RegExp(source, "iu").test(""), false, `${rule.id}: a context pattern matches empty text`);
      }
      for (const source of rule.patterns) {
        const pattern = new RegExp(source, claimPatternFlags);
        assert.equal(new RegExp(source, "iu").test(""), false, `${rule.id} matches empty text`);
        assert.ok(
          rule.violationExamples.some((example) => {
            pattern.lastIndex = 0;
            return pattern.test(example);
          }),
          `${rule.id}: a pattern matches none of its examples`,
        );
      }
    }
  });

  it("checks every industry, general retail and unknown industries alike, for every category", () => {
    for (const profile of [generalRetailProfile, ...industryProfiles]) {
      const categories = new Set(claimRulesFor(profile).map((rule) => rule.category));
      for (const category of claimCategories) assert.ok(categories.has(category), `${profile.id} lacks ${category}`);
    }
    // A disease claim is caught in industries whose own rules never mention diseases.
    for (const id of ["toys-kids", "travel-hospitality", "home-furniture", "consumer-electronics"]) {
      assert.deepEqual(idsIn("A night light that prevents SIDS.", rulesOf(id)), ["disease-claim"], id);
    }
    assert.deepEqual(idsIn("An unbreakable suitcase.", rulesOf("travel-hospitality")), ["absolute-resistance-claim"]);
  });

  it("matches on tokens: words in between, and every inflection of a verb", () => {
    assert.deepEqual(idsIn("These chews cure your dog's anxiety."), ["disease-claim"]);
    assert.deepEqual(idsIn("This router blocks 100% of harmful 5G radiation."), ["germ-and-radiation-claim"]);
    for (const verb of ["relieves", "relieved", "relieving"]) assert.ok(flagged(`A balm ${verb} eczema flare-ups.`), verb);
    assert.deepEqual(inflections("stop"), ["stop", "stops", "stopped", "stopping"]);
    assert.deepEqual(inflections("ease"), ["ease", "eases", "eased", "easing"]);
    assert.deepEqual(inflections("fight"), ["fight", "fights", "fought", "fighting"]);
    assert.ok(new RegExp(expandLexicons("{{conditions}}"), "iu").test("rheumatoid arthritis"));
    assert.equal(new RegExp(expandLexicons("^{{conditions}}$"), "iu").test("wrinkles"), false, "cosmetic concerns are no disease");
  });

  it("catches implied drug claims with no trigger word", () => {
    assert.deepEqual(idsIn("Many customers were able to stop taking their insulin."), ["disease-claim"]);
    assert.ok(flagged("Most users no longer need their blood pressure pills."));
    assert.equal(flagged("Consult your doctor if you take blood pressure medication."), false);
  });

  it("drops claims negated in their clause, and only those", () => {
    for (const text of [
      "These jeans are not indestructible, so wash them inside out.",
      "They are not compostable.",
      "No system is completely secure, but we patch within a day.",
      "The tracker does not diagnose, treat or prevent heart disease.",
      "It is not intended to diagnose, treat, cure, or relieve arthritis.",
      "Returns are not guaranteed.",
    ]) {
      assert.deepEqual(idsIn(text), [], text);
    }
    for (const text of ["Not tested on animals, 100% chemical-free.", "It is not only eco-friendly but unbreakable.", "A formula with no parabens that cures eczema."]) {
      assert.ok(flagged(text), text);
    }
  });

  it("lets evidence qualify a claim, unless an intensifier makes it absolute", () => {
    assert.ok(flagged("Drop-proof casing."));
    assert.equal(flagged("Drop-proof casing, tested to MIL-STD-810H."), false, "a standard's identifier");
    assert.ok(flagged("Certified organic cotton."));
    assert.equal(flagged("Certified organic cotton (licence no. CU 823451)."), false, "a licence number");
    assert.equal(flagged("Certified cruelty-free by Cruelty Free International."), false, "a named certifier");
    assert.ok(flagged("Certified safe by our own experts."), "experts are no certifier");
    assert.ok(flagged("Clinically proven to hydrate."));
    assert.equal(flagged("Clinically proven to hydrate in a 4-week study of 40 women."), false, "study size and method");
    assert.ok(flagged("Rated best by professionals."));
    assert.equal(flagged("Rated best trainer at the 2024 Drapers Footwear Awards."), false, "an award with its year");
    assert.equal(flagged("A sustainable jacket in 80% recycled polyester."), false);
    assert.ok(flagged("A 100% sustainable jacket in 80% recycled polyester."), "the intensifier wins over the qualifier");
    assert.ok(flagged("The pouch is fully biodegradable within 90 days."));
  });

  it("reads evidence from an asterisk footnote, and a disclaimer anywhere in the document", () => {
    assert.equal(flagged("Clinically proven to hydrate.*\n\n*In a 4-week study of 40 women."), false);
    assert.ok(flagged("Clinically proven to hydrate.\n\nIn a 4-week study of 40 women."), "evidence in another sentence with no mark");
    const earn = "Earn up to 8% a year on your savings.";
    assert.ok(flagged(earn));
    assert.equal(flagged(`${earn}\n\nCapital at risk. You may get back less than you invest.`), false);
    const health = rulesOf("health-supplements");
    assert.deepEqual(idsIn("Supports healthy sleep.* *These statements have not been evaluated by the Food and Drug Administration.", health), []);
  });

  it("flags a purity claim only beside what contradicts it, in the same clause", () => {
    assert.ok(flagged("Solid gold hoops with an 18K plating."));
    assert.ok(flagged("Pure silver necklace, stamped 925."));
    assert.equal(flagged("Pure silver (999) charm."), false);
    assert.equal(flagged("The solid gold look, in brass with 2.5 micron gold plating."), false);
    assert.ok(flagged("Pure cashmere scarf, 30% cashmere and 70% wool."));
    assert.equal(flagged("Genuine leather upper; the lining is PU."), false, "the contradiction stands in another clause");
  });

  it("round 16: discarded medicines, N-out-of-M endorsers, returns whatever the economy does, karat and vermeil bases, self-issued scheme certificates, negated universals, '-proof' made permanent", () => {
    // Throwing a medicine out is a way of dropping it.
    assert.deepEqual(idsIn("Dozens of members have thrown out their sleeping pills for good."), ["disease-claim"]);
    assert.ok(flagged("Readers tell us they chucked their painkillers after a week."));
    assert.ok(flagged("She hasn't needed her painkillers since she started."));
    assert.ok(flagged("No more sleeping pills: just two gummies before bed."));
    assert.equal(flagged("Take no more than two tablets a day."), false, "a dose limit");
    // "N out of M" professionals, in words or digits, any denominator; a rating is no endorsement.
    assert.ok(flagged("Eight out of ten skin specialists would choose it for their own families."));
    assert.ok(flagged("Recommended by 4 out of 5 CIOs."));
    assert.ok(flagged("Three in four accountants prefer our ledger."));
    assert.ok(flagged("The cream dermatologists would use on their own children."));
    assert.equal(flagged("Rated 4 out of 5 stars by 2,340 guests on Tripadvisor in 2024."), false);
    assert.equal(flagged("A 2 in 1 shampoo and conditioner."), false);
    assert.equal(flagged("Lose up to 3 out of 4 buttons? We send spares free."), false);
    assert.ok(flagged("Two-thirds of CFOs use our platform."));
    assert.equal(flagged("One in four dogs is overweight, so measure meals."), false, "a prevalence fact endorses nothing");
    // A rate of growth promised whatever the economy does.
    assert.ok(flagged("Park your savings with us and watch them grow 12% a year, no matter how the economy performs."));
    assert.ok(flagged("Your pension keeps growing regardless of market conditions."));
    assert.equal(flagged("Our fees stay the same regardless of market conditions."), false);
    assert.ok(flagged("Steady 7% returns, come rain or shine."));
    assert.equal(flagged("We rebalance your portfolio quarterly, whatever the markets do, so it stays on target."), false);
    // A karat claim with a base metal or plating beside it; vermeil is gold over sterling silver only.
    assert.ok(flagged("Our 24K gold charm bracelet has a durable stainless steel base under a micron-thin gold plate."));
    assert.ok(flagged("Gold vermeil studs, made with 18k gold over a solid brass base."));
    assert.ok(flagged("Vermeil hoops: 18k gold plated over copper."));
    assert.equal(flagged("Brass ring plated in 18k gold."), false);
    assert.equal(flagged("18k white gold band, rhodium plated for brightness."), false);
    assert.equal(flagged("Gold vermeil: a thick layer of 18k gold over sterling silver, with surgical steel posts."), false);
    assert.equal(flagged("22K gold coin pendant set in a sterling silver bezel."), false);
    assert.equal(flagged("14k gold chain with a 14k gold-plated clasp."), false, "plating of a part");
    // A scheme's certificate is issued by its body, not by the seller.
    assert.ok(flagged("Every diamond comes with our own in-house Kimberley Process certificate, signed by our founder."));
    assert.ok(flagged("Each rug carries our self-issued Fair Trade certification."));
    assert.equal(flagged("Every piece comes with our own certificate of authenticity."), false);
    // "No X on earth can …": words between the negated subject and the verb.
    assert.ok(flagged("A chew toy no dog on earth can destroy."));
    assert.ok(flagged("A lock no thief in the world could ever pick."));
    // A design "-proof" made permanent or universal.
    assert.ok(flagged("This sealant makes any roof permanently leak-proof."));
    assert.ok(flagged("Window seals that stay draught-proof for good."));
    assert.equal(flagged("A leak-proof lid for the lunch box."), false);
    // A superlative with a named source and its year is substantiated; our own figures are not a source.
    assert.equal(flagged("At 2,300 m, ours is the highest-altitude hotel in the valley, according to the regional tourism board's 2024 register."), false);
    assert.ok(flagged("The highest-altitude hotel in the valley, according to our own 2024 records."));
    assert.equal(flagged("The oldest inn in Yorkshire (source: Historic England, 2019)."), false);
    assert.ok(flagged("The highest-altitude hotel in the valley."));
  });

  it("rounds 44 to 46: claims a footnote takes back, certifiers no one can look up, purity contradicted in another sentence, endorsers by name, and what is no claim around them", () => {
    assert.ok(flagged("Award-winning gin.* *Finalist, County Spirits Awards 2022.", rulesOf("food-beverage")));
    assert.ok(flagged("Organic granola.* *Made with some organic oats.", rulesOf("food-beverage")));
    assert.ok(flagged("Free next-day delivery on every order, always!* *Excludes orders over 20 kg and all furniture.", rulesOf("home-furniture")));
    assert.equal(flagged("Tested by an independent lab.* *Report available on request.", rulesOf("toys-kids")), false);
    assert.ok(flagged("Certified hypoallergenic by the Sensitive Skin Bureau.", rulesOf("beauty-cosmetics")));
    assert.equal(flagged("Certified organic by the Soil Association.", rulesOf("food-beverage")), false);
    assert.equal(flagged("Ecocert certified organic face oil.", rulesOf("beauty-cosmetics")), false);
    assert.ok(flagged("Carries the Platinum Seal of the International Sleep Academy.", rulesOf("home-furniture")));
    assert.ok(flagged("Solid walnut desk. Walnut veneer over a particleboard core.", rulesOf("home-furniture")));
    assert.equal(flagged("Solid walnut top; drawers and sides are walnut veneer on MDF.", rulesOf("home-furniture")), false);
    assert.ok(flagged("100% cashmere beanie. Composition label: 70% cashmere, 30% wool.", rulesOf("fashion-apparel")));
    assert.ok(flagged("Rest on pure Turkish cotton. Our 60/40 poly-cotton towels are replaced weekly.", rulesOf("travel-hospitality")));
    assert.equal(flagged("Sterling silver (92.5% silver), hallmarked at the Birmingham Assay Office.", rulesOf("jewelry")), false);
    assert.ok(flagged("This steam inhaler knocks sinusitis out in a day.", rulesOf("health-supplements")));
    assert.ok(flagged("Walk without knee pain again with our insoles.", rulesOf("outdoor-sports")));
    assert.ok(flagged("The kettle bell former Olympic champion Ada Reyes swears by.", rulesOf("outdoor-sports")));
    assert.ok(flagged("As worn by the Duke of Kent at Henley.", rulesOf("fashion-apparel")));
    assert.ok(flagged("Borrow from £500 with a decision in minutes.", rulesOf("finance")));
    assert.ok(flagged("Limited-run prints: in a few years they'll be worth thousands."));
    assert.equal(flagged("Cough and cold remedies from licensed brands. Always read the label.", rulesOf("health-supplements")), false);
    assert.equal(flagged("Hay-fever tablets (cetirizine 10 mg, PL 12345/0001).", rulesOf("health-supplements")), false);
    assert.equal(flagged("A dehumidifier is no substitute for treatment of asthma.", rulesOf("home-furniture")), false);
    assert.equal(flagged("Snow can never be guaranteed, so lift passes are refundable.", rulesOf("travel-hospitality")), false);
    assert.equal(flagged("In a trial of 180 adults over 8 weeks, the strain reduced bloating scores versus placebo.", rulesOf("health-supplements")), false);
    assert.equal(flagged("We aim to reach net zero across Scope 1 and 2 by 2040, a target validated by the Science Based Targets initiative."), false);
    assert.equal(flagged("Lowest price on this laptop in the last 30 days.", rulesOf("consumer-electronics")), false);
    assert.equal(flagged("'Everlast' is the name of our candle range; each burns for about 40 hours.", rulesOf("home-furniture")), false);
    assert.equal(flagged("Warfarin and antidepressants can interact with this supplement: ask your pharmacist.", rulesOf("health-supplements")), false);
  });

  it("round 47: paid posts, filtered reviews, self-awarded seals, plated metal names, blends, fee and 0% claims their terms take back, and what is no claim around them", () => {
    assert.ok(flagged("Living in this jumper all week. Grab yours with my code SAMI10!", rulesOf("fashion-apparel")));
    assert.equal(flagged("#ad Living in this jumper all week. Grab yours with my code SAMI10!", rulesOf("fashion-apparel")), false);
    assert.ok(flagged("Our reviews page only displays ratings of 4 stars or more.", rulesOf("home-furniture")));
    assert.ok(flagged("Look for the Pet Nutrition Board Approved seal — our own mark, given by our buying team.", rulesOf("pet-supplies")));
    assert.ok(flagged("Graded by the Gemstone Quality Council, our in-house grading team.", rulesOf("jewelry")));
    assert.ok(flagged("Gold hoop earrings\nGold plating over brass.", rulesOf("jewelry")));
    assert.equal(flagged("Gold-plated hoop earrings: 18k gold plating over brass.", rulesOf("jewelry")), false);
    assert.ok(flagged("100% pure honey, a blend of honey and glucose syrup.", rulesOf("food-beverage")));
    assert.ok(flagged("Genuine leather loafers. Upper: polyurethane.", rulesOf("fashion-apparel")));
    assert.ok(flagged("Personal loans at 4.5% for every customer.", rulesOf("finance")));
    assert.equal(flagged("Personal loans at 4.5% APR representative.", rulesOf("finance")), false);
    assert.ok(flagged("Spread the cost with no fees at all. Missed payments incur a late fee of £10."));
    assert.ok(flagged("Interest-free sofa finance, spread over three years. Representative 24.9% APR after the first 6 months.", rulesOf("home-furniture")));
    assert.equal(flagged("0% interest for the first 6 months. Representative 24.9% APR after the first 6 months.", rulesOf("home-furniture")), false);
    assert.ok(flagged("These gloves will never pill, shrink or fade.", rulesOf("fashion-apparel")));
    assert.equal(flagged("Our hinges are guaranteed against corrosion for 10 years.", rulesOf("tools-hardware")), false);
    assert.equal(flagged("Guaranteed for 3 years against manufacturing faults.", rulesOf("tools-hardware")), false);
    assert.equal(flagged("Risk-free 30-day trial: no credit card required.", rulesOf("b2b-software")), false);
    assert.equal(flagged("Eternal Candle Co. has poured soy candles in Leeds since 1998.", rulesOf("home-furniture")), false);
    assert.equal(flagged("Pure Calm is the name of our lavender range.", rulesOf("beauty-cosmetics")), false);
  });

  it("reports a claim found from its rarest words with the words its look-behind group 'lead' holds", () => {
    const rule: ClaimRule = {
      id: "test-lead",
      kind: "claim",
      patterns: [String.raw`copper(?![\p{L}\p{N}])(?<=(?<![\p{L}\p{N}])(?<lead>(?:pure|solid)\s+)copper)`],
      reason: "Test.",
      source: "Test.",
      severity: "warning",
    };
    const [finding] = checkClaims("Cables in solid copper.", [rule]);
    assert.equal(finding.matchedText, "solid copper");
    assert.deepEqual(checkClaims("Cables in tinned copper.", [rule]), []);
  });

  it("round 43: credit by the week, earnings promises, claims a footnote limits, passive absolutes, fake certifiers, pure beside a carrier or CCA, and the negations and figures of speech around them", () => {
    assert.ok(flagged("A new sofa for only £8.50 a week: no deposit, apply online in minutes.", rulesOf("home-furniture")));
    assert.equal(flagged("Our cloud plan costs just £9 a month, billed annually.", rulesOf("b2b-software")), false);
    assert.ok(flagged("No credit checks, ever.", rulesOf("consumer-electronics")));
    assert.ok(flagged("Join as a partner and build a six-figure income in your spare time."));
    assert.ok(flagged("Each salon pays back your whole investment within a year.", rulesOf("finance")));
    assert.ok(flagged("Warranty for life on every chair. (Frame only, for 5 years.)", rulesOf("home-furniture")));
    assert.equal(flagged("Lifetime warranty on the frame; cushions are covered for 2 years.", rulesOf("home-furniture")), false);
    assert.ok(flagged("A worktop that can never be stained.", rulesOf("home-furniture")));
    assert.ok(flagged("With our sync engine, data loss is now impossible.", rulesOf("b2b-software")));
    assert.ok(flagged("The studio is totally soundproof.", rulesOf("travel-hospitality")));
    assert.ok(flagged("Crib mattress certified by the Consumer Product Safety Commission.", rulesOf("toys-kids")));
    assert.ok(flagged("Our bottles are fully recyclable.", rulesOf("food-beverage")));
    assert.equal(flagged("The pouch is not yet fully recyclable, so please return it to us.", rulesOf("food-beverage")), false);
    assert.ok(flagged("Triple the fibre of any other cereal on the shelf.", rulesOf("food-beverage")));
    assert.ok(flagged("Pure lavender oil, diluted in sweet almond oil for the skin.", rulesOf("beauty-cosmetics")));
    assert.ok(flagged("Pure copper speaker wire with CCA strands.", rulesOf("consumer-electronics")));
    assert.ok(flagged("Solid gold plugs at both ends.", rulesOf("consumer-electronics")));
    assert.ok(flagged("Zero dependencies. Requires Python 3.11 and NumPy.", rulesOf("b2b-software")));
    assert.ok(flagged("The shoe pro triathletes trust.", rulesOf("outdoor-sports")));
    assert.ok(flagged("Teachers agree: children learn to read faster with these cards.", rulesOf("toys-kids")));
    assert.ok(flagged("The pool has no risks whatsoever.", rulesOf("travel-hospitality")));
    assert.ok(flagged("Toddlers can play in it safely on their own.", rulesOf("toys-kids")));
    assert.equal(flagged("Results vary and no particular saving is guaranteed.", rulesOf("finance")), false);
    assert.equal(flagged("Wear a mask when sanding, as no varnish is completely free of fumes.", rulesOf("tools-hardware")), false);
    assert.equal(flagged("Nickel-plated cutlery that contains no sterling silver."), false);
    assert.equal(flagged("Laminate shelves with handles in solid walnut.", rulesOf("toys-kids")), false);
    assert.equal(flagged("A planner that cures the headache of double bookings.", rulesOf("b2b-software")), false);
    assert.equal(flagged("Rainforest Alliance certified, RA-CERT-0042177.", rulesOf("food-beverage")), false);
  });

  it("round 42: store credit under a money-back headline, deferred interest, a paid-for review, a recycled headline its footnote shrinks, pure beside a lesser fibre or karat", () => {
    assert.ok(flagged("Money-back guarantee!* *Refunds issued as store credit only, within 7 days of delivery."));
    assert.equal(flagged("Money-back guarantee within 30 days of delivery."), false);
    assert.ok(flagged("Pay nothing for 12 months, 0% APR!* *Interest charged from date of purchase if not paid in full.", rulesOf("consumer-electronics")));
    assert.equal(flagged("0% APR for 12 months with approved credit; if the balance isn't paid in full by the end of the period, interest is charged from the purchase date.", rulesOf("home-furniture")), false);
    assert.ok(flagged("Write us a glowing review and get 20% off your next order.", rulesOf("consumer-electronics")));
    assert.equal(flagged("We'd love an honest review: tell us what you think.", rulesOf("consumer-electronics")), false);
    assert.ok(flagged("Made from ocean plastic!* *Wheels contain 15% recycled material.", rulesOf("toys-kids")));
    assert.equal(flagged("Made from recycled polyester (100% recycled content, GRS certified by Control Union, licence CU 1234).", rulesOf("fashion-apparel")), false);
    assert.ok(flagged("Pure silk sleep mask in 100% polyester satin.", rulesOf("travel-hospitality")));
    assert.equal(flagged("Silk blouse: 100% silk shell, 100% polyester lining.", rulesOf("fashion-apparel")), false);
    assert.ok(flagged("Our pure gold coins are 22 carat (916.7 fineness).", rulesOf("finance")));
    assert.ok(flagged("Compostable bags that break down in a few weeks.", rulesOf("pet-supplies")));
    assert.equal(flagged("Finally, a cure for spreadsheet fatigue: budgets sync in real time.", rulesOf("b2b-software")), false);
    assert.ok(flagged("Finally, a cure for chronic fatigue.", rulesOf("health-supplements")));
    assert.equal(flagged("Fixed rate of 4.10% AER, guaranteed for 12 months from account opening.", rulesOf("finance")), false);
    assert.equal(flagged("Oak veneer on engineered board, with solid oak legs.", rulesOf("home-furniture")), false);
    assert.ok(flagged("AAFCO approved dog food.", rulesOf("pet-supplies")));
  });

  it("round 41: a sales ranking with its panel, a family panel, a stated share of pure syrup, a Forbes rating", () => {
    assert.equal(flagged("Britain's No. 1 denim brand by value sales, Kantar Worldpanel, 52 weeks to 31 March 2024.", rulesOf("fashion-apparel")), false);
    assert.equal(flagged("Britain's No. 1 denim brand.", rulesOf("fashion-apparel")), true);
    assert.equal(flagged("Preferred by 68% of 150 UK families in a 2023 blind taste test by Ipsos.", rulesOf("food-beverage")), false);
    assert.equal(flagged("Corn syrup blended with 10% pure maple syrup for a smoother pour.", rulesOf("food-beverage")), false);
    assert.equal(flagged("A Forbes Travel Guide Five-Star hotel in the 2024 Star Awards.", rulesOf("travel-hospitality")), false);
  });

  it("round 40: a blend after 'nothing added', plating under solid brass, bee hives, 'rather than', a commission's certificate, a warranty's cover", () => {
    assert.equal(flagged("It is 100% pure, natural oil with nothing added, blended with fractionated coconut oil.", rulesOf("beauty-cosmetics")), true);
    assert.equal(flagged("Its handles are solid brass, finished with a brass plating over die-cast zinc.", rulesOf("home-furniture")), true);
    assert.equal(flagged("Raw honey gathered from hives across the Welsh hills.", rulesOf("food-beverage")), false);
    assert.equal(flagged("Its velvet is stain-resistant rather than stain-proof.", rulesOf("home-furniture")), false);
    assert.equal(flagged("It carries the European Commission's official furniture safety certificate.", rulesOf("home-furniture")), true);
    assert.equal(flagged("It carries a lifetime warranty against handle breakage.", rulesOf("tools-hardware")), false);
    assert.equal(flagged("Every wrench carries a lifetime warranty.", rulesOf("tools-hardware")), true);
  });

  it("round 39: worn by a share of editors, an EU approval, pure collagen with maltodextrin, a fixed AER, Leave No Trace, bracketed scheme codes", () => {
    assert.equal(flagged("Worn by 97% of fashion editors.", rulesOf("fashion-apparel")), true);
    assert.equal(flagged("EU-approved fabric.", rulesOf("fashion-apparel")), true);
    assert.equal(flagged("EU certified organic olive oil.", rulesOf("food-beverage")), false);
    assert.equal(flagged("Pure 100% marine collagen powder, now with added maltodextrin.", rulesOf("health-supplements")), true);
    assert.equal(flagged("Fixed-rate bond: 4.10% AER guaranteed for 2 years.", rulesOf("finance")), false);
    assert.equal(flagged("Returns of 12% guaranteed every year.", rulesOf("finance")), true);
    assert.equal(flagged("Leave No Trace tip: pack out all litter.", rulesOf("outdoor-sports")), false);
    assert.equal(flagged("Bags certified home compostable (TUV AUSTRIA OK compost HOME S0832).", rulesOf("pet-supplies")), false);
    assert.equal(flagged("Green Key certified 2024 (Foundation for Environmental Education, award GK-PT-0411).", rulesOf("travel-hospitality")), false);
  });

  it("round 38: a share of listeners who can't tell, a panel's observed result, a dated best-seller rank, the FSC 100% label, an optional offset", () => {
    assert.equal(flagged("98% of audiophiles can't tell it apart from a $3,000 system.", rulesOf("consumer-electronics")), true);
    assert.equal(flagged("Tested on 33 volunteers with sensitive skin over 21 days: no adverse reactions observed.", rulesOf("beauty-cosmetics")), false);
    assert.equal(flagged("No adverse reactions, ever.", rulesOf("beauty-cosmetics")), true);
    assert.equal(flagged("#1 Best Seller in Magnesium Supplements on Amazon.co.uk (rank checked 3 March 2025).", rulesOf("health-supplements")), false);
    assert.equal(flagged("#1 Best Seller on Amazon!", rulesOf("health-supplements")), true);
    assert.equal(flagged("FSC 100% certified European oak (licence code FSC-C012345).", rulesOf("home-furniture")), false);
    assert.equal(flagged("You can add a carbon-offset contribution at checkout.", rulesOf("travel-hospitality")), false);
    assert.equal(flagged("Every flight is carbon-offset.", rulesOf("travel-hospitality")), true);
  });

  it("round 37: a breach that will never happen, HIPAA accreditation, FDA approval received", () => {
    assert.equal(flagged("Install it and your network will never suffer another breach.", rulesOf("b2b-software")), true);
    assert.equal(flagged("The platform holds HIPAA accreditation.", rulesOf("b2b-software")), true);
    assert.equal(flagged("Our gummies have received FDA approval.", rulesOf("health-supplements")), true);
    assert.equal(flagged("Laboratory-grown diamond, IGI certificate no. LG2024001.", rulesOf("jewelry")), false);
  });

  it("round 36: a small model's sentences: burnout cured, an exchange policy guaranteed, silver-coloured coating and a stated silver content under 'solid silver', a best-rate match, a UNESCO-certified hotel", () => {
    assert.equal(flagged("users say the app basically cured their burnout.", rulesOf("b2b-software")), true);
    assert.equal(flagged("We guarantee free returns within 30 days, tags on.", rulesOf("fashion-apparel")), false);
    assert.equal(flagged("the cup is lined with solid silver (silver-coloured coating).", rulesOf("outdoor-sports")), true);
    assert.equal(flagged("solid silver solder wire (silver content 5%) for neat joints.", rulesOf("tools-hardware")), true);
    assert.equal(flagged("Best rate guarantee: we'll match a cheaper rate found within 24 hours, terms apply.", rulesOf("travel-hospitality")), false);
    assert.equal(flagged("An officially UNESCO certified boutique hotel.", rulesOf("travel-hospitality")), true);
  });

  it("round 35: a board-certified dermatologist, a risk-free trial with its refund terms, a deferred-interest offer with its terms, 'ASTM D-4236', 'as seen in' a magazine, stars wearing it, solid brass over a zinc body", () => {
    assert.equal(flagged("Dermatologist tested under a board-certified dermatologist's supervision on 40 adults (2025).", rulesOf("beauty-cosmetics")), false);
    assert.equal(flagged("Risk-free trial: try it for 60 nights, and if it's not right we'll refund you in full.", rulesOf("home-furniture")), false);
    assert.equal(flagged("0% APR for 6 months on orders over $500 with approved credit.", rulesOf("home-furniture")), false);
    assert.equal(flagged("Non-toxic crayons that conform to ASTM D-4236.", rulesOf("toys-kids")), false);
    assert.equal(flagged("As seen in Harper's Bazaar this season.", rulesOf("jewelry")), true);
    assert.equal(flagged("As seen on our Instagram, styled by a customer.", rulesOf("jewelry")), false);
    assert.equal(flagged("Worn by Hollywood's favourite celebrities.", rulesOf("fashion-apparel")), true);
    assert.equal(flagged("Solid brass tap with a zinc alloy body.", rulesOf("tools-hardware")), true);
  });

  it("round 34: claims paraphrased past their trigger words (no harm that could ever come, nature never noticing, nobody beating ours, experts reaching for it, approval promised, money only going up, never going down, the pool, the FDA's sign-off, a self-run audit, nothing but a material) and the FDA's sunscreen wording quoted", () => {
    assert.equal(flagged("Nothing in this lotion could ever irritate sensitive skin.", rulesOf("beauty-cosmetics")), true);
    assert.equal(flagged("This wrap is so gentle that nature never even notices it.", rulesOf("home-furniture")), true);
    assert.equal(flagged("No gin has ever beaten ours in a blind tasting.", rulesOf("food-beverage")), true);
    assert.equal(flagged("Physios reach for it before any other roller.", rulesOf("outdoor-sports")), true);
    assert.equal(flagged("Apply in minutes and you'll be approved.", rulesOf("finance")), true);
    assert.equal(flagged("Watches like these only ever go up.", rulesOf("jewelry")), true);
    assert.equal(flagged("Our checkout never goes down, ever.", rulesOf("b2b-software")), true);
    assert.equal(flagged("Dunk it straight into the lake and keep filming.", rulesOf("consumer-electronics")), true);
    assert.equal(flagged("Every batch is signed off by the FDA.", rulesOf("health-supplements")), true);
    assert.equal(flagged("GOTS certified; we ran the audit ourselves.", rulesOf("fashion-apparel")), true);
    assert.equal(flagged("Nothing but alpaca, with 30% acrylic for shape.", rulesOf("fashion-apparel")), true);
    assert.equal(flagged("Broad spectrum SPF 50: if used as directed with other sun protection measures, decreases the risk of skin cancer and early skin aging caused by the sun.", rulesOf("beauty-cosmetics")), false);
  });

  it("round 33: 'proven in clinical testing' backed only by what users felt, income of a sum a month, a pure oil listed with its carrier, capital 'fully secured', the FDA clearing a supplement, a self-issued grading certificate, a toy no jaw can destroy, non-hazardous, interest-free months with no APR, a warranty against defects, an address's 'No. 1'", () => {
    const beauty = rulesOf("beauty-cosmetics");
    assert.equal(flagged("Proven in clinical testing to smooth lines.* *Self-assessment questionnaire, 30 women, 4 weeks.", beauty), true);
    assert.equal(flagged("Proven in clinical testing to smooth lines.* *Instrumental measurement in a randomised trial of 30 women, 2024.", beauty), false);
    assert.equal(flagged("Grow a monthly income of £3,000 a month from your kitchen table.", rulesOf("beauty-cosmetics")), true);
    assert.equal(flagged("Pure, cold-pressed jojoba oil, blended with squalane.", beauty), true);
    assert.equal(flagged("Our notes pay 7% a year with your capital fully secured.", rulesOf("finance")), true);
    assert.equal(flagged("Cleared by the FDA for everyday use.", rulesOf("health-supplements")), true);
    assert.equal(flagged("Every stone comes with a grading certificate, issued by our in-house gemmologists.", rulesOf("jewelry")), true);
    assert.equal(flagged("The tug rope even the strongest jaws can't destroy.", rulesOf("pet-supplies")), true);
    assert.equal(flagged("This floor paint is completely non-hazardous.", rulesOf("tools-hardware")), true);
    const home = rulesOf("home-furniture");
    assert.equal(flagged("Spread the cost with 0% interest for 18 months.", home), true);
    assert.equal(flagged("Spread the cost with 0% interest for 18 months. Representative 0% APR; credit subject to status.", home), false);
    assert.equal(flagged("Hinges are guaranteed against manufacturing defects for ten years.", home), false);
    assert.equal(flagged("Visit our first shop at No. 1 Market Street.", rulesOf("fashion-apparel")), false);
  });

  it("round 32: '100 percent' spelled out, a pure oil diluted in a carrier, hyphenated solid gold over plate, a doctor taking someone off a drug, software never described as secure, a certification scheme denied, a list of conditions after 'no claim that'", () => {
    const beauty = rulesOf("beauty-cosmetics");
    assert.equal(flagged("Our 100 per cent pure tea tree oil, diluted in almond oil.", beauty), true);
    assert.equal(flagged("100% pure tea tree oil, steam-distilled from the leaves.", beauty), false);
    assert.equal(flagged("Taps in 18-carat solid-gold (gold-plated brass).", rulesOf("home-furniture")), true);
    assert.equal(flagged("“Within a year my GP had taken me off statins.” – Paul", rulesOf("health-supplements")), true);
    const software = rulesOf("b2b-software");
    assert.equal(flagged("Audited yearly, though we never market any product as completely secure.", software), false);
    assert.equal(flagged("There is no approved GDPR certification scheme for this service yet, so we publish our DPA.", software), false);
    assert.equal(flagged("The salts are for relaxing; we make no claim that they treat eczema, gout or any other condition.", rulesOf("travel-hospitality")), false);
    assert.equal(flagged("Relax in the salts, which treat eczema, gout and more.", rulesOf("travel-hospitality")), true);
  });

  it("round 31: an absolute outcome a product guarantees, income collected or cleared, silver plate under 'pure silver', certified under a named scheme, tool-use fatigue", () => {
    assert.equal(flagged("This water filter guarantees zero limescale in your kettle."), true);
    assert.equal(flagged("Every plan guarantees no hidden fees."), false);
    const finance = rulesOf("finance");
    assert.equal(flagged("Graduates are pulling in six figures within two years.", finance), true);
    assert.equal(flagged("Members report collecting $800 a month from their rentals.", finance), true);
    const home = rulesOf("home-furniture");
    assert.equal(flagged("Pure silver napkin rings, finished in silver plate over a solid brass core.", home), true);
    assert.equal(flagged("Pure silver napkin rings, hallmarked 999.", home), false);
    assert.equal(flagged("The wool is certified under the RWS standard by Control Union.", rulesOf("fashion-apparel")), false);
    const tools = rulesOf("tools-hardware");
    assert.equal(flagged("The anti-vibration handle reduces arm fatigue on long jobs.", tools), false);
    assert.equal(flagged("The handle relieves arthritis in your hands.", tools), true);
  });

  it("round 30: FDA's calcium wording, a condition guaranteed with a replacement, a listing number, 'no claim that', a plated clasp, lettered blends, gold leaf under 'solid', money multiplied in a testimonial", () => {
    const food = rulesOf("food-beverage");
    assert.equal(flagged("Adequate calcium as part of a healthful diet, with regular exercise, may reduce the risk of osteoporosis.", food), false);
    assert.equal(flagged("Crisp on arrival, guaranteed: if it is stale, we send a replacement.", food), false);
    assert.equal(flagged("Lose a dress size in a week, guaranteed or your money back."), true);
    assert.equal(flagged("Certified organic (listing OR-88123) since 2019."), false);
    assert.equal(flagged("We make no claim that the salts treat eczema."), false);
    const jewelry = rulesOf("jewelry");
    assert.equal(flagged("A sterling silver charm with a gold-plated brass clasp.", jewelry), false);
    assert.equal(flagged("Genuine sterling silver pendant, finished over a brass base.", jewelry), true);
    assert.equal(flagged("Pure cashmere, blended 70/30 with nylon for strength."), true);
    assert.equal(flagged("100% pure silk pillowcase in a silk-polyester blend."), true);
    assert.equal(flagged("A frame of solid 22k gold, laid as gold leaf over carved wood.", rulesOf("home-furniture")), true);
    assert.equal(flagged("“They tripled my pension pot in five years.” – Anna, a client", rulesOf("finance")), true);
  });

  it("round 29: an OTC drug's monograph claim beside its Drug Facts, a cleared device with its 510(k) number, 'therapeutic-grade', a second approver that approves nothing", () => {
    const beauty = rulesOf("beauty-cosmetics");
    assert.equal(flagged("Spotless Gel is an over-the-counter acne treatment with 10% benzoyl peroxide; see Drug Facts before use.", beauty), false);
    assert.equal(flagged("Spotless Gel is the acne treatment that clears skin in days.", beauty), true);
    const electronics = rulesOf("consumer-electronics");
    assert.equal(flagged("The BeatCheck app is FDA-cleared (510(k) K213456) to check for signs of atrial fibrillation.", electronics), false);
    assert.equal(flagged("The BeatCheck app detects atrial fibrillation before it strikes.", electronics), true);
    assert.equal(flagged("A therapeutic-grade peppermint oil for your diffuser.", beauty), true);
    assert.equal(flagged("Approved by the CE body and the International Olympic Committee for competition."), true);
  });

  it("round 28: an aside in brackets inside a negated clause, a name after an opening article, harm only to a body, the authorised health claim's wording, a group we spoke to, licences from bodies that grant none", () => {
    assert.equal(flagged("The dashboard reports emissions; it does not make your business (or its suppliers) carbon neutral."), false);
    assert.equal(flagged("It makes your business carbon neutral."), true);
    assert.equal(flagged("The Carbon Neutral Travel Kit holds three cubes and a pouch."), false);
    assert.equal(flagged("The plug shows energy use; it won't lower your bill by itself, but schedules help."), false);
    assert.equal(flagged("The rounded blade won't cut little fingers."), true);
    const food = rulesOf("food-beverage");
    assert.equal(flagged("Diets rich in whole grains and low in fat may reduce the risk of some cancers; this loaf is a whole-grain food.", food), false);
    assert.equal(flagged("Our cereal reduces the risk of heart disease.", food), true);
    assert.equal(flagged("Our spread is cholesterol-free and low in saturated fat.", food), false);
    assert.equal(flagged("Nine out of ten dentists we asked would recommend BrightSmile."), true);
    assert.equal(flagged("Officially licensed by the FDA, our serum is gentle."), true);
    assert.equal(flagged("Licensed by the artist's estate, each print is numbered."), false);
  });

  it("round 17: certainty before a result, money every day, landfill disappearance, experts who love it, deposit insurance on investments, copular 'never', a finish owned by another material", () => {
    // "Sure to", "will definitely" before a result the seller cannot promise; "be sure to" is advice.
    assert.ok(flagged("Follow the plan and you're certain to finish your first marathon in under four hours."));
    assert.ok(flagged("Your credit score will definitely climb once you enrol."));
    assert.ok(flagged("Shapewear that knocks two dress sizes off."));
    assert.equal(flagged("Be sure to finish the look with a belt."), false);
    assert.equal(flagged("A throw that is sure to finish the look."), false, "a finish of style, not a result");
    assert.ok(flagged("Antique pieces that are certain to appreciate year after year."));
    assert.equal(flagged("You're sure to appreciate the extra pockets."), false);
    assert.ok(flagged("Book with us and you're promised blue skies every day of your stay."));
    // Money made every day, resale multiples, a can't-miss investment.
    assert.ok(flagged("Our trading bot makes you money every single day."));
    assert.ok(flagged("Limited sneakers, easily reselling for three times the price."));
    assert.ok(flagged("A can't-miss investment."));
    assert.equal(flagged("Your savings earn interest every month."), false);
    // Degrading in landfill; experts who love it; free of side effects; never late.
    assert.ok(flagged("Our bags simply vanish in any landfill within months."));
    assert.ok(flagged("Pediatricians love it."));
    assert.ok(flagged("The bra Hollywood stylists can't stop recommending."));
    assert.ok(flagged("Completely free of side effects."));
    assert.ok(flagged("Our shuttles are never late."));
    // FDIC insurance covers deposits, not crypto or investments; a real certifier certifies but approves nothing.
    assert.ok(flagged("Your crypto balance is FDIC insured."));
    assert.equal(flagged("Deposits are FDIC insured up to $250,000 per depositor."), false);
    assert.equal(flagged("ENERGY STAR certified (ENERGY STAR unique ID 2405678)."), false);
    assert.ok(flagged("An Energy Star approved fridge."));
    // "Is never" before a claim word denies it.
    assert.equal(flagged("Summit attempts are never guaranteed and depend on the weather."), false);
    // A count from dated records is a count; an IP rating supports "waterproof" on a device.
    assert.equal(flagged("Used by more than 3,000 teams, according to our billing records as of June 2025."), false);
    assert.equal(flagged("Rated IP68 under IEC 60529: waterproof to 1.5 m for 30 minutes.", rulesOf("consumer-electronics")), false);
    // Karat gold named for vermeil; a finish that names another material is about that material.
    assert.ok(flagged("A 24k gold bracelet crafted in vermeil over sterling silver."));
    assert.equal(flagged("A bracelet in 18k gold over sterling silver."), false);
    assert.equal(flagged("Oak-veneer top over engineered wood, with legs in solid beech."), false);
    assert.ok(flagged("A solid beech table with a beech-effect veneer top."));
    assert.ok(flagged("A solid wood table with walnut veneer."), "a kind of wood is still wood");
    assert.ok(flagged("Pure sterling silver chain with a rhodium-plated copper core."), "a base is what the piece is made of");
  });

  it("round 19: absolutes without a trigger word, experts of any profession, 'number one' in words, appreciating goods, readings kept where a doctor wants them, 'pure' beside a fineness mark", () => {
    // An absolute outcome as a figure of zero, or as not a single drop.
    assert.ok(flagged("Each bottle has a carbon footprint of zero."));
    assert.ok(flagged("Our lodge runs with an environmental impact of precisely nothing."));
    assert.equal(flagged("Our carbon footprint of 2.4 kg per case is down 10% on 2022."), false);
    assert.ok(flagged("This jacket never allows a single droplet inside, even in a downpour."));
    assert.ok(flagged("Not one single drop comes through the fly sheet."));
    assert.equal(flagged("Wipe away any drop of water with a dry cloth."), false);
    // A profession with an adverb before its preference; "used by", "relied on by" experts.
    assert.deepEqual(idsIn("Dentists widely prefer the SonicPro to manual brushes."), ["expert-endorsement-claim"]);
    assert.ok(flagged("Used by mountaineers on every continent."));
    assert.ok(flagged("Relied on by nutritionists for years."));
    assert.equal(flagged("Designed to be used by children aged three and over."), false);
    assert.equal(flagged("This blade should only be used by qualified electricians."), false, "an instruction on who may use it");
    // "Number one" spelled out before any noun, not a priority or a step.
    assert.ok(flagged("Ledgerly is the number one payroll tool in Europe."));
    assert.equal(flagged("Security is our number one priority."), false);
    assert.equal(flagged("Step number one: connect your bank account."), false);
    // Goods sold as an investment.
    assert.ok(flagged("This antique print will triple in value."));
    assert.equal(flagged("The card pays you back 2% on groceries.", rulesOf("finance")), false);
    assert.equal(flagged("The sofa doubles as a guest bed."), false);
    // A reading held where a doctor wants it, or in check; medication made unnecessary.
    assert.ok(flagged("Holds your blood sugar right where your doctor wants it."));
    assert.ok(flagged("Keeps your cholesterol in check, the natural way."));
    assert.ok(flagged("Better sleep with no sleeping pills required."));
    assert.equal(flagged("No more than two tablets needed a day."), false);
    // "Pure" beside a fineness mark below fine metal contradicts the mark.
    assert.deepEqual(idsIn("Pure 585 gold studs with a polished finish.", rulesOf("jewelry")), ["pure-beside-fineness-mark"]);
    assert.ok(flagged("Our 750 pure gold pendant.", rulesOf("jewelry")));
    assert.equal(flagged("Sterling silver, stamped 925, with a rhodium finish.", rulesOf("jewelry")), false);
  });

  it("round 19: the maker's own range, a named data source with its period, 'results vary' beside a trial, a named scheme with its standard, warranty terms, a caution for guests", () => {
    assert.equal(flagged("The most comfortable boot we've ever designed."), false);
    assert.equal(flagged("Our warmest jacket ever, with 800-fill down."), false);
    assert.ok(flagged("The warmest jacket ever made."));
    assert.ok(flagged("The most comfortable boot anyone has ever made."));
    assert.equal(flagged("Kantar data for the 52 weeks to June 2024 show GlowUp as Britain's best-selling serum."), false);
    assert.ok(flagged("Our data for 2024 show GlowUp is Britain's best-selling serum."));
    assert.ok(flagged("Sales figures for 2024 show GlowUp is Britain's best-selling serum."));
    assert.equal(flagged("Results vary: in our 8-week study of adults, participants lost an average of 1.4 kg."), false);
    assert.ok(flagged("Results vary, but customers lose an average of 5 kg in a month."), "no trial described");
    assert.equal(flagged("Towels that are OEKO-TEX Standard 100 certified."), false);
    assert.ok(flagged("Towels certified safe for babies."));
    const tools = rulesOf("tools-hardware");
    assert.equal(flagged("Lifetime guarantee: if the blade snaps under normal use, we'll replace it free.", tools), false);
    assert.ok(flagged("Every wrench carries a lifetime warranty.", tools));
    assert.equal(flagged("Visitors with heart conditions should talk to their doctor before the sauna.", rulesOf("travel-hospitality")), false);
    assert.ok(flagged("Our spa water relieves eczema for guests with skin conditions.", rulesOf("travel-hospitality")));
  });

  it("round 20: a customer no longer needing a medicine, a data house cited with 'According to', a scheme named in words, unnamed authorities and studies, a bank's safety with multiplied growth", () => {
    assert.ok(flagged("Within a month my husband didn't need his blood pressure tablets any more."));
    assert.ok(flagged("She doesn't take her antihistamines anymore, thanks to our honey."));
    assert.ok(flagged("I packed the painkillers away for good after a fortnight on these."));
    assert.equal(flagged("We don't take your medication details at checkout any more than we need to."), false);
    assert.equal(flagged("Put the tablets back in the cupboard, out of children's reach."), false);
    assert.equal(flagged("According to Circana point-of-sale data, AquaPure was the UK's best-selling water filter in 2023."), false);
    assert.equal(flagged("According to Kantar household panel data, it was Britain's best-selling oat milk in the 12 weeks to May 2025."), false);
    assert.ok(flagged("According to our sales data, AquaPure was the UK's best-selling water filter in 2023."));
    assert.equal(flagged("Our chocolate is Fairtrade certified, from cocoa to wrapper."), false);
    assert.equal(flagged("A cleanser that is Vegan Society registered."), false);
    assert.ok(flagged("Our cleanser is Dermatologist Gold certified."));
    // An authority or a study left unnamed is no evidence for what it is said to have found.
    assert.ok(flagged("Researchers at a prestigious European institute have shown that our serum firms skin."));
    assert.ok(flagged("According to a new clinical trial, the cream smooths wrinkles in a week."));
    assert.ok(flagged("As shown in a peer-reviewed study, our bars keep you fuller for longer."));
    assert.equal(flagged("Our founder studied chemistry at a leading university before starting the brand."), false);
    assert.equal(flagged("In a 12-week study of 96 adults, according to a trial registered as NCT01234567, participants slept 20 minutes longer."), false);
    // A bank's safety promised together with a multiple of its growth.
    const finance = rulesOf("finance");
    assert.ok(flagged("Our bond fund gives you the same level of safety as a cash ISA, plus three times the interest.", finance));
    assert.ok(flagged("Enjoy the same protection with far higher returns.", finance));
    assert.equal(flagged("Deposits get the same protection as at any UK bank, up to £85,000 per person.", finance), false);
  });

  it("round 21: 'without a single chemical', 'pure' food beside additives or an ingredients list, a closing promise, a new statement after an opening 'No … and', approval for everyone, a bank's safety by ellipsis, savings whatever the customer, every wish list, levels and marks in certifications, '-prone skin'", () => {
    assert.ok(flagged("A shampoo made without one single chemical."));
    assert.equal(flagged("A mineral sunscreen rather than a chemical one: not a chemical sunscreen filter in it."), false);
    assert.equal(flagged("Grown without chemical fertilisers."), false);
    // "Pure" or "100%" food beside what was added to it, in its clause or in the ingredients it declares.
    const food = rulesOf("food-beverage");
    assert.ok(flagged("Pure coconut water with a dash of pineapple juice.", food));
    assert.ok(flagged("Pure beef jerky for dogs. Ingredients: beef, glucose syrup, glycerine.", rulesOf("pet-supplies")));
    assert.equal(flagged("100% pure apple juice, with no added sugar, sweeteners or colourings.", food), false);
    assert.equal(flagged("Pure beef jerky. Ingredients: beef.", rulesOf("pet-supplies")), false);
    assert.equal(flagged("Sweetened with pure honey. Ingredients: oats, honey, almonds.", food), false);
    assert.ok(flagged("Pure cashmere scarf. Composition: 70% cashmere, 30% wool.", rulesOf("fashion-apparel")));
    assert.equal(flagged("Pure cashmere scarf. Composition: 100% cashmere.", rulesOf("fashion-apparel")), false);
    // A promise closing an outcome for the reader; a promise about delivery or provenance is a term.
    assert.ok(flagged("Your puppy will sit on command within a week. That's our promise."));
    assert.equal(flagged("Your order will arrive within two days. That's our promise."), false);
    assert.equal(flagged("Every ring is cast in our own workshop. That's our promise."), false);
    // An opening "No" has its noun once "and" begins a new statement.
    assert.ok(flagged("No paperwork and results guaranteed."));
    assert.equal(flagged("No investment is guaranteed to grow."), false);
    assert.equal(flagged("No cream and no serum can erase wrinkles permanently."), false);
    const finance = rulesOf("finance");
    assert.ok(flagged("Every applicant is approved, whatever their credit score.", finance));
    assert.ok(flagged("Automatic approval on all our loans.", finance));
    assert.equal(flagged("Approval depends on your credit history and affordability.", finance), false);
    assert.equal(flagged("All applications are checked within a day.", finance), false);
    assert.ok(flagged("Unlike a savings account, our bond is equally safe and pays 7% a year.", finance));
    assert.equal(flagged("Deposits are equally safe at any of our branches.", finance), false);
    assert.equal(flagged("Our app is just as secure as your bank app.", finance), false);
    assert.ok(flagged("Our heat pumps will cut your bills by 40%, whatever the size of your home."));
    assert.equal(flagged("Plans that grow with you, whatever the size of your business."), false);
    assert.equal(flagged("Whatever the size of your home, you'll save 20% on our sofas this weekend."), false);
    const toys = rulesOf("toys-kids");
    assert.ok(flagged("Topping every child's Christmas list this year.", toys));
    assert.ok(flagged("The scooter every kid wants.", toys));
    assert.equal(flagged("Add it to your wish list today.", toys), false);
    assert.equal(flagged("Every child wants to feel safe at bath time.", toys), false);
    // A scheme's level or registered mark beside its initials, and a licence code, are certifications.
    assert.equal(flagged("Our new warehouse is LEED Gold certified."), false);
    assert.equal(flagged("Made with FSC®-certified birch plywood."), false);
    assert.equal(flagged("Made from certified pine (licence code FSC-C012345)."), false);
    assert.ok(flagged("Our sofa is Eco Gold certified."));
    // "Eczema-prone skin" names a skin type; a sentence that says it is no treatment is a caution.
    const beauty = rulesOf("beauty-cosmetics");
    assert.equal(flagged("A light gel for acne-prone skin.", beauty), false);
    assert.ok(flagged("A balm that soothes eczema-prone skin.", beauty));
    assert.equal(flagged("This balm moisturises; it is not a treatment for psoriasis, so keep following your dermatologist's advice.", beauty), false);
    assert.ok(flagged("A balm for psoriasis flare-ups.", beauty));
  });

  describe("round 22", () => {
    it("absolute harm and loss without a trigger word: 'no … can bury', 'can't cost you a single byte', 'any failure you can imagine'", () => {
      const outdoor = rulesOf("outdoor-sports");
      assert.ok(flagged("No wave on the lake can capsize this kayak.", outdoor));
      assert.ok(flagged("No hill can stop you on this e-bike.", outdoor));
      assert.equal(flagged("No helmet can prevent every injury, so ride carefully.", outdoor), false);
      const software = rulesOf("b2b-software");
      assert.ok(flagged("Migrate your CRM without losing a single record.", software));
      assert.ok(flagged("Not one email is ever lost, even in a power cut.", software));
      assert.equal(flagged("Setup won't cost you a penny.", software), false);
      assert.ok(flagged("Your site stays online through any outage you could imagine.", software));
      assert.equal(flagged("Available in every colour you can imagine.", rulesOf("home-furniture")), false);
    });

    it("forever in other words: 'won't ever need resharpening', 'for eternity', 'eternally'", () => {
      const tools = rulesOf("tools-hardware");
      assert.ok(flagged("An axe head that won't ever need re-honing.", tools));
      assert.ok(flagged("A worktop that will never need resealing.", rulesOf("home-furniture")));
      assert.equal(flagged("You don't need to sharpen it before first use.", tools), false);
      assert.equal(flagged("The laptop never needs a fan in everyday use.", rulesOf("consumer-electronics")), false);
      assert.ok(flagged("Cushions that stay plump until the end of time.", rulesOf("home-furniture")));
      assert.ok(flagged("Skin that stays eternally youthful.", rulesOf("beauty-cosmetics")));
      assert.equal(flagged("The Eternity sofa seats three."), false);
    });

    it("market-wide comparisons: 'no … on the market … more than', 'you won't find a lighter … anywhere', rivals costing five times as much", () => {
      const tools = rulesOf("tools-hardware");
      assert.ok(flagged("No kettle in the UK boils faster.", tools));
      assert.ok(flagged("Not a single impact driver on the market is lighter than ours.", tools));
      assert.ok(flagged("You won't find a sharper saw anywhere.", tools));
      assert.equal(flagged("No drill on the market should be used without eye protection.", tools), false);
      assert.equal(flagged("No sofa in our range is heavier than 80 kg.", rulesOf("home-furniture")), false);
      assert.equal(flagged("You won't find a charger anywhere in the box.", rulesOf("consumer-electronics")), false);
      const electronics = rulesOf("consumer-electronics");
      assert.ok(flagged("Sounds as good as speakers priced at three times the price.", electronics));
      assert.ok(flagged("The sharpest-looking screen on the planet.", electronics));
      assert.equal(flagged("Costs twice as much as the old model but lasts three times longer.", electronics), false);
    });

    it("a named data house in brackets dates a ranking; a customer's own dated figures with a caveat qualify a percentage", () => {
      const electronics = rulesOf("consumer-electronics");
      assert.equal(flagged("The UK's best-selling soundbar in 2024 (GfK, retail panel data).", electronics), false);
      assert.ok(flagged("The UK's best-selling soundbar in 2024 (our own data).", electronics));
      assert.ok(flagged("The UK's best-selling soundbar (GfK, retail panel data).", electronics));
      const software = rulesOf("b2b-software");
      assert.equal(flagged("Case study: Norrland Freight cut month-end close time by 30% (their own figures, FY 2024); your results may differ.", software), false);
      assert.ok(flagged("Cut month-end close time by 30% (their own figures, FY 2024).", software));
      assert.equal(flagged("A bulletproof coffee in a minute: butter, MCT oil and espresso.", rulesOf("food-beverage")), false);
      assert.ok(flagged("A bulletproof case for your phone.", electronics));
    });

    it("safety for vulnerable groups and unlimited doses: 'mums-to-be … without a second thought', 'no chance of a reaction', 'safe for kids of every age', 'as often as they like'", () => {
      const beauty = rulesOf("beauty-cosmetics");
      assert.ok(flagged("Pregnant women and cancer patients can use it without any worry.", beauty));
      assert.ok(flagged("Zero chance of irritation, even on the most sensitive skin.", beauty));
      assert.equal(flagged("There's a small risk of a reaction, so patch test first.", beauty), false);
      assert.equal(flagged("Pregnant women should consult their doctor before use.", beauty), false);
      const pets = rulesOf("pet-supplies");
      assert.ok(flagged("Safe for dogs of all breeds and sizes.", pets));
      assert.equal(flagged("A tasty chew for dogs of every age.", pets), false);
      assert.ok(flagged("Let them drink as much as they like.", rulesOf("food-beverage")));
      assert.equal(flagged("Use it as often as you like: it's dishwasher safe.", rulesOf("home-furniture")), false);
    });

    it("outcomes promised for a child or a pet: 'will be top of the class', 'stops pulling within a single walk'", () => {
      const toys = rulesOf("toys-kids");
      assert.ok(flagged("With our phonics cards your son will be ahead of his classmates.", toys));
      assert.ok(flagged("Your daughter will ace every spelling test.", toys));
      assert.equal(flagged("Your child will love building the castle.", toys), false);
      assert.equal(flagged("Your child will be entertained for hours.", toys), false);
      const pets = rulesOf("pet-supplies");
      assert.ok(flagged("Your puppy will stop biting within a week.", pets));
      assert.ok(flagged("Cats quit scratching the sofa after just two days.", pets));
      assert.equal(flagged("If your dog keeps pulling after a few walks, talk to a trainer.", pets), false);
    });

    it("universal endorsements: experts who can't tell it apart, call it the must-have or trust nothing else; every guest; nearly every summit; joining thousands who doubled their money", () => {
      assert.ok(flagged("Audiologists couldn't tell them apart in a blind test.", rulesOf("consumer-electronics")));
      assert.ok(flagged("Dermatologists call it the gold standard for dry skin.", rulesOf("beauty-cosmetics")));
      assert.ok(flagged("Mountaineers won't use anything else.", rulesOf("outdoor-sports")));
      assert.equal(flagged("We add nothing else to the jar.", rulesOf("food-beverage")), false);
      const travel = rulesOf("travel-hospitality");
      assert.ok(flagged("Reviewed 5/5 by all of our guests.", travel));
      assert.ok(flagged("Every guest who's ever stayed with us loved it.", travel));
      assert.equal(flagged("Rated 4.5 stars by 2,100 reviewers on our website as of May 2024.", travel), false);
      assert.ok(flagged("Used in almost every recording studio in London.", rulesOf("consumer-electronics")));
      assert.equal(flagged("Nearly every room has a sea view.", travel), false);
      assert.ok(flagged("Join the 10,000 women who have already lost weight with us.", rulesOf("health-supplements")));
      assert.equal(flagged("Join the 5,000 subscribers who read our newsletter every week.", rulesOf("b2b-software")), false);
    });

    it("investment promises: 'only goes one way', 'outruns inflation year after year', 'safer than a savings account', 'none of the risk', a profit on resale, 'doubled their money'", () => {
      const finance = rulesOf("finance");
      assert.ok(flagged("Property prices only ever rise.", finance));
      assert.equal(flagged("This road only goes one way, so follow the signs.", rulesOf("travel-hospitality")), false);
      assert.ok(flagged("A fund that beats inflation year after year.", finance));
      assert.equal(flagged("Our fund aims to beat inflation over five years, but it may not. Capital at risk.", finance), false);
      assert.ok(flagged("Our bonds are less risky than the stock market.", finance));
      assert.equal(flagged("Contactless cards are safer than carrying cash.", finance), false);
      assert.ok(flagged("High returns with none of the risk.", finance));
      const toys = rulesOf("toys-kids");
      assert.ok(flagged("Limited editions you can resell at a profit.", toys));
      assert.ok(flagged("This card will be worth a fortune one day.", toys));
      assert.equal(flagged("Some collectors do sell figures at a profit, but prices go up and down.", toys), false);
      assert.ok(flagged("Investors who tripled their savings in a year.", finance));
      assert.equal(flagged("Investors who doubled their contributions got a bigger match. Capital at risk.", finance), false);
    });

    it("a gem, a metal or a food that the same text contradicts: pure silver at 92.5%, a genuine gem beside a simulant, a karat on a plated item, 'pure' or 'nothing artificial' beside a named additive", () => {
      const jewelry = rulesOf("jewelry");
      assert.ok(flagged("Pure gold pendant, 75% gold.", jewelry));
      assert.equal(flagged("Fine silver (99.9% silver) stacking ring.", jewelry), false);
      assert.equal(flagged("Solid 18k gold (75% gold, 25% copper and silver).", jewelry), false);
      assert.ok(flagged("Real ruby earrings with lab-created rubies.", jewelry));
      assert.equal(flagged("Genuine diamond, never a cubic zirconia.", jewelry), false);
      assert.equal(flagged("Genuine freshwater cultured pearls on a silk thread.", jewelry), false);
      assert.ok(flagged("Trimmed with 18k gold buckles, electroplated over zinc.", rulesOf("fashion-apparel")));
      assert.equal(flagged("Brass hoops plated with 18k gold for shine.", jewelry), false);
      const beauty = rulesOf("beauty-cosmetics");
      assert.ok(flagged("100% pure rosehip oil. Ingredients: rosehip oil, BHT.", beauty));
      assert.equal(flagged("100% pure rosehip oil, free from phenoxyethanol, BHT and parabens.", beauty), false);
      const food = rulesOf("food-beverage");
      assert.ok(flagged("No artificial additives. Ingredients: sugar, water, sodium benzoate.", food));
      assert.equal(flagged("Nothing artificial. Ingredients: oats, honey, paprika extract.", food), false);
    });

    it("free-from claims that the same text contradicts: plastic-free with a PP pump, paraben-free with methylparaben, sulfate-free with sodium laureth sulfate", () => {
      const beauty = rulesOf("beauty-cosmetics");
      assert.ok(flagged("Plastic-free: a glass jar with a recyclable plastic lid.", beauty));
      assert.ok(flagged("Plastic-free coffee pods lined with PLA.", rulesOf("food-beverage")));
      assert.equal(flagged("Plastic-free packaging: we replaced our PP pump with an aluminium one.", beauty), false);
      assert.equal(flagged("Plastic-free pet water bottles in stainless steel.", rulesOf("pet-supplies")), false);
      assert.ok(flagged("Paraben-free cream. Ingredients: aqua, glycerin, propylparaben.", beauty));
      assert.equal(flagged("Paraben-free cream. Ingredients: aqua, glycerin, phenoxyethanol.", beauty), false);
      assert.ok(flagged("Sulphate-free shampoo. Ingredients: aqua, sodium coco-sulfate, glycerin.", beauty));
      assert.equal(flagged("Sulfate-free shampoo with coco-glucoside.", beauty), false);
    });

    it("assay offices hallmark metal, not stones or sourcing", () => {
      const jewelry = rulesOf("jewelry");
      assert.ok(flagged("Our rubies are individually assayed.", jewelry));
      assert.ok(flagged("Every ring is hallmarked as ethically sourced.", jewelry));
      assert.equal(flagged("18k gold band set with a diamond, hallmarked in London.", jewelry), false);
    });
  });

  describe("round 23", () => {
    it("an FAQ question is the reader's: an answer that denies it negates it, and one that qualifies it qualifies it", () => {
      const beauty = rulesOf("beauty-cosmetics");
      assert.equal(flagged("Q: Does this serum cure acne? A: Sadly not — it is a cosmetic. Ask your pharmacist about acne treatments.", beauty), false);
      assert.ok(flagged("Q: Does this serum cure acne? A: Yes, it clears acne for good.", beauty));
      assert.ok(flagged("Does this serum cure acne? No question: it clears it in days.", beauty), "'No question' affirms");
      const home = rulesOf("home-furniture");
      assert.equal(flagged("Q: Is the tray biodegradable? A: Only in industrial composting facilities, not at home.", home), false);
      assert.ok(flagged("Q: Is the tray biodegradable? Yes, completely.", home));
    });

    it("'no guarantee' and 'no promise' deny what follows wherever they stand", () => {
      const beauty = rulesOf("beauty-cosmetics");
      assert.equal(flagged("This gives no guarantee of results for everyone.", beauty), false);
      assert.equal(flagged("There is no promise this will clear your skin, so patch test.", beauty), false);
      assert.ok(flagged("Guaranteed to clear your skin.", beauty));
    });

    it("a capital after a label's colon, or in Title Case, names nothing", () => {
      assert.ok(flagged("The Jacket That Never Fades, Never Shrinks And Never Tears", rulesOf("fashion-apparel")));
      assert.ok(flagged("Text alert: Guaranteed results in a week!"));
      assert.equal(flagged("Our Forever Classic trench comes in navy.", rulesOf("fashion-apparel")), false);
    });

    it("a best-price guarantee with its terms in other words ('we'll pay the difference')", () => {
      const travel = rulesOf("travel-hospitality");
      assert.equal(flagged("Lowest Price Guarantee: find the same cabin cheaper within 48 hours and we'll pay the difference.", travel), false);
      assert.ok(flagged("Best price guaranteed on every room.", travel));
    });

    it("approval whatever the credit record", () => {
      const finance = rulesOf("finance");
      assert.ok(flagged("Credit approved whatever your credit history, in minutes.", finance));
      assert.ok(flagged("No matter your credit score, you're approved.", finance));
      assert.equal(flagged("Open to applicants with any credit score; approval is subject to status.", finance), false);
    });

    it("an invented regional or international authority that certifies or rates", () => {
      const toys = rulesOf("toys-kids");
      assert.ok(flagged("Rated by the International Board of Playground Safety as its top climbing frame.", toys));
      assert.ok(flagged("Approved by the National Pet Nutrition Council.", rulesOf("pet-supplies")));
      assert.equal(flagged("Rated PG by the British Board of Film Classification.", toys), false);
    });

    it("'pure' food a few words before its name, or 'totally pure' on its own, beside a blend or a sweetener", () => {
      const food = rulesOf("food-beverage");
      assert.ok(flagged("Pure Cold Pressed Rapeseed Oil, mixed with olive oil.", food));
      assert.ok(flagged("Our nectar is totally pure, sweetened only with apple juice.", food));
      assert.equal(flagged("Pure Extra Virgin Olive Oil, cold pressed in Crete.", food), false);
      assert.equal(flagged("Absolutely pure, nothing added.", food), false);
    });

    it("sterling silver over a base metal, in the text or a 'Material:' or 'Metal:' field", () => {
      const jewelry = rulesOf("jewelry");
      assert.ok(flagged("Sterling Silver Hoops | Metal: gold-plated brass", jewelry));
      assert.ok(flagged("Sterling silver bangle.\nMaterial: rhodium plated copper", jewelry));
      assert.equal(flagged("Sterling silver hoops; gold vermeil over sterling silver.", jewelry), false);
      assert.equal(flagged("Sterling silver-plated brass earrings.", jewelry), false);
    });

    it("absolute detection: '100% of' threats caught, zero false positives", () => {
      const software = rulesOf("b2b-software");
      assert.ok(flagged("Our filter blocks 100% of phishing emails.", software));
      assert.ok(flagged("Flags every login anomaly with zero false negatives.", software));
      assert.equal(flagged("Lenses block 100% of UVA and UVB rays.", rulesOf("outdoor-sports")), false);
    });

    it("showing only the best reviews, or hiding bad ones", () => {
      const electronics = rulesOf("consumer-electronics");
      assert.ok(flagged("We only display five-star reviews.", electronics));
      assert.ok(flagged("Negative reviews are removed before publishing.", electronics));
      assert.equal(flagged("We never hide negative reviews.", electronics), false);
      assert.equal(flagged("Only verified-purchase reviews are shown.", electronics), false);
    });

    it("a sport-testing scheme named in words is a certification", () => {
      const supplements = rulesOf("health-supplements");
      assert.equal(flagged("Informed Choice certified: each batch is tested by LGC.", supplements), false);
      assert.ok(flagged("Certified pure by our own lab.", supplements));
    });
  });

  describe("round 24", () => {
    it("'harmless' to a group, or closing its clause after a verb of being; negated, or an everyday 'harmless fun', it passes", () => {
      const pets = rulesOf("pet-supplies");
      assert.ok(flagged("Absolutely — our flea spray is harmless to pets, kids and everyone in the house.", pets));
      assert.ok(flagged("Don't worry if your dog licks it: the gel is harmless.", pets));
      // A safety claim in the negative is the caution the rule asks for.
      assert.equal(flagged("This spray is not harmless to cats, so keep them out of the room.", pets), false);
      assert.equal(flagged("No flea treatment is harmless to every pet, so ask your vet.", pets), false);
      // "Harmless" before a noun of pastime praises the fun, not the product's safety.
      assert.equal(flagged("It's harmless fun for the whole family."), false);
      assert.equal(flagged("A water pistol game that's completely harmless fun."), false);
      // A hedge is no absolute.
      assert.equal(flagged("The tingle is relatively harmless and fades in minutes."), false);
    });

    it("superiority over rivals or leading brands, with no evidence; superior without a rival, or over one's own model, passes", () => {
      const supplements = rulesOf("health-supplements");
      assert.ok(flagged("Clinically superior to the leading brands for absorption.", supplements));
      assert.ok(flagged("Our fan beats the competition on noise."));
      assert.ok(flagged("Outperforms other brands in its class."));
      assert.equal(flagged("Superior comfort for long days on your feet."), false);
      assert.equal(flagged("Superior to our previous model in every test."), false);
      assert.equal(flagged("Beats the heat on summer evenings."), false);
    });

    it("lowest rates with words between, after a place's possessive; 'you won't find a cheaper … anywhere' is not negated by a star rating inside it", () => {
      const travel = rulesOf("travel-hospitality");
      assert.ok(flagged("Lisbon's lowest room rates.", travel));
      assert.ok(flagged("You won't find a cheaper four-star stay anywhere in the city.", travel));
      assert.equal(flagged("Our lowest room rates are on our own website.", travel), false);
      assert.equal(flagged("It's best to compare rates before you book.", travel), false);
      assert.equal(flagged("Find your lowest resting heart rate with the band."), false);
    });

    it("certainty before a drop in sizes or weight; everyday 'sure to' and sizing advice pass", () => {
      const fashion = rulesOf("fashion-apparel");
      assert.ok(flagged("Shapewear that's certain to drop you two dress sizes the moment you slip it on.", fashion));
      assert.ok(flagged("This shapewear drops you two dress sizes instantly.", fashion));
      assert.ok(flagged("A belt that's bound to trim three inches from your waist.", fashion));
      // Enthusiasm, not a result the seller promises.
      assert.equal(flagged("This jacket is sure to turn heads.", fashion), false);
      assert.equal(flagged("A board game that's certain to be a hit at parties.", rulesOf("toys-kids")), false);
      // Sizing advice to the reader.
      assert.equal(flagged("Be sure to drop a size if you're between sizes.", fashion), false);
      assert.equal(flagged("Our shuttle is sure to drop you at the door.", rulesOf("travel-hospitality")), false);
    });

    it("universal endorsement in the active voice: 'every Fortune 500 company trusts', 'the clipper every pro uses'", () => {
      const software = rulesOf("b2b-software");
      assert.ok(flagged("Every Fortune 500 company trusts our platform to run its business.", software));
      assert.ok(flagged("All top hospitals use our scheduling tool.", software));
      assert.ok(flagged("The clipper every pro uses."));
      assert.equal(flagged("Every company needs a CRM.", software), false);
      assert.equal(flagged("Each team uses its own workspace.", software), false);
      assert.equal(flagged("Not every Fortune 500 company trusts a newcomer, so we publish our audits.", software), false);
    });

    it("value promised for what was paid: 'sure to be worth twice what you paid', 'will be worth more in five years'", () => {
      assert.ok(flagged("Collector's edition tool chest: it's sure to be worth twice what you paid within five years.", rulesOf("tools-hardware")));
      assert.ok(flagged("Gold will be worth more in five years.", rulesOf("finance")));
      assert.equal(flagged("It's sure to be worth the wait."), false);
      assert.equal(flagged("It will be worth every penny."), false);
      assert.equal(flagged("This course will be worth more to employers than a degree."), false);
    });

    it("genuine leather with a word or two before it, contradicted by PU or vegan leather; a discount is no percentage of the material", () => {
      const fashion = rulesOf("fashion-apparel");
      assert.ok(flagged("Genuine Italian leather handbag, crafted from premium PU.", fashion));
      assert.ok(flagged("Real full-grain leather wallet made with vegan leather panels.", fashion));
      assert.equal(flagged("Genuine Italian leather handbag with a cotton lining.", fashion), false);
      assert.equal(flagged("Faux leather jacket: 100% polyurethane outer. Not genuine leather.", fashion), false);
      assert.equal(flagged("Pure cotton sheets, 20% off this week."), false);
      assert.ok(flagged("Pure cotton sheets: 60% cotton, 40% polyester."));
    });
  });

  describe("round 25", () => {
    it("absolutes of harm and failure: 'nothing … could ever harm', 'there isn't a … that can', 'none ever will', failures 'a thing of the past'", () => {
      const toys = rulesOf("toys-kids");
      assert.ok(flagged("There is nothing in this teether that could ever hurt your little one.", toys));
      assert.ok(flagged("Nothing a curious toddler tries can crack this screen.", toys));
      assert.ok(flagged("There isn't a puppy on earth that can chew through these straps.", rulesOf("pet-supplies")));
      assert.ok(flagged("Our tent has never leaked in a storm - and none ever will.", rulesOf("outdoor-sports")));
      assert.ok(flagged("Our API hasn't had an outage since 2019, and it won't on your watch either.", rulesOf("b2b-software")));
      assert.ok(flagged("With our CDN, buffering is a thing of the past.", rulesOf("b2b-software")));
      assert.equal(flagged("Nothing can replace a cuddle at bedtime.", toys), false);
      assert.equal(flagged("There isn't a dog alive that doesn't love a good sniff walk.", rulesOf("pet-supplies")), false);
      assert.equal(flagged("The old plan didn't include SSO, and the new one won't either.", rulesOf("b2b-software")), false);
      assert.equal(flagged("It's not machine washable, and it won't be either.", rulesOf("fashion-apparel")), false);
      assert.equal(flagged("Dial-up is a thing of the past; our fibre plans start at 500 Mbps.", rulesOf("b2b-software")), false);
    });

    it("a spaced hyphen ends a negation's clause as a dash does", () => {
      assert.ok(flagged("Not a single complaint so far - and there never will be, because it lasts forever."));
      // A hyphen inside a word is no dash: the negation still reaches the claim.
      assert.equal(flagged("This case is not drop-tested to any standard and not shock-proof."), false);
    });

    it("unchanged 'decade after decade', every use made absolute, 'every time' going on with 'whatever'", () => {
      assert.ok(flagged("The polish stays as bright as the day you bought it, decade after decade.", rulesOf("jewelry")));
      assert.ok(flagged("Perfect silence, every flight.", rulesOf("consumer-electronics")));
      assert.ok(flagged("Clear skin for every customer, every time, whatever your routine.", rulesOf("beauty-cosmetics")));
      const furniture = rulesOf("home-furniture");
      assert.equal(flagged("A design classic, loved decade after decade.", furniture), false);
      assert.equal(flagged("Our family has made chairs decade after decade in the same workshop.", furniture), false);
      assert.equal(flagged("Fresh bread, every single day.", rulesOf("food-beverage")), false);
      assert.equal(flagged("Complimentary breakfast for every guest, every morning.", rulesOf("travel-hospitality")), false);
    });

    it("outcomes promised: a plan's result, 'you'll never … again', weight that falls off, a testimonial's result 'waiting for you', a closing 'we stake our name on it'", () => {
      const supplements = rulesOf("health-supplements");
      assert.ok(flagged("Follow our 8-week plan and you'll lose two dress sizes.", supplements));
      assert.ok(flagged("Stick to our 16-week programme and you'll cross the finish line in under five hours.", rulesOf("outdoor-sports")));
      assert.ok(flagged("One capsule at lunch and you'll never crash mid-afternoon again.", supplements));
      assert.ok(flagged("Swap one meal a day and the pounds just fall off.", supplements));
      assert.ok(flagged("'By week two my dark spots had vanished.' The same results are waiting for you.", rulesOf("beauty-cosmetics")));
      assert.ok(flagged("Your son will be counting on his own by his third birthday.", rulesOf("toys-kids")));
      assert.ok(flagged("Your dog will walk calmly on the lead in a week - we stake our reputation on it.", rulesOf("pet-supplies")));
      assert.equal(flagged("Follow our setup guide and you'll have your first dashboard in ten minutes.", rulesOf("b2b-software")), false);
      assert.equal(flagged("Follow our training plan and you'll learn pacing, fuelling and recovery.", rulesOf("outdoor-sports")), false);
      assert.equal(flagged("Take the weight off your feet with our recovery slides."), false);
      assert.equal(flagged("Results vary: you may not see the same results as our testers.", rulesOf("beauty-cosmetics")), false);
    });

    it("an adverse outcome asked and answered with an absolute ('Frizz? Gone.'); an answer that advises passes", () => {
      assert.ok(flagged("Accidents on the new rug? Not in your house, not once.", rulesOf("pet-supplies")));
      assert.ok(flagged("Frizz? Gone.", rulesOf("beauty-cosmetics")));
      assert.equal(flagged("Accidents? Ask our support team about replacements.", rulesOf("toys-kids")), false);
      assert.equal(flagged("Puddles on the floor? Never punish a puppy for them.", rulesOf("pet-supplies")), false);
    });

    it("nature promised for every night of a stay; a guided activity every morning passes", () => {
      const travel = rulesOf("travel-hospitality");
      assert.ok(flagged("The Northern Lights dance overhead every night of your stay.", travel));
      assert.ok(flagged("Dolphins swim alongside the boat every morning of your cruise.", travel));
      assert.equal(flagged("Guides lead a wildlife walk every morning of your stay.", travel), false);
      assert.equal(flagged("Whale-watching trips leave every morning of the season.", travel), false);
    });

    it("a guarantee of condition or workmanship that states its remedy is a warranty; an outcome with a refund is still an outcome", () => {
      assert.equal(flagged("Guaranteed fresh: if your loaf arrives stale, tell us within 3 days and we'll send another."), false);
      assert.equal(flagged("Guaranteed against zip failure for 5 years: if it breaks, we will repair it.", rulesOf("outdoor-sports")), false);
      assert.equal(flagged("Our guaranteed-fit promise: resizing is free within 60 days.", rulesOf("jewelry")), false);
      assert.ok(flagged("Guaranteed to lose 10 lbs in 30 days: if you don't, we'll refund you.", rulesOf("health-supplements")));
      assert.ok(flagged("Guaranteed fresh."));
    });

    it("a part that won't pinch or trap is a feature; 'no hidden' is a free-from claim only about substances", () => {
      const furniture = rulesOf("home-furniture");
      assert.equal(flagged("A soft-close drawer that won't trap little fingers.", furniture), false);
      assert.equal(flagged("Hinges that can't pinch, on every cabinet door.", furniture), false);
      assert.ok(flagged("Kids can't hurt themselves on it.", furniture));
      assert.equal(flagged("A fixed rate with no hidden fees or collars.", rulesOf("finance")), false);
      assert.ok(flagged("No hidden nasties in our balm.", rulesOf("beauty-cosmetics")));
    });

    it("breakdown in other words: 'leaves nothing behind but soil', 'returns to nature' on a compost heap, 'gone by spring' in the garden", () => {
      const fashion = rulesOf("fashion-apparel");
      assert.ok(flagged("When you're done, bury the tee and it leaves nothing behind but earth.", fashion));
      assert.ok(flagged("The wrapper naturally returns to the earth.", rulesOf("food-beverage")));
      assert.ok(flagged("Toss the sneakers on the compost heap and they're gone within a few months.", fashion));
      assert.equal(flagged("Guests return to nature at our forest cabins.", rulesOf("travel-hospitality")), false);
      assert.equal(flagged("Leaves nothing behind but a fresh scent.", rulesOf("home-furniture")), false);
      assert.equal(flagged("Our seasonal menu is gone by spring, so order now.", rulesOf("food-beverage")), false);
    });

    it("endorsement without 'recommended': an expert's first choice, what the pros reach for, experts at a named body who use ours, a red carpet", () => {
      const pets = rulesOf("pet-supplies");
      assert.ok(flagged("The groomer's go-to brand for matted coats.", pets));
      assert.ok(flagged("It's the one vets reach for.", pets));
      assert.ok(flagged("Engineers at Formula 1 teams carry ours in every toolbox.", rulesOf("tools-hardware")));
      assert.ok(flagged("Our earrings were spotted on the BAFTAs red carpet.", rulesOf("jewelry")));
      assert.equal(flagged("Our groomer's top pick this month: the slicker brush.", pets), false);
      assert.equal(flagged("Engineers at our Leeds office use it to test every release.", rulesOf("b2b-software")), false);
      assert.equal(flagged("Dress like you're on the red carpet with our satin range.", rulesOf("fashion-apparel")), false);
    });

    it("an own seal called a certification, and approval for hospitals with no approver named", () => {
      assert.ok(flagged("Every crib carries our Sleep Safe Seal, the strictest certification around.", rulesOf("toys-kids")));
      assert.ok(flagged("Approved for use in clinics, it kills germs in seconds.", rulesOf("consumer-electronics")));
      assert.equal(flagged("Hallmarked at the Birmingham Assay Office: look for our sponsor's mark.", rulesOf("jewelry")), false);
      assert.equal(flagged("Approved for use in hospitals by the MHRA (registration 12345678).", rulesOf("consumer-electronics")), false);
    });

    it("financial promises in other words: not a single down year, returns while markets fell, salaries replaced, nothing lost if a payment slips", () => {
      const finance = rulesOf("finance");
      assert.ok(flagged("Our fund hasn't posted a single losing quarter.", finance));
      assert.ok(flagged("Steady returns while the stock market crashed.", finance));
      assert.ok(flagged("Our ambassadors replaced their full-time salary in a year.", rulesOf("health-supplements")));
      assert.ok(flagged("Spread the cost with nothing to lose - even if you miss a payment.", rulesOf("home-furniture")));
      assert.equal(flagged("Income protection that replaces your salary if you can't work because of illness.", finance), false);
      assert.equal(flagged("Missing a payment may affect your credit score, even if a payment is only a day late.", finance), false);
    });

    it("superlatives across a shelf, a site or a named industry; a comparison 'than on any other'", () => {
      assert.ok(flagged("The toughest boots on any building site.", rulesOf("tools-hardware")));
      assert.ok(flagged("The crispest lager in the chiller.", rulesOf("food-beverage")));
      assert.ok(flagged("The strictest test in the toy industry.", rulesOf("toys-kids")));
      assert.ok(flagged("Reports load faster than on any other BI tool.", rulesOf("b2b-software")));
      assert.equal(flagged("Put the heaviest items on the shelf nearest the floor.", rulesOf("home-furniture")), false);
      assert.equal(flagged("Sync is faster than on our previous version.", rulesOf("b2b-software")), false);
    });

    it("purity contradicted by a bracketed disclosure or a spec line: solid wood over MDF, pure copper clad on aluminium, 100% down beside a fill line", () => {
      assert.ok(flagged("Solid walnut sideboard. (Back panel is MDF.)", rulesOf("home-furniture")));
      assert.ok(flagged("Pure copper earth strap. Spec: copper-clad aluminium core.", rulesOf("consumer-electronics")));
      assert.ok(flagged("100% goose down. (Fill: 70% feather, 30% down.)", rulesOf("outdoor-sports")));
      assert.equal(flagged("Solid oak table. (Assembly takes about 20 minutes.)", rulesOf("home-furniture")), false);
      assert.equal(flagged("100% cotton, machine wash at 30°.", rulesOf("fashion-apparel")), false);
      assert.equal(flagged("100% merino wool, 20% off this week.", rulesOf("fashion-apparel")), false);
    });

    it("a single origin beside a list of origins, and an exclusive protected name beside a substitute anywhere in the text", () => {
      const food = rulesOf("food-beverage");
      assert.ok(flagged("100% Greek olive oil. (Olives from Greece and Turkey.)", food));
      assert.ok(flagged("Purely Colombian coffee, roasted from beans grown in Brazil, Peru and Colombia.", food));
      assert.equal(flagged("100% Italian durum wheat, milled in Puglia and Sicily.", food), false);
      assert.equal(flagged("100% British beef, sold in the UK and Ireland.", food), false);
      const travel = rulesOf("travel-hospitality");
      assert.ok(flagged("We serve only real Champagne. Try our sparkling wine flight.", travel));
      assert.equal(flagged("We pour genuine Champagne by the glass, or try our Spanish cava.", travel), false);
      assert.equal(flagged("Only genuine Prosecco on tap; our Prosecco comes from Valdobbiadene.", travel), false);
    });

    it("a noun lexicon takes its plural after any of its terms", () => {
      const experts = new RegExp(`^${expandLexicons("{{experts}}")}$`, "iu");
      for (const word of ["vet", "vets", "dentists", "physios", "nurses"]) assert.ok(experts.test(word), word);
      assert.equal(experts.test("vetx"), false);
    });
  });

  describe("rounds 26 and 27", () => {
    it("precious metal contradicted: a hyphenated karat beside a gold colour or a non-metal body, and solid or genuine gold beside a base construction anywhere in the listing", () => {
      const furniture = rulesOf("home-furniture");
      assert.ok(flagged("A hand-carved mirror with an 18-carat gold frame, moulded from gold-coloured painted plastic.", furniture));
      assert.ok(flagged("Picture frame in 22-karat gold, cast in polyresin.", furniture));
      assert.equal(flagged("A 24k gold leaf frame, crafted from resin.", furniture), false, "gold leaf is gold worked into the piece");
      assert.equal(flagged("Resin coasters set with 24k gold flakes.", furniture), false);
      assert.equal(flagged("An 18-carat gold frame on an oak base.", furniture), false);
      const jewelry = rulesOf("jewelry");
      assert.ok(flagged("Sizable pendant. Steel core with a gold-tone layer. Made of real 14k gold for shine.", jewelry));
      assert.ok(flagged("Genuine silver charm. Brass base, silver-tone plated.", jewelry));
      assert.equal(flagged("Solid 14k gold ring. Gold-tone gift box included.", jewelry), false, "a gold-tone box is only the box");
      assert.equal(flagged("Solid 14k gold pendant. Comes on a gold-tone chain.", jewelry), false);
      assert.equal(flagged("Solid 14k gold ring. Not electroplated, never gold-tone.", jewelry), false);
      assert.equal(flagged("Solid 9k gold hoops, hallmarked. Unlike gold-tone pieces, they keep their colour.", jewelry), false, "what the piece is set against is not what it is");
    });

    it("pure food, fibre or water contradicted: a second ingredient in a labelled list, a touch of another food, a fibre content line, the product offered 'your … with', spring water from the mains", () => {
      const food = rulesOf("food-beverage");
      assert.ok(flagged("100% pure coconut water. Ingredients: coconut water, vitamin C.", food));
      assert.ok(flagged("Treat your hair to 100% pure jojoba oil (INCI: Simmondsia Chinensis Seed Oil, Parfum).", rulesOf("beauty-cosmetics")));
      assert.equal(flagged("100% pure coconut water. Ingredients: coconut water. Best served chilled, with ice, lime and mint.", food), false, "one ingredient, then other sentences");
      assert.equal(flagged("Sweetened with pure honey. Ingredients: oats, honey, almonds.", food), false, "pure honey is an ingredient here");
      assert.ok(flagged("Pure wildflower honey, softened with a splash of cheaper rapeseed honey.", food));
      assert.equal(flagged("Pure Colombian coffee with a touch of dark chocolate on the palate.", food), false, "a tasting note adds nothing");
      assert.ok(flagged("Top your porridge with 100% pure maple syrup, blended with cane syrup.", food));
      assert.equal(flagged("Made with 100% real cheese, blended with herbs.", food), false, "an ingredient's own claim");
      const fashion = rulesOf("fashion-apparel");
      assert.ok(flagged("100% pure merino jumper. Fibre content: 80% merino wool, 20% nylon.", fashion));
      assert.equal(flagged("Pure silk scarf. Fabric content: 100% silk.", fashion), false);
      assert.equal(flagged("Pure merino jumper. Alcohol content: 12%.", fashion), false, "a bare 'content' line is no composition");
      const travel = rulesOf("travel-hospitality");
      assert.ok(flagged("Our glacier water comes straight from the mains.", travel));
      assert.equal(flagged("Fresh spring water in the minibar, and filtered water from the tap in the bathroom.", travel), false);
      assert.equal(flagged("Unlike mains water, our spring water is bottled at source.", travel), false);
    });

    it("endorsement statistics: a share of any group that prefers us or says we helped, a share that would recommend us, popularity offered as proof", () => {
      const software = rulesOf("b2b-software");
      assert.ok(flagged("97% of finance directors say Ledgerly halved their month-end close.", software));
      assert.ok(flagged("88% of installers prefer our fixings.", rulesOf("tools-hardware")));
      assert.ok(flagged("98% would book again.", rulesOf("travel-hospitality")));
      assert.ok(flagged("Join 50,000 teams who rely on our API.", software));
      assert.equal(flagged("Over 60% of UK households say they struggle with energy bills.", rulesOf("home-furniture")), false, "a fact about a market, not about us");
      assert.equal(flagged("10% of profits go to charity."), false);
      assert.equal(flagged("98% of orders ship within 24 hours."), false);
      assert.equal(flagged("15% will go to the charity."), false);
      assert.equal(flagged("Join 2,000 members who meet every Sunday.", rulesOf("outdoor-sports")), false);
      assert.equal(flagged("92% of respondents would recommend us (survey of 1,204 customers, March 2025)."), false, "a described survey is evidence");
    });

    it("disease: a medicine dropped with the person between ('the vet took Bella off her Apoquel'), protection from a named disease whoever is protected, vector-borne diseases by name", () => {
      const supplements = rulesOf("health-supplements");
      assert.ok(flagged("Six weeks on our shakes and the vet took Bella off her Apoquel.", supplements));
      assert.ok(flagged("He was taken off insulin after a month on the plan.", supplements));
      assert.equal(flagged("Do not take yourself off any prescribed medication.", supplements), false);
      assert.equal(flagged("Take the lid off the pill bottle.", supplements), false);
      assert.equal(flagged("Take it off the heat before adding the tablets.", rulesOf("food-beverage")), false);
      const outdoor = rulesOf("outdoor-sports");
      assert.ok(flagged("These tags keep your dog and cat safe from heartworm.", rulesOf("pet-supplies")));
      assert.ok(flagged("A coil that shields the whole campsite against West Nile virus.", outdoor));
      assert.ok(flagged("Guards the family from chikungunya.", outdoor));
      assert.equal(flagged("Protects your skin from the sun.", outdoor), false);
      assert.equal(flagged("Protect your home from damp.", rulesOf("home-furniture")), false);
      assert.equal(flagged("Vaccination protects your dog from rabies; ask your vet.", rulesOf("pet-supplies")), false, "a fact about a vaccine");
    });

    it("an opening 'No' after a joining 'and' or 'or' negates its statement; 'no wonder' after it still affirms", () => {
      assert.equal(flagged("Earn 10% on referrals, and no level of earnings is guaranteed.", rulesOf("health-supplements")), false);
      assert.equal(flagged("Your results depend on your effort, and nothing is guaranteed.", rulesOf("finance")), false);
      assert.ok(flagged("Earn 10% on referrals, and no wonder results are guaranteed.", rulesOf("health-supplements")));
      assert.ok(flagged("A formula with no parabens that cures eczema."), "'no' inside a clause still negates one noun");
    });

    it("a guarantee of workmanship that points to its terms is a warranty; one that points nowhere, or an outcome, is still flagged", () => {
      const fashion = rulesOf("fashion-apparel");
      assert.equal(flagged("Every seam is guaranteed for 10 years against defects; see our warranty policy for details.", fashion), false);
      assert.equal(flagged("Zips guaranteed for life against failure; full warranty terms at our help centre.", rulesOf("outdoor-sports")), false);
      assert.equal(flagged("Hinges guaranteed for five years, so check what's covered before you claim.", rulesOf("home-furniture")), false);
      assert.ok(flagged("Guaranteed for life against defects.", fashion));
      assert.ok(flagged("Guaranteed to lose a dress size in a month; see our terms.", rulesOf("health-supplements")));
    });

    it("a multiple of ordinary products is substantiated by the standard the product meets; a multiple of every rival is not", () => {
      const furniture = rulesOf("home-furniture");
      assert.equal(flagged("Shelves of tempered glass to BS EN 12150, five times stronger than ordinary glass.", furniture), false);
      assert.equal(flagged("A helmet shell tested to EN 1078, twice as tough as conventional foam shells.", rulesOf("outdoor-sports")), false);
      assert.ok(flagged("Five times stronger than ordinary glass.", furniture));
      assert.ok(flagged("Charges twice as fast as any other phone, tested to IEC 62133.", rulesOf("consumer-electronics")), "a standard says nothing of every rival");
    });

    it("'a safe bet', 'a safe haven', 'a sure thing' are promises only about money, investments or assets; of a gift, a pet or wildlife they are everyday words", () => {
      assert.ok(flagged("Our bonds are a safe bet in any market.", rulesOf("finance")));
      assert.ok(flagged("Bullion has always been the ultimate safe haven.", rulesOf("jewelry")));
      assert.ok(flagged("Crypto is the safest place for your savings.", rulesOf("finance")));
      assert.equal(flagged("This rain jacket is a safe bet for autumn.", rulesOf("fashion-apparel")), false);
      assert.equal(flagged("Our kennel is a safe home for your dog.", rulesOf("pet-supplies")), false);
      assert.equal(flagged("The hedgerow is a safe haven for nesting birds.", rulesOf("travel-hospitality")), false);
      assert.equal(flagged("A sure-fire crowd-pleaser at parties.", rulesOf("toys-kids")), false);
      assert.equal(flagged("A safe bet for any birthday. Metal: 14ct gold.", rulesOf("jewelry")), false, "gold as a jewel's metal is no investment");
    });

    it("a gem lab's certificate with its report number is evidence; 'approved', no number, or another body's registration number is not", () => {
      const jewelry = rulesOf("jewelry");
      assert.equal(flagged("Round brilliant, certified by GIA with report number 2141234567.", jewelry), false);
      assert.equal(flagged("IGI certified lab diamond, certificate no. LG 598765432.", jewelry), false);
      assert.ok(flagged("Every stone certified by the GIA.", jewelry));
      assert.ok(flagged("Our diamonds are GIA approved (report 1234567).", jewelry), "a lab grades; it approves nothing");
      assert.ok(flagged("FDA approved, registration no. 12345678.", rulesOf("health-supplements")));
    });

    it("an age grade from birth beside the toy standard it meets is a stated age grade; without one, and 'all ages' with one, it is still flagged", () => {
      const toys = rulesOf("toys-kids");
      assert.equal(flagged("Soft rattle, tested to EN 71-1, for ages 0+.", toys), false);
      assert.equal(flagged("Meets ASTM F963 for ages 0 and up.", toys), false);
      assert.ok(flagged("Soft rattle for ages 0+.", toys));
      assert.ok(flagged("A marble run suitable for all ages, tested to EN 71.", toys), "'all ages' is no age grade");
    });

    it("a certification with its body named in brackets is evidence, and a listing's Title Case title takes its evidence from the listing under it", () => {
      const travel = rulesOf("travel-hospitality");
      assert.equal(flagged("Our hostel is Green Key certified since 2023 (Foundation for Environmental Education).", travel), false);
      // A scheme no one can look up ("EcoStay") is no evidence with the seller's own team named as its certifier.
      assert.ok(flagged("Our hostel is EcoStay certified since 2023 (Our Sustainability Team).", travel), "the seller is no certifier");
      assert.equal(flagged("Harbour Eco Hostel – Dorms, Bike Hire, Rooftop Bar. Travelife certified since 2021 (Travelife for Accommodation).", travel), false);
      assert.ok(flagged("Harbour Eco Hostel – Dorms, Bike Hire, Rooftop Bar. Certified by our own green team.", travel));
      assert.ok(flagged("Eco-Friendly Bamboo Toothbrush – Pack Of Four Brushes. Soft bristles."), "a title with nothing under it to support it");
      assert.ok(
        flagged("Soft bristles. Eco-Friendly Bamboo Toothbrush Set For The Whole Family. Handles from FSC-certified bamboo (licence FSC-C012345)."),
        "only the first sentence is a title",
      );
    });
  });

  describe("round 51", () => {
    it("an absolute 'won't' or 'can't' about wear is a durability claim; 'won't break down' in a compost heap is a limit, not a promise", () => {
      assert.ok(flagged("Colours that won't fade, however often you wash them."));
      assert.ok(flagged("A zip that can't ever snap."));
      assert.ok(flagged("Laces that don't fray."));
      assert.equal(flagged("Certified compostable to EN 13432 in industrial facilities only; the bags won't break down in a home heap."), false);
      assert.equal(flagged("Don't tear the seal until you are ready to brew."), false);
      assert.equal(flagged("It doesn't shrink as easily as cotton."), false);
    });

    it("a comparison with a named rival needs its basis beside it", () => {
      assert.ok(flagged("Better sound than Bose, for half the price."));
      assert.ok(flagged("Undercuts Amazon on every order."));
      assert.equal(flagged("Cheaper than Tesco on 212 of the 250 everyday items we compared on 3 March 2025."), false);
      assert.equal(flagged("Sold on Amazon and in our own shops."), false);
      assert.equal(flagged("Fits most Nespresso Original machines."), false);
      assert.equal(flagged("Ships faster than ever this winter."), false);
    });

    it("the product a profession is said to trust or use is an endorsement by that profession", () => {
      assert.ok(flagged("The head torch firefighters trust on every shout."));
      assert.ok(flagged("The only knife pastry chefs reach for."));
      assert.equal(flagged("A head torch for firefighters, with a 300-lumen beam."), false);
      assert.equal(flagged("Designed with three working pastry chefs over 18 months of trials."), false);
    });
  });

  it("tells product names and non-claim senses from claims", () => {
    assert.equal(flagged("Our Forever Yours ring comes in rose gold."), false);
    assert.ok(flagged("A ring that shines forever."));
    assert.equal(flagged("The best way to style it is with ankle boots."), false);
    assert.ok(flagged("The best boots in the world."));
    assert.equal(flagged("Our favourite boots for a muddy walk."), false);
    assert.equal(flagged("If you are being treated for a heart condition, ask your doctor first."), false);
  });

  it("lets a profile add lexicon terms and exemptions, never remove a category", () => {
    const claim = "A pillow that prevents torticollis.";
    assert.deepEqual(idsIn(claim, categoryRules({ terms: { conditions: ["torticollis"] } })), ["disease-claim"]);
    assert.deepEqual(idsIn(claim), [], "general retail does not know the term");
    assert.deepEqual(idsIn("A pillow that prevents plagiocephaly."), ["disease-claim"], "an infant condition is one in every industry");
    assert.deepEqual(idsIn("Government-guaranteed savings bonds.", rulesOf("finance")), []);
    assert.ok(flagged("Government-guaranteed savings bonds."), "the exemption belongs to finance");
  });

  it("reports overlapping matches once, by the profile's own rule, and its fix removes the claim", () => {
    const rules = rulesOf("tools-hardware");
    const findings = checkClaims("Bulletproof build quality. Made in Sheffield.", rules);
    assert.deepEqual(
      findings.map((finding) => finding.ruleId),
      ["bulletproof-term"],
    );
    const text = "Sizes run small. Our gummies cure colds in a day. Each tastes of orange.";
    const [finding] = checkClaims(text, rulesOf("health-supplements"));
    assert.equal(finding.ruleId, "disease-claim");
    assert.equal(finding.matchedText, "cure colds");
    const fixed = applyFix(text, finding);
    assert.equal(fixed, "Sizes run small. Each tastes of orange.");
    assert.deepEqual(idsIn(fixed, rulesOf("health-supplements")), []);
  });
});
