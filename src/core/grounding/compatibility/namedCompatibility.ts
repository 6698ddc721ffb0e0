import type { GroundingFinding } from "../groundingFinding";
import type { Wording } from "../text/briefWording";
import { inCapitals } from "../text/capitals";
import type { PlatformMatch } from "./checkCompatibility";

/**
 * Brands and product lines the copy says the product works with, outside the platform lexicon:
 * "compatible with all Torque and DeWalt 18V batteries". A capitalised name after a
 * compatibility verb is a claim the brief must make, by naming it; so is one after a verb of
 * attaching ("slides onto Trollbeads bracelets", "clips onto Garmin mounts").
 */
const compatibilityVerb = /\b(?:compatible with|works? with|fits|for use with|pairs with|syncs with|integrates with|connects (?:to|with)|(?:flows?|pulls?|imports?|syncs?|streams?) (?:in |straight |directly )?from|plugs into|(?:slides?|threads?|clips?|snaps?|slips?) (?:onto|on to)|attaches to|(?:sized|made|designed|built) to (?:fit|slot (?:neatly )?into|slide into)|(?:slots?|slides?|clicks?|drops?) (?:neatly |straight |right )?into)\s+(?:(?:all|any|most|the|your|standard|existing|both|either)\s+)*/giu;
// Kinds of device written in capitals ("connects to your TV", "plugs into any PC"): generic, no brand to back.
const deviceKinds: ReadonlySet<string> = new Set(["TV", "TVs", "HDTV", "PC", "PCs", "DVR", "AV", "NAS", "SUV", "SUVs", "USB", "POS"]);
const nameWord = /^\p{Lu}[\p{L}\p{N}&'’.+-]*/u;
// A list of names stays on its line: a heading after a blank line is no name the product works with.
const nameJoiner = /^(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&|\/)[ \t]+|[ \t]+)/;

export function checkNamedCompatibility(text: string, platforms: readonly PlatformMatch[], briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const verb of text.matchAll(compatibilityVerb)) {
    // "Works With Everything" in a Title Case heading names nothing.
    if (/^\p{Lu}\S*\s+\p{Lu}/u.test(verb[0])) continue;
    let at = verb.index + verb[0].length;
    for (;;) {
      const name = nameWord.exec(text.slice(at));
      if (!name) break;
      const start = at;
      const end = at + name[0].replace(/[.'’]+$/, "").length;
      const onPlatform = platforms.some((platform) => start < platform.end && end > platform.start);
      // "ONE SIZE FITS ALL": in copy set in capitals a word is written as a name is; only the platform lexicon tells a brand there.
      const capitalsWord = /^\p{Lu}[\p{Lu}\p{N}&'’.+-]*$/u.test(name[0]) && inCapitals(text, start);
      if (!onPlatform && !capitalsWord && !deviceKinds.has(name[0].replace(/[.'’]+$/, "")) && !briefWording.says(name[0])) {
        const span = text.slice(verb.index, end);
        findings.push({ start: verb.index, end, text: span, kind: "compatibility", message: `"${span}": the brief does not say it works with ${name[0]}.` });
      }
      const joiner = nameJoiner.exec(text.slice(end));
      if (!joiner || !nameWord.test(text.slice(end + joiner[0].length))) break;
      at = end + joiner[0].length;
    }
  }
  return findings;
}
