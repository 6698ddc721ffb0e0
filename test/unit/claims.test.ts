import * as assert from "node:assert/strict";
import { applyFix, checkClaims, claimRulesFor, type ClaimFinding, type ClaimRule } from "../../src/core/claims/checkClaims";
import { categoryRulesOf } from "../../src/core/claims/categoryRules";
import { patternRulesFor, termPattern } from "../../src/core/claims/claimRulesFor";
import { findIndustryProfile, generalRetailProfile, industryProfiles, type ProfileClaimRule } from "../../src/core/profiles/industryProfiles";

// Neutral sentences around each violation: they must break no rule of any profile.
const before = "It comes in three colours.";
const after = "Ask us anything before you order.";

interface Context {
  readonly name: string;
  readonly wrap: (claim: string) => string;
  /** The document once the claim's sentence is gone. */
  readonly removed: string;
}

const contexts: readonly Context[] = [
  { name: "plain text", wrap: (claim) => `${before} ${claim} ${after}`, removed: `${before} ${after}` },
  { name: "a paragraph of its own", wrap: (claim) => `${before}\n\n${claim}\n\n${after}\n`, removed: `${before}\n\n${after}\n` },
  { name: "a Markdown bullet", wrap: (claim) => `## Details\n\n- ${before}\n- ${claim}\n- ${after}\n`, removed: `## Details\n\n- ${before}\n- ${after}\n` },
  { name: "an HTML paragraph", wrap: (claim) => `<p class="intro">${before} ${claim} ${after}</p>`, removed: `<p class="intro">${before} ${after}</p>` },
  {
    name: "an HTML list item",
    wrap: (claim) => `<ul>\n  <li>${before}</li>\n  <li>${claim}</li>\n  <li>${after}</li>\n</ul>`,
    removed: `<ul>\n  <li>${before}</li>\n  <li>${after}</li>\n</ul>`,
  },
];

const allProfiles = [...industryProfiles, generalRetailProfile];
/** The profile's own rules and every category rule it is checked with, once each. */
const rulesChecked = (profile: (typeof allProfiles)[number]): ProfileClaimRule[] => {
  const ids = new Set(profile.avoid.map((rule) => rule.id));
  return [...profile.avoid, ...categoryRulesOf(profile).filter((rule) => !ids.has(rule.id))];
};
const findingsOf = (text: string, rule: ClaimRule) => checkClaims(text, [rule]).filter((finding) => finding.ruleId === rule.id);

describe("checkClaims on every rule of every profile", () => {
  it("leaves the neutral sentences alone under every profile", () => {
    for (const profile of allProfiles) {
      for (const context of contexts) assert.deepEqual(checkClaims(context.removed, claimRulesFor(profile)), [], `${profile.id}, ${context.name}`);
    }
  });

  for (const profile of allProfiles) {
    describe(profile.id, () => {
      for (const rule of rulesChecked(profile)) {
        it(`${rule.id}: flags each violation example, and its fix removes the violation and only that`, () => {
          for (const example of rule.violationExamples) {
            for (const context of contexts) {
              const text = context.wrap(example);
              const where = `${profile.id}/${rule.id} in ${context.name}: ${JSON.stringify(text)}`;
              const [finding] = findingsOf(text, rule);
              assert.ok(finding, `not flagged: ${where}`);
              assert.equal(text.slice(finding.start, finding.end), finding.matchedText, where);
              const exampleStart = text.indexOf(example);
              assert.ok(finding.start >= exampleStart && finding.end <= exampleStart + example.length, `flagged outside the example: ${where}`);
              assert.ok(finding.message.includes(rule.reason) && finding.message.includes(rule.source), where);
              assert.equal(finding.severity, rule.severity);

              const fixed = applyFix(text, finding);
              assert.deepEqual(findingsOf(fixed, rule), [], `still flagged after the fix: ${JSON.stringify(fixed)}`);
              if (finding.fix.kind === "replace") {
                const offset = finding.start - exampleStart;
                const fixedExample = example.slice(0, offset) + finding.fix.replacement + example.slice(offset + finding.matchedText.length);
                assert.equal(fixed, context.wrap(fixedExample), where);
                assert.equal(finding.fix.replacement.toLowerCase(), rule.replacement?.toLowerCase());
              } else {
                assert.equal(fixed, context.removed, where);
              }
            }
          }
        });
      }

      it("flags some example with every single pattern", () => {
        for (const rule of rulesChecked(profile)) {
          rule.patterns.forEach((pattern, index) => {
            const alone: ClaimRule = { ...rule, patterns: [pattern] };
            assert.ok(
              rule.violationExamples.some((example) => findingsOf(example, alone).length > 0),
              `${profile.id}/${rule.id} pattern ${index} flags none of its examples`,
            );
          });
        }
      });
    });
  }
});

