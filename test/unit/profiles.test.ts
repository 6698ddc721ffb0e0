import * as assert from "node:assert/strict";
import type { BrandVoice } from "../../src/core/brand/brandVoice";
import { checkClaims, claimRulesFor } from "../../src/core/claims/checkClaims";
import { defaultProfileGuidance } from "../../src/core/profiles/defaultProfile";
import { sectionHeading } from "../../src/core/profiles/industryProfile";
import { matchIndustry } from "../../src/core/profiles/matchIndustry";
import {
  findIndustryProfile,
  generalRetailProfile,
  industryProfileFiles,
  industryProfiles,
  universalClaimRules,
} from "../../src/core/profiles/industryProfiles";
import { ProfileError, parseIndustryProfile, profileLimits } from "../../src/core/profiles/parseIndustryProfile";
import { profileGuidance } from "../../src/core/profiles/profileGuidance";

const industryIds = [
  "fashion-apparel",
  "consumer-electronics",
  "beauty-cosmetics",
  "health-supplements",
  "food-beverage",
  "home-furniture",
  "outdoor-sports",
  "tools-hardware",
  "pet-supplies",
  "jewelry",
  "b2b-software",
  "travel-hospitality",
  "toys-kids",
  "finance",
];

const words = (text: string) => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
const copyOf = (fileName: string) => JSON.parse(JSON.stringify(industryProfileFiles[fileName])) as Record<string, unknown> & { avoid: Record<string, unknown>[] };

