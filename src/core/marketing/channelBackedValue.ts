import type { ProductBrief } from "../brief";
import { trimProse, trimTitle } from "../productDescription/trimProse";
import { asSentence, capitalised } from "../text/english";
import type { ChannelDraft } from "./channelDraft";
import type { ChannelSpec } from "./channels";

/**
 * A channel field written only from the brief's name and facts, for one that still states what the
 * brief does not give after the rewrite and that the copy cannot lose (an email's only subject,
 * the third headline): see productDescription/backedFromBrief.ts, whose reasons hold here too.
 * A list item takes a fact that its list does not hold yet, and fits the item's limit; a text
 * takes the name and the facts, ended within its limit. Hashtags are not made from facts.
 */
export function channelBackedValue(channel: ChannelSpec, brief: ProductBrief, draft: ChannelDraft, path: readonly (string | number)[]): string | undefined {
  const [, variant, key, index] = path;
  const field = channel.fields.find((candidate) => candidate.key === key);
  if (field === undefined || typeof variant !== "number") return undefined;
  const name = brief.name.trim();
  const facts = brief.facts.map((fact) => fact.trim()).filter((fact) => fact.length > 0);
  const written = (text: string) => (field.phrase ? trimTitle(capitalised(text), field.maxLength) : trimProse(asSentence(capitalised(text)), field.maxLength));
  if (field.kind === "text") {
    if (field.phrase) return name && name.length <= field.maxLength ? name : undefined;
    return facts.length > 0 ? written(name ? `${name}: ${facts.join(", ")}` : facts.join(", ")) : undefined;
  }
  if (field.format === "hashtag" || typeof index !== "number") return undefined;
  const value = draft.variants[variant]?.[field.key];
  const others = (Array.isArray(value) ? value : []).filter((_, at) => at !== index).map((item: string) => item.toLocaleLowerCase());
  const fits = [...facts, name].filter((text) => text.length > 0 && text.length <= field.maxLength - 1);
  const unused = fits.find((text) => !others.some((item) => item.includes(text.toLocaleLowerCase())));
  return unused === undefined ? undefined : written(unused);
}
