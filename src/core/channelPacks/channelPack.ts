/** A limit on one field of a channel's listing, in characters (Unicode code points). */
export interface ChannelField {
  readonly label: string;
  readonly maxChars?: number;
  /** Whose rule the limit is, for the finding's message; a workspace's own limit may leave it out. */
  readonly source?: string;
}

/** Wording a channel refuses, with why and on whose rule, so a finding can say both. */
export interface BannedTerm {
  readonly id: string;
  /** As written in the pack: a hyphen or space matches either or none, a final * any ending. */
  readonly terms: readonly string[];
  readonly reason: string;
  readonly source: string;
  /** The fields the rule applies to; every field when absent. */
  readonly fields?: readonly string[];
  /** Matches any of `terms` as whole words, case ignored (flags "giu"). */
  readonly pattern: RegExp;
}

/**
 * Characters a channel refuses, as a character class such as \p{Emoji_Presentation}. A whole
 * grapheme is reported when any of its code points is in the class, so an emoji goes with its
 * modifiers. \p{Extended_Pictographic} would also take ™ and ©, which are text symbols.
 */
export interface BannedCharacters {
  readonly id: string;
  readonly characterClass: string;
  readonly reason: string;
  readonly source: string;
  readonly fields?: readonly string[];
  /** Matches one banned character (flags "u"). */
  readonly pattern: RegExp;
}

/** A marketplace's publishing rules as data: limits, banned wording and characters, required fields. */
export interface ChannelPack {
  readonly id: string;
  readonly displayName: string;
  readonly fields: Readonly<Record<string, ChannelField>>;
  readonly bannedTerms: readonly BannedTerm[];
  readonly bannedCharacters: readonly BannedCharacters[];
  /** Fields a listing must fill for the channel to accept it (the channel's own names). */
  readonly requiredFields: readonly string[];
}
