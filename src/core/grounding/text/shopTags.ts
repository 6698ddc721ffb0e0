/**
 * A shop's tags as the names they stand for: Shopify exports keep tags lower-case and hyphenated
 * ("google-home", "alexa"), where copy writes "Google Home" and "Alexa". Names read by their
 * capitals (platforms) would otherwise miss a tag that backs them. Only tags, one word or
 * hyphenated words with no spaces, are rewritten; a keyword phrase stays as the user wrote it.
 */
export function tagsAsNames(keywords: readonly string[]): string {
  return keywords
    .filter((keyword) => /^[\p{Ll}\p{N}]+(?:-[\p{Ll}\p{N}]+)*$/u.test(keyword.trim()))
    .map((tag) => tag.trim().split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(" "))
    .join("\n");
}
