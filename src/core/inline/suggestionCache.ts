/**
 * Remembers recent suggestions by the text before the cursor (and after it, for infill). Besides
 * exact repeats it answers a user typing through a suggestion: if the new prefix is an old prefix
 * plus the first characters of its suggestion, the rest of that suggestion still stands.
 */
export class SuggestionCache {
  private readonly entries = new Map<string, string>();

  constructor(private readonly capacity = 64) {}

  get(prefix: string, suffix = ""): string | undefined {
    const exact = this.touch(key(prefix, suffix));
    if (exact !== undefined) return exact;
    // Typing through: look back over the characters typed since a cached prefix.
    for (let typed = 1; typed <= Math.min(200, prefix.length); typed++) {
      const cached = this.entries.get(key(prefix.slice(0, -typed), suffix));
      if (cached === undefined) continue;
      const typedText = prefix.slice(-typed);
      if (cached.startsWith(typedText) && cached.length > typedText.length) return cached.slice(typedText.length);
    }
    return undefined;
  }

  set(prefix: string, suffix: string, suggestion: string): void {
    const k = key(prefix, suffix);
    this.entries.delete(k);
    this.entries.set(k, suggestion);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private touch(k: string): string | undefined {
    const value = this.entries.get(k);
    if (value === undefined) return undefined;
    this.entries.delete(k);
    this.entries.set(k, value);
    return value;
  }
}

function key(prefix: string, suffix: string): string {
  return `${prefix}\u0000${suffix}`;
}
