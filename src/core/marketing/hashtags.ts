/**
 * Instagram links a hashtag only when it is "#" and then letters, digits and underscores (no
 * spaces, hyphens or punctuation), and not when it is digits alone. Letters include accented and
 * non-Latin ones, with their combining marks, so copy in other languages keeps its tags.
 */
const hashtagPattern = /^#[\p{L}\p{M}\p{Nd}_]+$/u;
const notHashtagChar = /[^\p{L}\p{M}\p{Nd}_]/gu;
const digitsOnly = /^#\p{Nd}+$/u;

export function isValidHashtag(tag: string, maxLength: number): boolean {
  return tag.length <= maxLength && hashtagPattern.test(tag) && !digitsOnly.test(tag);
}

/**
 * Turns what a model wrote into valid hashtags: every "#" starts a tag (so "#a #b" in one item
 * becomes two), the characters a hashtag cannot hold are removed ("Merino Wool" → "#MerinoWool"),
 * and a tag still over `maxLength` is dropped, since shortening it would cut a word.
 * Repeats and the count are left to the caller, which handles them for every list.
 */
export function normaliseHashtags(items: readonly string[], maxLength: number): string[] {
  const tags: string[] = [];
  for (const part of items.flatMap((item) => item.split("#"))) {
    const tag = `#${part.replace(notHashtagChar, "")}`;
    if (isValidHashtag(tag, maxLength)) tags.push(tag);
  }
  return tags;
}
