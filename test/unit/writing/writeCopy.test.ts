import * as assert from "node:assert/strict";
import type { ChatMessage } from "../../../src/core/chat";
import { claimRulesFor } from "../../../src/core/claims/checkClaims";
import { channels } from "../../../src/core/marketing/channels";
import { marketingCopyJob, marketingFrequencyPenalty } from "../../../src/core/marketing/marketingCopyJob";
import { productDescriptionJob } from "../../../src/core/productDescription/productDescriptionJob";
import { generalRetailProfile } from "../../../src/core/profiles/industryProfiles";
import type { GenerationOptions, GenerationRequest, GenerationResult } from "../../../src/engine/engineTypes";
import type { StopReason } from "../../../src/engine/protocol";
import { claimsCheck, groundingCheck, type CopyCheck } from "../../../src/writing/copyChecks";
import { cancelledNote, outcomeNotes } from "../../../src/writing/outcomeNotes";
import { writeCopy, type CopyGenerator } from "../../../src/writing/writeCopy";
import { plainTextJob } from "../../../src/writing/writingJob";

interface Reply {
  readonly text: string;
  readonly stopReason?: StopReason;
}

/** Stands in for the engine: answers each request with the next scripted reply, in chunks. */
class ScriptedGenerator implements CopyGenerator {
  readonly requests: GenerationRequest[] = [];

  constructor(private readonly replies: Reply[]) {}

  async generate(request: GenerationRequest, options: GenerationOptions): Promise<GenerationResult> {
    this.requests.push(request);
    const reply = this.replies.shift();
    assert.ok(reply, "the loop asked for more attempts than scripted");
    for (let i = 0; i < reply.text.length; i += 7) options.onText?.(reply.text.slice(i, i + 7));
    return {
      text: reply.text,
      stopReason: reply.stopReason ?? "completed",
      tokens: Math.ceil(reply.text.length / 4),
      timings: { totalMs: 1 },
      model: { modelPath: "/models/fake.gguf", name: "Fake", contextSize: 4096, loadMs: 0, gpu: "false", chatSequences: 1, chatWrapper: "ChatML" },
    };
  }
}

const brief = { name: "Harbour Mug", facts: ["350 ml enamel", "dishwasher safe"], keywords: ["enamel mug"] };
const description = (tagline: string) =>
  JSON.stringify({
    title: "Harbour Mug",
    tagline,
    bullets: ["Holds 350 ml.", "Enamel that shrugs off knocks.", "Goes in the dishwasher."],
    body: ["A mug for the harbour and the kitchen.", "Enamel over steel, 350 ml, dishwasher safe."],
    seoTitle: "enamel mug: Harbour Mug",
    metaDescription: "An enamel mug that holds 350 ml and goes in the dishwasher.",
  });
const checks = [claimsCheck(claimRulesFor(generalRetailProfile))];
// The scripted description's own facts, so that only what a test adds is unbacked.
const steelBrief = { ...brief, facts: ["350 ml enamel over steel", "dishwasher safe"] };
const options = { guidance: "Write plainly.", checks, maxTokens: 400, temperature: 0.3 };
const lastUser = (messages: readonly ChatMessage[]) => [...messages].reverse().find((message) => message.role === "user")!.content;