describe("checkClaims", () => {
  const rulesOf = (id: string) => claimRulesFor(findIndustryProfile(id)!);
  const idsIn = (text: string, profileId: string) => checkClaims(text, rulesOf(profileId)).map((finding) => finding.ruleId);

  it("reads only the text content of HTML, never tags or attributes", () => {
    const html =
      '<a href="/best-in-the-world/eco-friendly" class="waterproof" title="cures arthritis">Rain cover</a>' +
      '<img alt="" src="unhackable.png" data-claim="100% secure"><!-- waterproof, world\'s best -->' +
      "<script>const label = 'waterproof';</script><style>.waterproof { color: green; }</style>";
    for (const profile of allProfiles) assert.deepEqual(checkClaims(html, claimRulesFor(profile)), [], profile.id);

    const text = '<p class="waterproof">Fully <em>waterproof</em> to 1 m.</p>';
    const [finding] = checkClaims(text, rulesOf("consumer-electronics"));
    assert.equal(finding.ruleId, "waterproof-device");
    assert.equal(finding.start, text.indexOf("waterproof<"));
    assert.equal(applyFix(text, finding), '<p class="waterproof">Fully <em>water-resistant</em> to 1 m.</p>');
  });

  it("ignores Markdown code and link targets, and bare URLs", () => {
    const markdown = "See [our rain cover](https://example.com/waterproof-cover) and `waterproof: true`.\n\n```\nwaterproof\n```\nhttps://example.com/waterproof\n";
    assert.deepEqual(checkClaims(markdown, rulesOf("consumer-electronics")), []);
    assert.deepEqual(idsIn("[A waterproof cover](https://example.com)", "consumer-electronics"), ["waterproof-device"]);
  });

  it("removes a sentence that runs through inline tags along with its tags", () => {
    const text = "<p>Soft texture. <strong>Clinically proven</strong> to firm skin. Light finish.</p>";
    const [finding] = checkClaims(text, rulesOf("beauty-cosmetics"));
    assert.equal(finding.ruleId, "clinically-proven-without-evidence");
    assert.equal(applyFix(text, finding), "<p>Soft texture. Light finish.</p>");
  });

  it("keeps markup the rest of the document needs when a removal cuts across it", () => {
    const text = "<p><em>Soft texture. Clinically proven to firm skin.</em> Light finish.</p>";
    const [finding] = checkClaims(text, rulesOf("beauty-cosmetics"));
    assert.equal(applyFix(text, finding), "<p><em>Soft texture.</em> Light finish.</p>");
  });

  it("removes a claim in the first or last sentence, or a whole first or last line, cleanly", () => {
    const rules = rulesOf("health-supplements");
    const fixAll = (text: string) => applyFix(text, checkClaims(text, rules)[0]);
    assert.equal(fixAll("This formula cures arthritis. Take two a day."), "Take two a day.");
    assert.equal(fixAll("Take two a day. This formula cures arthritis."), "Take two a day.");
    assert.equal(fixAll("This formula cures arthritis.\n\nTake two a day.\n"), "Take two a day.\n");
    assert.equal(fixAll("Take two a day.\n\nThis formula cures arthritis.\n"), "Take two a day.\n");
    assert.equal(fixAll("1. Take two a day.\n2. It cures arthritis\n3. Store cool.\n"), "1. Take two a day.\n3. Store cool.\n");
    assert.equal(fixAll("Take two a day (e.g. with food). It cures arthritis. Store cool."), "Take two a day (e.g. with food). Store cool.");
  });

  it("keeps the case of the words it replaces", () => {
    const rules = rulesOf("consumer-electronics");
    const fixed = (text: string) => applyFix(text, checkClaims(text, rules)[0]);
    assert.equal(fixed("Waterproof speaker."), "Water-resistant speaker.");
    assert.equal(fixed("A WATERPROOF speaker."), "A WATER-RESISTANT speaker.");
    assert.equal(fixed("A water proof speaker."), "A water-resistant speaker.");
  });

  it("accepts claims that carry their qualification, and words that only look like claims", () => {
    // The rules' context stage lets these go. The learned second opinion may still add a note where
    // it is sure, by design (it overrules exemptions: README, "A learned second opinion"), but
    // never a warning or an error.
    for (const [text, profileId] of [
      ["Available in forest green or navy. The green strap is removable.", "fashion-apparel"],
      ["A sustainable choice: 80% recycled polyester, GOTS certified cotton.", "fashion-apparel"],
      ["Waterproof to 20,000 mm hydrostatic head with taped seams.", "outdoor-sports"],
      ["Clinically proven to hydrate in a 4-week study of 40 participants.", "beauty-cosmetics"],
      ["Hypoallergenic: repeat-insult patch tested on 50 volunteers.", "beauty-cosmetics"],
      ["A solid 14K gold band. A 14K solid gold chain.", "jewelry"],
      ["Complete and balanced nutrition for adult dogs, per the AAFCO Dog Food Nutrient Profiles.", "pet-supplies"],
      ["Backed by a limited lifetime warranty on the housing.", "tools-hardware"],
      ["The pouch is compostable in industrial facilities.", "food-beverage"],
      ["Vitamin D supports bone health. These statements have not been evaluated by the FDA.", "health-supplements"],
      ["The B&B has a 99.9% uptime SLA.", "b2b-software"],
      ["Our 1-star to 5-star reviews are awarded by the AA.", "travel-hospitality"],
    ]) {
      const profile = findIndustryProfile(profileId)!;
      assert.deepEqual(checkClaims(text, patternRulesFor(profile)), [], text);
      assert.ok(checkClaims(text, claimRulesFor(profile)).every((finding) => finding.severity === "information"), text);
    }
  });

  it("flags what the brief asks for, in context", () => {
    assert.deepEqual(idsIn("This serum is hypoallergenic and clinically proven.", "beauty-cosmetics"), ["unqualified-hypoallergenic", "clinically-proven-without-evidence"]);
    assert.deepEqual(idsIn("Unhackable by design and 100% secure.", "b2b-software"), ["absolute-security-claim", "absolute-security-claim"]);
    assert.deepEqual(idsIn("Guaranteed best price, world's best views.", "travel-hospitality"), ["guaranteed-best-price", "unsubstantiated-superlative"]);
    assert.deepEqual(idsIn("A vet recommended bed.", "pet-supplies"), ["vet-recommended-claim"]);
    assert.deepEqual(idsIn("Eco-friendly, bulletproof and military grade.", "tools-hardware"), ["generic-environmental-claim", "bulletproof-term", "military-grade-term"]);
    assert.deepEqual(idsIn("Solid gold, 18 carat gold and waterproof.", "jewelry"), ["solid-gold-without-karat", "carat-for-gold-fineness", "waterproof-jewelry"]);
  });

  it("reads a claim within its paragraph, list item or table row, and across a soft line break", () => {
    // "10x" ends one bullet and "Better" opens the next paragraph: together they are no comparison.
    assert.deepEqual(idsIn("- Reduces eating speed by up to 10x\n\nBetter digestion starts at the bowl.", "pet-supplies"), []);
    assert.deepEqual(idsIn("- Holds 750 ml of food\n- Up to 10x slower eating for gulpers", "pet-supplies"), ["percentage-comparison"]);
    assert.deepEqual(idsIn("Our herbal tea blend\ncures arthritis in weeks.", "food-beverage"), ["food-disease-claim"]);
    assert.deepEqual(idsIn("| Care | Machine wash |\n| Promise | Cures arthritis |", "fashion-apparel"), ["disease-claim"]);
  });

  it("still reads the whole document for rules that ask about all of it", () => {
    const disclaimer = "These statements have not been evaluated by the Food and Drug Administration.";
    assert.deepEqual(idsIn(`## Benefits\n\n- Supports immune health\n- Two capsules a day\n\n<p>${disclaimer}</p>`, "health-supplements"), []);
    assert.deepEqual(idsIn("## Benefits\n\n- Supports immune health\n- Two capsules a day", "health-supplements"), ["structure-function-without-disclaimer"]);
  });

  it("refuses to apply a fix to text that changed since the check", () => {
    const [finding] = checkClaims("A waterproof speaker.", rulesOf("consumer-electronics"));
    assert.throws(() => applyFix("A new waterproof speaker.", finding), /changed since it was checked/);
  });
});

