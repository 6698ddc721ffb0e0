import type { GroundingFinding } from "../groundingFinding";
import { messagingApps, platformLines, sdkLanguageLines, socialPlatformLines } from "../lexicon/platformTable";
import { escapeRegExp } from "../text/phraseMatcher";
import { hasCapitals, inCapitals } from "../text/capitals";
import { startsSentence, wordsBefore } from "../text/clauseContext";
import { PhraseMatcher, type PhraseMatch } from "../text/phraseMatcher";

export type PlatformMatch = PhraseMatch<string>;

const platformMatcher = new PhraseMatcher(platformLines.map((line) => {
  const forms = line.split("|");
  return { forms, value: forms[0] };
}), { caseSensitive: true });
// The same names without case, for copy set in capitals ("SSO WITH OKTA AND GOOGLE WORKSPACE").
const capitalsMatcher = new PhraseMatcher(platformLines.map((line) => {
  const forms = line.split("|");
  return { forms: forms.map((form) => form.toLowerCase()), value: forms[0] };
}));
// In capitals a one-word name may be a word ("RING", "STRIPE", "SAFARI"): only after a word that says what it works with is it a platform.
const capitalsCue = /(?<![\p{L}])(?:WITH|FOR|TO|INTO|VIA|SUPPORTS?|COMPATIBLE|WORKS?|SYNCS?|INTEGRATES?|CONNECTS?|PAIRS?|SSO)(?:[ \t]+[\p{Lu}\p{N}.+-]+)*(?:[ \t]*,[ \t]*[\p{Lu}\p{N}.+ -]+)*[ \t]*(?:,|AND|OR|&)?[ \t]*$/u;
const socialMatcher = new PhraseMatcher(socialPlatformLines.map((line) => {
  const forms = line.split("|");
  return { forms, value: forms[0] };
}), { caseSensitive: true });
const socialCues = new Set([
  "post", "posts", "posting", "publish", "publishes", "publishing", "schedule", "schedules", "scheduling", "sync", "syncs", "integrates", "integration",
  "integrations", "connect", "connects", "compatible", "works", "stream", "streams", "upload", "uploads", "export", "exports", "import", "imports", "ads",
]);
// The channels a support, alerting or messaging tool works through: a messaging app listed among them is a channel it claims.
const channelCues = new Set([
  "email", "emails", "e-mail", "chat", "chats", "sms", "text", "texts", "inbox", "inboxes", "channel", "channels", "messages", "messaging", "alerts", "notifications",
  "tickets", "ticket", "replies", "reply", "support", "bot", "chatbot", "omnichannel",
]);
const channelAfter = /^\s*(?:[,&]|and|or)?\s*(?:\p{L}+\s+){0,3}?(?:into|inbox|inboxes|alerts|notifications|channels?|messages|support|bot|integration)(?![\p{L}])/iu;
// Names that are everyday words too: at the start of a sentence they are the word, not the platform.
const everydayNames = new Set([
  "Ring", "Teams", "Lightning", "Galaxy", "Pixel", "Square", "Sage", "Matter", "Thread", "Zoom", "Segment", "Oracle", "Excel", "Outlook", "Echo", "Gusto", "Amazon",
  "Windows", "Weber", "Looker", "Notion", "Switch OLED", "Box.com", "Mac", "Sonos", "Hue Bridge", "Google Fit",
]);
const sdkLanguages = new Map(sdkLanguageLines.flatMap((line) => {
  const forms = line.split("|");
  return forms.map((form) => [form, forms[0]] as const);
}));
const languageName = [...sdkLanguages.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
// "Python and Node SDKs", "a Go SDK", "Ruby, PHP or Java client libraries": languages named as a list before the word for a library.
const sdkList = new RegExp(String.raw`(?<![\p{L}\p{N}.#+])(?:${languageName})(?:(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)(?:${languageName}))*\s+(?:SDKs?|client librar(?:y|ies)|librar(?:y|ies)|bindings|wrappers?)(?![\p{L}])`, "gu");
// "SDKs for Python and Node.js": the word for a library first, then the languages.
const sdkListAfter = new RegExp(String.raw`(?<![\p{L}])(?:SDKs?|client librar(?:y|ies)|librar(?:y|ies))\s+(?:for|in)\s+(?:${languageName})(?:(?:\s*,\s*|\s*,?\s+(?:and|or|&)\s+)(?:${languageName}))*(?![\p{L}\p{N}#+])`, "gu");
const languageToken = new RegExp(String.raw`(?<![\p{L}\p{N}.#+])(?:${languageName})(?![\p{L}\p{N}#+])`, "gu");

/** Each language of an SDK list, as a platform the product works with. */
function readSdkLanguages(text: string): PlatformMatch[] {
  const found: PlatformMatch[] = [];
  for (const list of [...text.matchAll(sdkList), ...text.matchAll(sdkListAfter)]) {
    for (const language of list[0].matchAll(languageToken)) {
      const start = list.index + language.index;
      found.push({ start, end: start + language[0].length, text: language[0], value: sdkLanguages.get(language[0]) ?? language[0] });
    }
  }
  return found;
}

const compatibilityLead = /(?:\b(?:works?|working|compatible|pairs?|syncs?|integrates?|integration|connects?|plugs?)\s+(?:seamlessly\s+)?(?:with|to|into|in)\s+|\b(?:for|supports?)\s+)$/i;

// Words that put an everyday name to work as a platform: "works with Ring", "for Echo", "via the Sage app".
const platformCues: ReadonlySet<string> = new Set([
  "with", "works", "compatible", "compatibility", "for", "via", "supports", "supported", "connects", "connect", "pairs", "syncs", "integrates", "integration",
  "using", "controls", "control", "alexa", "google", "siri", "homekit", "smartthings", "into", "from", "to", "on",
]);

/**
 * "White, Sand, Sage", "Steel Ring Set": a name that is an everyday word is no platform at a sentence's start, and in copy only
 * after a word that puts it to work or beside another platform in its sentence ("macOS and Windows").
 */
function everydayNameAsPlatform(text: string, match: PlatformMatch, named: readonly PlatformMatch[], strict: boolean): boolean {
  if (startsSentence(text, match.start)) return false;
  if (!strict || wordsBefore(text, match.start, 3).some((word) => platformCues.has(word))) return true;
  return named.some((other) => other !== match && !everydayNames.has(other.text) && Math.abs(other.start - match.start) < 40 &&
    !/[.!?\n]/.test(text.slice(Math.min(other.end, match.end), Math.max(other.start, match.start))));
}

/** `strict` for copy: there a name that is an everyday word needs a sign that it is the platform; a brief is read as it stands. */
export function readPlatforms(text: string, strict = false): PlatformMatch[] {
  // "iOS/Android app": a slash between two names offers either; each is read on its own (the same length keeps offsets).
  const named = platformMatcher.find(text.replace(/(?<=\p{L})\/(?=\p{L})/gu, " "));
  const platforms = named.filter((match) => !everydayNames.has(match.text) || everydayNameAsPlatform(text, match, named, strict));
  const social = socialMatcher.find(text).filter((match) => {
    const before = wordsBefore(text, match.start, 8);
    if (before.some((word) => socialCues.has(word))) return true;
    return messagingApps.has(match.value) && (before.some((word) => channelCues.has(word)) || channelAfter.test(text.slice(match.end, match.end + 40)));
  });
  const sdks = readSdkLanguages(text).filter((match) => !platforms.some((other) => match.start < other.end && match.end > other.start));
  const capitals = (hasCapitals(text) ? capitalsMatcher.find(text) : []).filter((match) => inCapitals(text, match.start) && !platforms.some((other) => match.start < other.end && match.end > other.start) &&
    (/\s/.test(match.text) || (!everydayNames.has(match.value) && capitalsCue.test(text.slice(Math.max(0, match.start - 80), match.start)))));
  return [...platforms, ...social, ...sdks, ...capitals].sort((a, b) => a.start - b.start);
}

/** Platforms, ecosystems and connectors the copy says the product works with that the brief does not name. */
export function checkCompatibility(copyText: string, copy: readonly PlatformMatch[], brief: readonly PlatformMatch[]): GroundingFinding[] {
  const named = new Set(brief.map((match) => match.value));
  const findings: GroundingFinding[] = [];
  for (const match of copy) {
    if (named.has(match.value)) continue;
    const lead = compatibilityLead.exec(copyText.slice(Math.max(0, match.start - 40), match.start));
    const start = lead ? match.start - lead[0].length : match.start;
    const text = copyText.slice(start, match.end);
    findings.push({ start, end: match.end, text, kind: "compatibility", message: `"${text}": the brief does not say it works with ${match.text}.` });
  }
  return findings;
}