describe("writeCopy: the one path from a brief to checked copy (with a stand-in engine)", () => {
  it("asks for the job's repeat penalty: marketing copy has one, a product description none", async () => {
    const generator = new ScriptedGenerator([
      { text: description("Tea on the deck, coffee at the desk.") },
      { text: JSON.stringify({ variants: [{ subject: "An enamel mug for the harbour", preheader: "It holds 350 ml and goes in the dishwasher." }] }) },
    ]);
    await writeCopy(generator, productDescriptionJob(brief), options);
    await writeCopy(generator, marketingCopyJob(brief, channels.email, 1), options);
    assert.deepEqual(generator.requests.map((request) => request.frequencyPenalty), [undefined, marketingFrequencyPenalty]);
  });

  it("returns clean copy after one attempt", async () => {
    const generator = new ScriptedGenerator([{ text: description("Tea on the deck, coffee at the desk.") }]);
    const outcome = await writeCopy(generator, productDescriptionJob(brief), options);
    assert.equal(outcome.status, "completed");
    assert.equal(outcome.attempts, 1);
    assert.deepEqual(outcome.findings, []);
    assert.equal(outcome.draft.tagline, "Tea on the deck, coffee at the desk.");
    assert.ok(outcome.copy.includes("Harbour Mug"));
  });

  it("writes a meta description the model left as a fragment from the brief's words, once the answer is finished", async () => {
    const fragment = JSON.parse(description("Tea on the deck, coffee at the desk.")) as { metaDescription: string };
    fragment.metaDescription = "A sturdy.";
    const generator = new ScriptedGenerator([{ text: JSON.stringify(fragment) }]);
    const previews: (string | undefined)[] = [];
    const outcome = await writeCopy(generator, productDescriptionJob(brief), { ...options, onDraft: (draft) => previews.push(draft.metaDescription) });
    assert.equal(outcome.draft.metaDescription, "Harbour Mug: 350 ml enamel, dishwasher safe.");
    // While it streams, a short meta description is one still being written, and is shown as it is.
    assert.ok(previews.includes("A sturdy."), JSON.stringify(previews));
  });

  it("gives a paragraph that the removal of an unbacked sentence left the same as another the brief's words", async () => {
    const twice = JSON.parse(description("Tea on the deck, coffee at the desk.")) as { body: string[] };
    twice.body = ["A mug for the harbour.", "A mug for the harbour. Made in Portugal."];
    const generator = new ScriptedGenerator([{ text: JSON.stringify(twice) }, { text: JSON.stringify(twice) }]);
    const outcome = await writeCopy(generator, productDescriptionJob(steelBrief), { ...options, checks: [...checks, groundingCheck(steelBrief)] });
    assert.deepEqual(outcome.removed.map((statement) => statement.text), ["Made in Portugal."]);
    assert.deepEqual(outcome.draft.body, ["A mug for the harbour.", "Dishwasher safe."]);
    assert.deepEqual(outcome.findings, []);
  });

  it("writes a draft that fails a check once more, stating what was found, and returns the clean rewrite", async () => {
    const generator = new ScriptedGenerator([{ text: description("The world's best mug.") }, { text: description("A mug you will reach for.") }]);
    const retried: string[] = [];
    const outcome = await writeCopy(generator, productDescriptionJob(brief), { ...options, onRetry: (findings) => retried.push(...findings.map((finding) => finding.text)) });
    assert.equal(outcome.status, "completed");
    assert.equal(outcome.attempts, 2);
    assert.deepEqual(outcome.findings, []);
    assert.ok(retried.some((text) => /world's best/i.test(text)), JSON.stringify(retried));
    assert.match(lastUser(generator.requests[1]!.messages), /world's best/i, "the rewrite was not told what to avoid");
    assert.doesNotMatch(lastUser(generator.requests[0]!.messages), /world's best/i);
  });

  it("rewrites once only, and returns what still fails for the caller to flag", async () => {
    const generator = new ScriptedGenerator([{ text: description("The world's best mug.") }, { text: description("Still the world's best mug.") }]);
    const outcome = await writeCopy(generator, productDescriptionJob(brief), options);
    assert.equal(generator.requests.length, 2);
    assert.equal(outcome.attempts, 2);
    assert.equal(outcome.findings.length, 1);
    const [finding] = outcome.findings;
    assert.equal(finding!.check, "claims");
    assert.equal(outcome.copy.slice(finding!.start, finding!.end), finding!.text);
    assert.match(outcomeNotes(outcome, { maxTokens: "--max-tokens" }, 400).flagged ?? "", /^Flagged: even after a rewrite this copy breaks 1 rule\(s\): "(the )?world's best"/i);
  });

  it("takes out a sentence that still invents a fact after the rewrite, names it, and keeps the copy complete", async () => {
    const invents = (paragraph: string) => {
      const draft = JSON.parse(description("Tea on the deck, coffee at the desk.")) as { body: string[] };
      draft.body[0] = paragraph;
      return JSON.stringify(draft);
    };
    const generator = new ScriptedGenerator([
      { text: invents("A mug for the harbour. It keeps tea hot for 6 hours.") },
      { text: invents("A mug for the harbour. Made in Portugal, it keeps tea hot for 6 hours.") },
    ]);
    const outcome = await writeCopy(generator, productDescriptionJob(steelBrief), { ...options, checks: [...checks, groundingCheck(steelBrief)] });
    assert.equal(outcome.status, "completed");
    assert.equal(outcome.attempts, 2);
    assert.equal(outcome.draft.body?.[0], "A mug for the harbour.");
    assert.deepEqual(outcome.findings, [], "what was taken out is not flagged as well");
    assert.deepEqual(
      outcome.removed.map((statement) => statement.text),
      ["Made in Portugal, it keeps tea hot for 6 hours."],
    );
    assert.doesNotMatch(outcome.copy, /Portugal|6 hours/);
    assert.match(outcomeNotes(outcome, { maxTokens: "--max-tokens" }, 400).removed ?? "", /^Removed 1 sentence stating what the brief does not give: "Made in Portugal, it keeps tea hot for 6 hours\." \((Made in Portugal|6 hours)\)\. If it is true, add it to the brief's facts/);
  });

  it("names a sentence taken out of two fields once, while counting both", async () => {
    const twice = JSON.parse(description("Tea on the deck, coffee at the desk.")) as { body: string[]; metaDescription: string };
    twice.body[1] = "Enamel over steel. Made in Portugal.";
    twice.metaDescription = "An enamel mug. Made in Portugal.";
    const generator = new ScriptedGenerator([{ text: JSON.stringify(twice) }, { text: JSON.stringify(twice) }]);
    const outcome = await writeCopy(generator, productDescriptionJob(steelBrief), { ...options, checks: [...checks, groundingCheck(steelBrief)] });
    assert.equal(outcome.removed.length, 2);
    const note = outcomeNotes(outcome, { maxTokens: "--max-tokens" }, 400).removed ?? "";
    assert.match(note, /^Removed 2 sentences stating what the brief does not give: "Made in Portugal\." \(Made in Portugal\)\. If it is true/);
  });

  it("writes a part the description cannot lose again from the brief's own words, when it still invents", async () => {
    const generator = new ScriptedGenerator([{ text: description("Made in Portugal.") }, { text: description("Made in Portugal.") }]);
    const outcome = await writeCopy(generator, productDescriptionJob(steelBrief), { ...options, checks: [...checks, groundingCheck(steelBrief)] });
    assert.equal(outcome.status, "completed", "taking the only tagline out would leave the copy incomplete");
    assert.equal(outcome.draft.tagline, "Harbour Mug: 350 ml enamel over steel.");
    assert.deepEqual(outcome.findings, []);
    assert.deepEqual(outcome.removed.map((statement) => [statement.text, statement.replacedBy]), [["Made in Portugal.", "Harbour Mug: 350 ml enamel over steel."]]);
    assert.match(outcomeNotes(outcome, { maxTokens: "--max-tokens" }, 400).removed ?? "", /Replaced 1 part with the brief's own words: "Made in Portugal\." \(Made in Portugal\)/);
  });

  it("keeps and flags an invented fact that neither removal nor the brief's words can fix", async () => {
    const job = plainTextJob("rewrite", "a mug", () => [{ role: "user", content: "Rewrite it." }]);
    const generator = new ScriptedGenerator([{ text: "Made in Portugal." }, { text: "Made in Portugal." }]);
    const outcome = await writeCopy(generator, job, { ...options, checks: [groundingCheck(steelBrief)] });
    assert.equal(outcome.draft, "Made in Portugal.", "removing the only sentence would leave no text");
    assert.deepEqual(outcome.removed, []);
    assert.deepEqual(outcome.findings.map((finding) => finding.text), ["Made in Portugal"]);
  });

  it("takes what the model copied from its request out of the draft, without a rewrite, and reports it", async () => {
    const leaky = JSON.parse(description("A mug for the harbour.")) as { body: string[] };
    leaky.body[1] = "Enamel over steel. seoTitle':'Harbour Mug','tagline':'A mug";
    const generator = new ScriptedGenerator([{ text: JSON.stringify(leaky) }]);
    const outcome = await writeCopy(generator, productDescriptionJob(steelBrief), { ...options, checks: [...checks, groundingCheck(steelBrief)] });
    assert.equal(outcome.attempts, 1, "scaffolding is cut, not sent back to the model");
    assert.equal(outcome.draft.body?.[1], "Enamel over steel.");
    assert.doesNotMatch(outcome.copy, /seoTitle'|tagline'/);
    assert.deepEqual(outcome.leaked, [leaky.body[1]]);
  });

  it("leaves plain-text jobs alone: their prompt holds the text they rewrite", async () => {
    const job = plainTextJob("rewrite", "a mug", () => [{ role: "user", content: "Rewrite it: A sturdy mug for tea on the deck." }]);
    const outcome = await writeCopy(new ScriptedGenerator([{ text: "A sturdy mug for tea on the deck, every morning." }]), job, options);
    assert.equal(outcome.draft, "A sturdy mug for tea on the deck, every morning.");
    assert.deepEqual(outcome.leaked, []);
  });

  it("runs every check in its list the same way", async () => {
    const noExclamations: CopyCheck = {
      name: "punctuation",
      check: (copy) => [...copy.matchAll(/!/g)].map((match) => ({ check: "punctuation", id: "exclamation", start: match.index, end: match.index + 1, text: "!", reason: "No exclamation marks.", rewriteNote: '"!": no exclamation marks' })),
    };
    const generator = new ScriptedGenerator([{ text: description("Cheers!") }, { text: description("Cheers.") }]);
    const outcome = await writeCopy(generator, productDescriptionJob(brief), { ...options, checks: [...checks, noExclamations] });
    assert.equal(outcome.attempts, 2);
    assert.match(lastUser(generator.requests[1]!.messages), /no exclamation marks/);
    assert.deepEqual(outcome.findings, []);
  });

  it("stops on a cancel without checking or rewriting", async () => {
    const generator = new ScriptedGenerator([{ text: '{"title":"The world\'s best', stopReason: "cancelled" }]);
    const outcome = await writeCopy(generator, productDescriptionJob(brief), options);
    assert.equal(outcome.status, "cancelled");
    assert.equal(outcome.attempts, 1);
    assert.deepEqual(outcome.findings, []);
    assert.equal(outcomeNotes(outcome, { maxTokens: "--max-tokens" }, 400).cancelled, cancelledNote(outcome.result.tokens));
  });

  it("reports an answer cut by the token limit as incomplete, naming what is missing and the surface's knob", async () => {
    const generator = new ScriptedGenerator([{ text: '{"title":"Harbour Mug","tagline":"A mug"', stopReason: "maxTokens" }]);
    const outcome = await writeCopy(generator, productDescriptionJob(brief), options);
    assert.equal(outcome.status, "incomplete");
    assert.ok(outcome.missing.length > 0);
    assert.match(outcomeNotes(outcome, { maxTokens: "tailor.generation.maxTokens" }, 400).incomplete ?? "", /reached tailor\.generation\.maxTokens \(400\) before writing/);
  });

  it("streams drafts and says once when the model starts writing, across the rewrite too", async () => {
    const generator = new ScriptedGenerator([{ text: description("The world's best mug.") }, { text: description("A good mug.") }]);
    const attempts: number[] = [];
    let writing = 0;
    await writeCopy(generator, productDescriptionJob(brief), { ...options, onDraft: (_draft, attempt) => attempts.push(attempt), onWriting: () => writing++ });
    assert.equal(writing, 1);
    assert.ok(attempts.includes(1) && attempts.includes(2));
    assert.deepEqual(attempts, [...attempts].sort(), "drafts of the rewrite came before the first attempt's");
  });

  it("writes plain text (rewrites, variants) through the same loop", async () => {
    const generator = new ScriptedGenerator([{ text: "  The world's best mug for tea.  " }, { text: "  A sturdy mug for tea.\n" }]);
    const job = plainTextJob("rewrite", "a mug", (guidance, mustAvoid) => [
      { role: "system", content: guidance },
      { role: "user", content: ["Rewrite it.", ...(mustAvoid ?? [])].join("\n") },
    ]);
    const drafts: string[] = [];
    const outcome = await writeCopy(generator, job, { ...options, onDraft: (draft) => drafts.push(draft) });
    assert.equal(generator.requests[0]!.jsonSchema, undefined, "plain text was asked for under a schema");
    assert.equal(outcome.draft, "A sturdy mug for tea.");
    assert.equal(outcome.attempts, 2);
    assert.equal(outcome.status, "completed");
    assert.ok(drafts.length > 1 && drafts.every((draft) => !draft.startsWith(" ")), JSON.stringify(drafts));
  });

  it("fits the prompt to the generator's context, keeping at least half of it for the prompt", async () => {
    const budgets: unknown[] = [];
    const generator = Object.assign(new ScriptedGenerator([{ text: "A sturdy mug." }]), { contextTokens: 2048 });
    const job = plainTextJob("rewrite", "a mug", () => [{ role: "user", content: "Rewrite it." }]);
    await writeCopy(generator, { ...job, buildMessages: (guidance, mustAvoid, budget) => (budgets.push(budget), job.buildMessages(guidance, mustAvoid)) }, { ...options, maxTokens: 4096 });
    assert.deepEqual(budgets, [{ contextTokens: 2048, answerTokens: 1024 }]);
  });
});

describe("writeCopy: a marketplace channel's pack", () => {
  const amazonBullets = (bullets: readonly string[]) => JSON.stringify({ variants: [{ bullets }] });
  const clean = ["Holds 350 ml of tea", "Enamel that shrugs off knocks", "Goes in the dishwasher", "Steel under the enamel", "Made for the harbour"];

  it("takes an emoji out of Amazon bullets without a rewrite", async () => {
    const generator = new ScriptedGenerator([{ text: amazonBullets(["Holds 350 ml of tea ☕", ...clean.slice(1)]) }]);
    const outcome = await writeCopy(generator, marketingCopyJob(brief, channels["amazon-bullets"], 1), options);
    assert.equal(outcome.attempts, 1);
    assert.deepEqual(outcome.findings, []);
    assert.deepEqual(outcome.draft.variants[0]?.bullets, clean);
  });

  it("rewrites once for banned wording, telling the model why, and flags what remains", async () => {
    const generator = new ScriptedGenerator([
      { text: amazonBullets(["Eco-friendly enamel", ...clean.slice(1)]) },
      { text: amazonBullets(["Money back if it chips", ...clean.slice(1)]) },
    ]);
    const outcome = await writeCopy(generator, marketingCopyJob(brief, channels["amazon-bullets"], 1), options);
    assert.equal(outcome.attempts, 2);
    assert.match(lastUser(generator.requests[1]!.messages), /"Eco-friendly": Amazon listing: .*environmental/);
    assert.deepEqual(outcome.findings.map((finding) => [finding.check, finding.id, finding.text]), [["channel-pack", "amazon-listing/guarantees", "Money back"]]);
    assert.match(outcomeNotes(outcome, { maxTokens: "x" }, 400).flagged ?? "", /"Money back"/);
  });

  it("leaves a channel without a pack to the surface's checks", async () => {
    const generator = new ScriptedGenerator([{ text: JSON.stringify({ variants: [{ subject: "A mug 🧦 for the harbour", preheader: "It holds 350 ml and goes in the dishwasher." }] }) }]);
    const outcome = await writeCopy(generator, marketingCopyJob(brief, channels.email, 1), options);
    assert.equal(outcome.attempts, 1);
    assert.equal(outcome.draft.variants[0]?.subject, "A mug 🧦 for the harbour");
  });
});
