import * as assert from "node:assert/strict";
import { parseBrief } from "../../../src/core/brief";
import { findIndustryProfile, generalRetailProfile } from "../../../src/core/profiles/industryProfiles";
import { profileForBrief, profileNamed } from "../../../src/core/profiles/profileForBrief";

describe("profileForBrief: which profile a brief is written with", () => {
  const workspace = findIndustryProfile("consumer-electronics")!;

  it("takes the industry the brief names over the fallback", () => {
    const brief = parseBrief("name: Merino Trail Sock\nfacts: [70% merino wool]\nindustry: Fashion & apparel");
    assert.equal(profileForBrief(brief, workspace).id, "fashion-apparel");
  });

  it("keeps general retail when the brief names it, whatever the fallback", () => {
    const brief = parseBrief('{"name": "Jug", "facts": ["glass"], "industry": "general-retail"}');
    assert.equal(profileForBrief(brief, workspace), generalRetailProfile);
  });

  it("falls back to the setting's (or the panel's) profile when the brief names none, or there is no brief", () => {
    assert.equal(profileForBrief(parseBrief("name: Lamp\nfacts: [LED]"), workspace), workspace);
    assert.equal(profileForBrief(undefined, workspace), workspace);
  });

  it("names profiles by id or display name, in any case and with spaces around", () => {
    assert.equal(profileNamed(" HOME & FURNITURE ")?.id, "home-furniture");
    assert.equal(profileNamed("b2b-software")?.displayName, "B2B software");
    assert.equal(profileNamed("furniture"), undefined);
  });
});
