import type { GroundingFinding } from "../groundingFinding";
import type { Wording } from "../text/briefWording";

/**
 * What a product is said to take in, by kind: the file formats a reader opens ("reads EPUB, PDF and Kindle files"), the
 * fuels a stove burns ("also runs on white gas"), the styles of API a service offers ("a REST and GraphQL API"). Each
 * kind named is a claim the brief backs by naming it, or one of its other names.
 */
interface KindSetting {
  /** The kinds, each with its other names; the first names it in a finding. */
  readonly groups: readonly (readonly string[])[];
  /** Whether the kinds are matched with case ("REST" the style, never "rest"). */
  readonly caseSensitive: boolean;
  /** Builds the pattern of a setting from the alternation of every kind's names. */
  readonly setting: (kinds: string) => RegExp;
  readonly what: string;
}

const list = (kinds: string) => String.raw`(?:${kinds})(?:(?:[ \t]*,[ \t]*|[ \t]*,?[ \t]+(?:and|or|&|AND|OR)[ \t]+|[ \t]*\/[ \t]*)(?:${kinds}))*`;

const settings: readonly KindSetting[] = [
  {
    groups: [
      ["EPUB"], ["PDF"], ["MOBI"], ["AZW", "AZW3", "KFX"], ["Kindle"], ["CBZ"], ["CBR"], ["TXT"], ["RTF"], ["DOCX", "DOC"], ["FB2"], ["DjVu", "DJVU"],
      ["MP3"], ["FLAC"], ["AAC"], ["WAV"], ["ALAC"], ["OGG"], ["WMA"], ["MP4"], ["MKV"], ["AVI"], ["MOV"], ["JPEG", "JPG"], ["PNG"], ["HEIC"], ["DNG"], ["TIFF"],
    ],
    caseSensitive: false,
    // "Reads EPUB, PDF and Kindle files", "plays FLAC and MP3": a verb of opening, then the formats.
    setting: (kinds) => new RegExp(String.raw`(?<![\p{L}])(?:reads?|opens?|plays?|plays[ \t]+back|supports?|handles?|displays?|views?|works[ \t]+with|compatible[ \t]+with)[ \t]+(?:all[ \t]+|most[ \t]+|your[ \t]+)?${list(kinds)}(?![\p{L}\p{N}])`, "giu"),
    what: "file format",
  },
  {
    groups: [
      ["white gas", "naphtha", "Coleman fuel"], ["kerosene", "paraffin"], ["diesel"], ["petrol", "gasoline", "unleaded"], ["propane", "LPG"], ["butane"],
      ["isobutane", "isobutane-propane"], ["natural gas"], ["alcohol", "methylated spirits", "meths", "denatured alcohol", "bioethanol", "ethanol"], ["wood", "twigs"],
      ["charcoal"], ["wood pellets", "pellets"], ["hexamine", "solid fuel tablets", "solid fuel"],
    ],
    caseSensitive: false,
    // "Also runs on white gas", "burns wood or charcoal", "fuelled by propane".
    setting: (kinds) => new RegExp(String.raw`(?<![\p{L}])(?:runs?[ \t]+on|running[ \t]+on|burns|burning|fuell?ed[ \t]+(?:by|with)|powered[ \t]+by)[ \t]+(?:either[ \t]+)?${list(kinds)}(?![\p{L}\p{N}])`, "giu"),
    what: "fuel",
  },
  {
    groups: [["REST", "RESTful"], ["GraphQL"], ["SOAP"], ["gRPC"], ["OData"], ["JSON-RPC"], ["XML-RPC"], ["WebSocket", "WebSockets"]],
    caseSensitive: true,
    // "A REST and GraphQL API", "REST APIs": the styles named before the word for an API.
    setting: (kinds) => new RegExp(String.raw`(?<![\p{L}])${list(kinds)}[ \t]+(?:APIs?|endpoints?|interfaces?)(?![\p{L}])`, "gu"),
    what: "API",
  },
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "[ \\t]+");
const compiled = settings.map((kind) => {
  const names = kind.groups.flat().sort((a, b) => b.length - a.length);
  const alternation = names.map(escape).join("|");
  return { ...kind, pattern: kind.setting(alternation), single: new RegExp(String.raw`(?<![\p{L}\p{N}-])(?:${alternation})(?![\p{L}\p{N}])`, kind.caseSensitive ? "gu" : "giu") };
});

export function checkKindsUsed(text: string, briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const kind of compiled) {
    for (const setting of text.matchAll(kind.pattern)) {
      for (const name of setting[0].matchAll(kind.single)) {
        const group = kind.groups.find((names) => names.some((form) => form.toLowerCase() === name[0].toLowerCase().replace(/\s+/g, " "))) ?? [name[0]];
        if (group.some((form) => briefWording.says(form, true))) continue;
        const start = setting.index + name.index;
        findings.push({ start, end: start + name[0].length, text: name[0], kind: "compatibility", message: `"${name[0]}": the brief names no such ${kind.what}.` });
      }
    }
  }
  return findings;
}