describe("claimRulesFor", () => {
  const glossary = {
    preferred: [],
    banned: [
      { term: "cheap", replacement: "affordable", reason: "We never sound discount." },
      { term: "utilize", replacement: "use" },
      { term: "world class" },
      { term: "C++ ready" },
    ],
  };

  it("flags brand banned terms as whole words, with their replacement", () => {
    const rules = claimRulesFor(findIndustryProfile("fashion-apparel")!, glossary);
    const text = "Cheap tees that cheapen nothing. We utilize organic cotton. A world\nclass fit. C++ ready.";
    const findings = checkClaims(text, rules);
    assert.deepEqual(
      findings.map((finding: ClaimFinding) => [finding.ruleId, finding.matchedText, finding.fix.kind === "replace" ? finding.fix.replacement : "remove"]),
      [
        ["brand-cheap", "Cheap", "Affordable"],
        ["brand-utilize", "utilize", "use"],
        ["brand-world-class", "world\nclass", "remove"],
        ["brand-c-ready", "C++ ready", "remove"],
      ],
    );
    assert.match(findings[0].message, /We never sound discount\. Write "Affordable" instead\. \(Brand glossary/);
    assert.equal(applyFix(text, findings[1]), "Cheap tees that cheapen nothing. We use organic cotton. A world\nclass fit. C++ ready.");
  });

  it("keeps the profile's rules and the universal ones, once each", () => {
    const profile = findIndustryProfile("jewelry")!;
    const ids = claimRulesFor(profile, glossary).map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids.slice(0, profile.avoid.length), profile.avoid.map((rule) => rule.id));
    const bare = { ...profile, avoid: profile.avoid.filter((rule) => rule.id === "solid-gold-without-karat") };
    assert.ok(claimRulesFor(bare).some((rule) => rule.id === "unsubstantiated-superlative"), "a profile without them still gets the universal rules");
  });

  it("gives repeated brand slugs distinct ids and turns terms into literal patterns", () => {
    const rules = claimRulesFor(generalRetailProfile, { preferred: [], banned: [{ term: "Eco Wash" }, { term: "eco-wash" }] });
    assert.deepEqual(rules.slice(-3).map((rule) => rule.id), ["brand-eco-wash", "brand-eco-wash-2", "learned-claim"], "brand terms, then the learned second opinion last");
    assert.equal(new RegExp(termPattern("1.5x (fast)"), "u").test("a 1.5x (fast) mode"), true);
    assert.equal(new RegExp(termPattern("1.5x (fast)"), "u").test("a 1-5x fast mode"), false);
  });
});