describe("industry profiles", () => {
  it("loads one valid profile per industry, each file re-validating on its own", () => {
    assert.deepEqual(
      industryProfiles.map((profile) => profile.id),
      industryIds,
    );
    for (const [fileName, data] of Object.entries(industryProfileFiles)) {
      const profile = parseIndustryProfile(data, fileName, universalClaimRules);
      assert.equal(`${profile.id}.json`, fileName);
      assert.ok(profile.preferredVocabulary.length >= profileLimits.minVocabulary && profile.preferredVocabulary.length <= profileLimits.maxVocabulary, fileName);
      assert.ok(profile.structure.length >= 3, `${fileName} needs the sections buyers look for`);
      assert.ok(profile.avoid.length > universalClaimRules.length, `${fileName} has no rules of its own`);
      for (const rule of profile.avoid) assert.ok(rule.source.length > 10 && rule.reason.length > 20, `${fileName} ${rule.id}`);
    }
  });

  it("gives every profile exactly two examples of 40 to 90 words", () => {
    for (const profile of [...industryProfiles, generalRetailProfile]) {
      assert.equal(profile.examples.length, 2, profile.id);
      for (const example of profile.examples) {
        const count = words(example);
        assert.ok(count >= 40 && count <= 90, `${profile.id}: an example has ${count} words`);
      }
      assert.notEqual(profile.examples[0], profile.examples[1], profile.id);
    }
  });

  it("writes examples that break none of their own profile's rules", () => {
    for (const profile of [...industryProfiles, generalRetailProfile]) {
      for (const example of profile.examples) {
        const findings = checkClaims(example, claimRulesFor(profile));
        assert.deepEqual(
          findings.map((finding) => `${finding.ruleId}: ${finding.matchedText}`),
          [],
          `${profile.id} example: ${example}`,
        );
      }
    }
  });

  it("merges the universal rules into every profile, and general retail has only those", () => {
    const universalIds = universalClaimRules.map((rule) => rule.id);
    assert.ok(universalIds.includes("unsubstantiated-superlative") && universalIds.includes("generic-environmental-claim"));
    for (const profile of industryProfiles) {
      const ids = profile.avoid.map((rule) => rule.id);
      for (const id of universalIds) assert.ok(ids.includes(id), `${profile.id} lacks ${id}`);
      assert.equal(new Set(ids).size, ids.length, `${profile.id} repeats a rule id`);
    }
    assert.deepEqual(
      generalRetailProfile.avoid.map((rule) => rule.id),
      universalIds,
    );
    assert.equal(findIndustryProfile("jewelry")?.displayName, "Jewelry");
    assert.equal(findIndustryProfile("general-retail"), undefined);
  });

  it("has the rules each industry is known for", () => {
    const expected: Record<string, string[]> = {
      "health-supplements": ["disease-claim", "structure-function-without-disclaimer"],
      "beauty-cosmetics": ["clinically-proven-without-evidence", "unqualified-hypoallergenic"],
      "consumer-electronics": ["waterproof-device"],
      jewelry: ["waterproof-jewelry", "solid-gold-without-karat", "carat-for-gold-fineness"],
      "tools-hardware": ["bulletproof-term", "military-grade-term"],
      "pet-supplies": ["vet-recommended-claim"],
      "b2b-software": ["absolute-security-claim"],
      "travel-hospitality": ["guaranteed-best-price"],
      "fashion-apparel": ["bamboo-fiber-name"],
    };
    for (const [id, ruleIds] of Object.entries(expected)) {
      const ids = findIndustryProfile(id)?.avoid.map((rule) => rule.id) ?? [];
      for (const ruleId of ruleIds) assert.ok(ids.includes(ruleId), `${id} lacks ${ruleId}`);
    }
  });

  describe("rejects a broken profile, naming the file and the field", () => {
    const rejects = (change: (profile: ReturnType<typeof copyOf>) => void, message: RegExp) => {
      const profile = copyOf("fashion-apparel.json");
      change(profile);
      assert.throws(() => parseIndustryProfile(profile, "fashion-apparel.json", universalClaimRules), (error: unknown) => {
        assert.ok(error instanceof ProfileError, String(error));
        assert.match(error.message, /^fashion-apparel\.json: /);
        assert.match(error.message, message);
        return true;
      });
    };

    it("a missing field", () => {
      rejects((profile) => delete profile.displayName, /"displayName" must be a non-empty string/);
      rejects((profile) => delete profile.avoid[0].source, /"avoid\[0\]\(bamboo-fiber-name\)\.source" must be a non-empty string/);
    });

    it("a bad regular expression, and one that matches everything", () => {
      rejects((profile) => (profile.avoid[0].patterns = ["(unclosed"]), /"avoid\[0\]\(bamboo-fiber-name\)\.patterns\[0\]" is not a valid regular expression/);
      rejects((profile) => (profile.avoid[0].patterns = ["x*"]), /patterns\[0\]" matches empty text/);
    });

    it("a pattern that none of the rule's examples exercises", () => {
      rejects((profile) => (profile.avoid[0].patterns = ["\\bbamboo\\s+fabric\\b", "\\bnever-seen\\b"]), /patterns\[1\]" matches none of the rule's violationExamples/);
    });

    it("a wrong kind, severity, a replacement on a claim, or one the rule flags itself", () => {
      rejects((profile) => (profile.avoid[0].kind = "phrase"), /\.kind" must be one of "term", "claim"/);
      rejects((profile) => (profile.avoid[0].severity = "info"), /\.severity" must be one of/);
      rejects((profile) => (profile.avoid[3].replacement = "germ-free"), /avoid\[3\]\(antimicrobial-claim\)\.replacement" is only for rules of kind "term"/);
      rejects((profile) => (profile.avoid[0].replacement = "bamboo fabric"), /\.replacement" is itself flagged/);
    });

    it("an id that does not match the file, a repeated rule id, or an unknown field", () => {
      rejects((profile) => (profile.id = "fashion"), /"id" is "fashion" but the file is named fashion-apparel\.json/);
      rejects((profile) => (profile.avoid[1].id = profile.avoid[0].id), /"avoid\[1\]\.id" repeats the rule id "bamboo-fiber-name"/);
      rejects((profile) => (profile.avoid[0].id = "generic-environmental-claim"), /repeats a universal rule's id/);
      rejects((profile) => (profile.avoid[0].replacment = "x"), /"avoid\[0\]\.replacment" is not a known field/);
    });

    it("the wrong number of examples or vocabulary terms, or an example of the wrong length", () => {
      rejects((profile) => (profile.examples = [(profile.examples as string[])[0]]), /"examples" has 1 entries; it needs exactly 2/);
      rejects((profile) => (profile.examples = ["Too short.", (profile.examples as string[])[1]]), /"examples\[0\]" has 2 words/);
      rejects((profile) => (profile.preferredVocabulary = ["fit", "drape"]), /"preferredVocabulary" has 2 terms; it needs 8 to 15/);
      rejects((profile) => (profile.structure = ["Sizing"]), /"structure\[0\]" must read "Heading: what it covers"/);
    });
  });
});

describe("profileGuidance", () => {
  const fashion = findIndustryProfile("fashion-apparel")!;
  const brand: BrandVoice = {
    tone: "dry and witty",
    audience: "urban cyclists",
    readingLevel: "grade 8",
    glossary: { preferred: ["kit"], banned: [{ term: "cheap", replacement: "affordable" }] },
  };

  it("builds on the default guidance with the industry's vocabulary, structure, tone and rules", () => {
    const text = profileGuidance(fashion);
    assert.ok(text.startsWith(defaultProfileGuidance));
    assert.match(text, /drape, hand-feel/);
    assert.match(text, new RegExp(`Tone: ${fashion.defaultTone.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
    for (const section of fashion.structure) assert.ok(text.includes(`- ${section}`), sectionHeading(section));
    assert.match(text, /Never write "bamboo fabric"; write "rayon made from bamboo": Fabric/);
    assert.match(text, /Never write "antibacterial" or "kills 99\.9% of germs": /);
    assert.match(text, /Never write "best in the world" or "world's best" or "#1": /);
    assert.match(text, /Never write "eco-friendly" or "go green" or "green choice": /);
    assert.ok(text.includes(fashion.examples[0]) && text.includes(fashion.examples[1]));
    assert.doesNotMatch(text, /battery life/);
  });

  it("shows the neighbouring words a rule needs, so a rule never reads as a ban on a harmless word", () => {
    const text = profileGuidance(findIndustryProfile("jewelry")!);
    assert.match(text, /^Industry: Jewelry\./m);
    assert.match(text, /Never write "18 carat gold"; write "karat": /);
    assert.match(text, /Never write "cultured diamond"; write "laboratory-grown": /);
    assert.match(profileGuidance(findIndustryProfile("b2b-software")!), /^Industry: B2B software\./m);
  });

  it("adds the brand voice, which replaces the industry's tone, and the company's own examples", () => {
    const approved = ["Approved one.", "Approved two.", "Approved three."];
    const text = profileGuidance(fashion, brand, approved);
    assert.match(text, /Brand voice: dry and witty\. Write for urban cyclists\. Keep the reading level at grade 8\./);
    assert.match(text, /Never use "cheap" \(write "affordable"\)\./);
    assert.doesNotMatch(text, /Tone: Confident/);
    assert.match(text, /Example 1:\nApproved one\.\n\nExample 2:\nApproved two\./);
    assert.doesNotMatch(text, /Approved three|Harbour Overshirt/);
  });

  it("gives general retail the default guidance and the universal rules only", () => {
    const text = profileGuidance(generalRetailProfile, undefined, []);
    assert.ok(text.startsWith(defaultProfileGuidance));
    assert.equal((text.match(/^- Never write/gm) ?? []).length, universalClaimRules.length);
    assert.doesNotMatch(text, /Example 1/);
  });
});

describe("matchIndustry", () => {
  it("maps the industries a spreadsheet writes to the bundled profiles", () => {
    const cases: Record<string, string> = {
      outdoor: "outdoor-sports",
      "Beauty & Cosmetics": "beauty-cosmetics",
      "health & supplements": "health-supplements",
      "consumer electronics": "consumer-electronics",
      "b2b software": "b2b-software",
      "tools-hardware": "tools-hardware",
      "Pet Supplies": "pet-supplies",
      jewelry: "jewelry",
    };
    for (const [text, id] of Object.entries(cases)) assert.equal(matchIndustry(text)?.id, id, text);
  });

  it("matches nothing rather than guess", () => {
    assert.equal(matchIndustry(""), undefined);
    assert.equal(matchIndustry(undefined), undefined);
    assert.equal(matchIndustry("automotive"), undefined);
  });
});
