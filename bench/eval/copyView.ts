import type { ChannelDraft } from "../../src/core/marketing/channelDraft";
import type { ProductDescriptionDraft } from "../../src/core/productDescription/enforceLimits";

/** The parts of a finished piece of copy that the scores look at, whatever kind of copy it is. */
export interface CopyView {
  /** Every text of the copy, one per line. */
  readonly allText: string;
  /** The prose: a description's body paragraphs, or a channel's texts. */
  readonly body: string;
  /** Only product descriptions have these. */
  readonly title?: string;
  readonly seoTitle?: string;
  readonly metaDescription?: string;
  /** Items that should differ from each other: bullets, headlines, hashtags. */
  readonly items: readonly string[];
}

export function descriptionView(draft: ProductDescriptionDraft): CopyView {
  const body = (draft.body ?? []).join("\n");
  return {
    allText: [draft.title, draft.tagline, ...(draft.bullets ?? []), body, draft.seoTitle, draft.metaDescription].filter(Boolean).join("\n"),
    body,
    title: draft.title ?? "",
    seoTitle: draft.seoTitle ?? "",
    metaDescription: draft.metaDescription ?? "",
    items: draft.bullets ?? [],
  };
}

export function channelView(draft: ChannelDraft): CopyView {
  const texts: string[] = [];
  const items: string[] = [];
  for (const variant of draft.variants) {
    for (const value of Object.values(variant)) {
      if (typeof value === "string") texts.push(value);
      else if (value) items.push(...value);
    }
  }
  const allText = [...texts, ...items].join("\n");
  return { allText, body: texts.length ? texts.join("\n") : allText, items };
}
