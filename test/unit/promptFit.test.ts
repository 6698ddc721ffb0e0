import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../src/core/brief";
import { defaultPromptBudget, estimateChatTokens, fitChat, type ChatParts } from "../../src/core/fitPrompt";
import { buildProductDescriptionPrompt } from "../../src/core/productDescription/prompt";
import { productDescriptionFields } from "../../src/core/productDescription/schema";
import { findIndustryProfile } from "../../src/core/profiles/industryProfiles";
import { profileGuidance } from "../../src/core/profiles/profileGuidance";

const room = defaultPromptBudget.contextTokens - defaultPromptBudget.answerTokens;

const supplement: ProductBrief = {
  name: "Magnesium Glycinate Capsules",
  facts: ["200 mg elemental magnesium per serving", "120 vegan capsules"],
  keywords: ["magnesium glycinate"],
};

function parts(guidance: string, factCount: number): ChatParts {
  return {
    guidance,
    instruction: "Answer with JSON.",
    shots: [
      { role: "user", content: "EXAMPLE REQUEST" },
      { role: "assistant", content: "EXAMPLE ANSWER" },
    ],
    request: (facts) => Array.from({ length: facts }, (_, index) => `- fact ${index + 1} ${"x".repeat(300)}`).join("\n"),
    factCount,
  };
}

describe("buildProductDescriptionPrompt with a worked example", () => {
  it("shows one example exchange whose answer has every field in the grammar's order", () => {
    const messages = buildProductDescriptionPrompt(supplement);
    assert.deepEqual(
      messages.map((message) => message.role),
      ["system", "user", "assistant", "user"],
    );
    const example = JSON.parse(messages[2]!.content) as Record<string, unknown>;
    assert.deepEqual(Object.keys(example), [...productDescriptionFields]);
    assert.match(messages[3]!.content, /Magnesium Glycinate Capsules/);
  });
});

describe("fitChat", () => {
  it("leaves a chat that fits as it is", () => {
    const messages = fitChat(parts("General rules.\n\nIndustry: tools.", 2));
    assert.equal(messages[0]!.content, "General rules.\n\nIndustry: tools.\n\nAnswer with JSON.");
    assert.equal(messages.length, 4);
  });

  it("drops the guidance's examples first, then its last sections, keeping the worked example and the first section", () => {
    const guidance = ["General rules.", "Industry: x.", `Rules:\n${Array.from({ length: 400 }, () => "- never y").join("\n")}`, `Examples of the voice to write in:\n\n${"Example text. ".repeat(300)}`].join("\n\n");
    const messages = fitChat(parts(guidance, 1));
    assert.equal(messages[0]!.content, "General rules.\n\nIndustry: x.\n\nAnswer with JSON.");
    assert.equal(messages[1]!.content, "EXAMPLE REQUEST");
    assert.ok(estimateChatTokens(messages) <= room);
  });

  it("gives up the worked example, then the last facts, only when the guidance alone cannot make room", () => {
    const messages = fitChat(parts(`General rules. ${"Long. ".repeat(400)}`, 40));
    assert.equal(messages.length, 2, "the worked example should have been given up");
    const facts = messages[1]!.content.split("\n").length;
    assert.ok(facts >= 1 && facts < 40, `${facts} facts kept`);
    assert.ok(estimateChatTokens(messages) <= room);
  });

  it("fits the longest profile, with its examples, and a long list of facts into the smallest usual context", () => {
    const profile = findIndustryProfile("health-supplements")!;
    const facts = Array.from({ length: 30 }, (_, index) => `Ingredient ${index + 1}: 50 mg of a botanical extract standardised to 5% actives`);
    const messages = buildProductDescriptionPrompt({ ...supplement, facts }, { guidance: profileGuidance(profile) });
    assert.ok(estimateChatTokens(messages) <= room, `${estimateChatTokens(messages)} tokens for ${room}`);
    assert.match(messages[messages.length - 1]!.content, /Ingredient 1: /);
  });
});
