import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../../src/core/brief";
import { checkGrounding } from "../../../src/core/grounding/checkGrounding";

const brief = (name: string, ...facts: string[]): ProductBrief => ({ name, facts, keywords: [] });
const flagged = (copy: string, from: ProductBrief) => checkGrounding(copy, from).map((finding) => finding.text);

describe("checkGrounding: which of the brief's figures a figure stands for", () => {
  it("holds a labelled figure to the brief's figure for the same thing, not to a sum or another figure", () => {
    const broth = brief("Bone Broth Sachets", "Protein 9 g, collagen 6 g per sachet");
    assert.deepEqual(flagged("Each sachet gives 15 g protein and 6 g collagen.", broth), ["15 g"]);
    assert.deepEqual(flagged("Each sachet gives 9 g protein and 6 g collagen, 15 g in all.", broth), []);
    const mug = brief("Travel Mug", "Keeps coffee hot for 6 hours, iced drinks cold for 18 hours");
    assert.deepEqual(flagged("Coffee stays hot for 18, iced drinks cold for 18 hours.", mug), ["18"]);
    assert.deepEqual(flagged("Coffee stays hot for 6 hours and iced drinks cold for 18.", mug), []);
  });

  it("leaves the ends of a range to the range", () => {
    assert.deepEqual(flagged("An adjustable 38–42 cm chain.", brief("Initial Pendant", "Chain 38-42 cm adjustable")), []);
  });

  it("counts things against the brief's own count of them", () => {
    const tasting = brief("Cheese Tasting", "Five cheeses", "Board: 40 cm", "For 4 to 6 guests");
    assert.deepEqual(flagged("Six cheeses on a 40 cm board.", tasting), ["Six"]);
    assert.deepEqual(flagged("Five cheeses on a 40 cm board for up to six guests.", tasting), []);
    // A number that counts nothing else in the brief may count these things ("take 3 daily").
    assert.deepEqual(flagged("Three capsules a day; 90 capsules last a month.", brief("Iron Complex", "90 capsules", "take 3 daily")), []);
  });

  it("reads a number word after a capacity verb as a count", () => {
    const cabin = brief("Lakeside Cabin", "Sleeps 5", "3 bedrooms");
    assert.deepEqual(flagged("The cabin sleeps three with room to spare.", cabin), ["three"]);
    assert.deepEqual(flagged("The cabin sleeps five across three bedrooms.", cabin), []);
  });

  it("does not share a walk or a stay out over rooms, and reads a full year as a figure", () => {
    assert.deepEqual(flagged("Six minutes' walk from the harbour.", brief("Harbour Flat", "2 bedrooms", "Walk to the harbour: 12 minutes")), ["Six minutes'"]);
    const archive = brief("Log Archive", "Logs kept for 30 days");
    assert.deepEqual(flagged("Logs are kept for a full year.", archive), ["a full year"]);
    assert.deepEqual(flagged("Valid for a full year.", brief("Museum Pass", "Valid for 12 months")), []);
  });

  it("takes a carat figure only from the brief's carats", () => {
    assert.deepEqual(flagged("A 1-carat sapphire.", brief("Sapphire Ring", "0.75 carat sapphire")), ["1-carat"]);
  });

  it("flags frequency, meal-plan, calorie, real-time and numbered free-from claims the brief does not make", () => {
    assert.deepEqual(flagged("Syncs hourly.", brief("NoteSync", "Syncs daily")), ["hourly"]);
    assert.deepEqual(flagged("Full board throughout.", brief("Lake Retreat", "Half board")), ["Full board"]);
    assert.deepEqual(flagged("Zero calories per can.", brief("Cola Zero", "Zero sugar")), ["Zero calories"]);
    assert.deepEqual(flagged("Real-time stock levels.", brief("StockBoard", "Stock levels update every 15 minutes")), ["Real-time"]);
    assert.deepEqual(flagged("Chat with customers in real time.", brief("HelpChat", "Website chat widget")), []);
    assert.deepEqual(flagged("A 7-free formula.", brief("Gel Polish", "Free of formaldehyde")), ["7-free"]);
    assert.deepEqual(flagged("Hoops in solid 18k gold.", brief("Classic Hoops", "18k gold vermeil")), ["solid 18k gold"]);
  });
});
