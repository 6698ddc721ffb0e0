import * as assert from "node:assert/strict";
import { parseBrandVoice, BrandVoiceError } from "../../../src/core/brand/brandVoice";
import { numberChanges } from "../../../src/core/translation/keptNumbers";
import { lostTerms } from "../../../src/core/translation/keptTerms";
import { LanguageListError, parseLanguageList } from "../../../src/core/translation/languages";
import { descriptionTranslationJob } from "../../../src/core/translation/translationJobs";
import { productDescriptionLimits } from "../../../src/core/productDescription/schema";
import { inLanguageCheck } from "../../../src/writing/translationChecks";

describe("translation rules", () => {
  it("reads a language list, and names the known codes for an unknown one", () => {
    assert.deepEqual(parseLanguageList(" de, FR ,es"), ["de", "fr", "es"]);
    assert.throws(() => parseLanguageList("de,xx"), (error: unknown) => error instanceof LanguageListError && /"xx".*de, fr/.test(error.message));
    assert.throws(() => parseLanguageList("de,de"), /named twice/);
    assert.throws(() => parseLanguageList(" , "), /at least one language/);
  });

  it("finds a lost number and a changed one, and lets the decimal comma move", () => {
    const source = "Holds 750 ml, keeps drinks cold for 24 h and weighs 1.5 kg.";
    assert.deepEqual(numberChanges(source, "Fasst 750 ml, hält Getränke 24 h kalt und wiegt 1,5 kg."), { missing: [], added: [] });
    const changed = numberChanges(source, "Fasst 500 ml und wiegt 1,5 kg.");
    assert.deepEqual(changed.missing, ["750", "24"]);
    assert.deepEqual(
      changed.added.map((number) => number.text),
      ["500"],
    );
    assert.equal("Fasst 500 ml und wiegt 1,5 kg.".slice(changed.added[0].start, changed.added[0].end), "500");
  });

  it("flags a translation handed back in English, and passes one in the target language", () => {
    const check = inLanguageCheck("de");
    assert.deepEqual(
      check.check("The bottle keeps your drinks cold for the whole day.").map((finding) => finding.id),
      ["wrong-language"],
    );
    assert.deepEqual(check.check("Die Flasche hält deine Getränke den ganzen Tag kalt und ist auch dicht."), []);
    assert.deepEqual(inLanguageCheck("ja").check("The bottle keeps your drinks cold."), [], "a language the identifier does not know is not checked");
  });

  it("finds a do-not-translate term the translation lost, only where the source used it", () => {
    assert.deepEqual(lostTerms("The Summit Pro bottle", "Die Gipfel-Profi Flasche", ["Summit Pro", "AquaLock"]), [{ term: "Summit Pro" }]);
    assert.deepEqual(lostTerms("The Summit Pro bottle", "Die Summit Pro Flasche", ["Summit Pro"]), []);
  });

  it("reads glossary.doNotTranslate from the brand file, and refuses a term that is also banned", () => {
    assert.deepEqual(parseBrandVoice("glossary:\n  doNotTranslate: [Summit Pro]\n", "yaml").glossary, { preferred: [], banned: [], doNotTranslate: ["Summit Pro"] });
    assert.throws(() => parseBrandVoice("glossary:\n  banned: [cheap]\n  doNotTranslate: [Cheap]\n", "yaml"), BrandVoiceError);
  });

  it("asks for the same JSON keys in the named language, keeps the glossary, and trims values to the original limits", () => {
    const job = descriptionTranslationJob({ title: "Summit Pro Bottle", seoTitle: "Summit Pro insulated bottle 750 ml" }, "de", { doNotTranslate: ["Summit Pro"], preferred: ["insulated"] });
    const [system, user] = job.buildMessages("ignored guidance", ["keep the number 750"]);
    assert.match(system.content, /into German/);
    assert.match(system.content, /untranslated: Summit Pro\./);
    assert.match(system.content, /insulated/);
    assert.ok(!system.content.includes("ignored guidance"));
    assert.equal(JSON.parse(user.content.split("\n")[0]).seoTitle, "Summit Pro insulated bottle 750 ml");
    assert.match(user.content, /keep the number 750/);
    const long = job.toDraft({ seoTitle: "Summit Pro isolierte Trinkflasche aus Edelstahl mit 750 ml Fassungsvermögen für Wanderungen" });
    assert.ok(long.seoTitle!.length <= productDescriptionLimits.seoTitle, long.seoTitle);
  });
});
