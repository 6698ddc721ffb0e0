/**
 * Finds which of many strings occur in a text, in one pass over the text whatever their number
 * (an Aho–Corasick automaton over UTF-16 code units). Built once for a fixed set of strings.
 */
export class LiteralScanner {
  /** Per state: its transitions by code unit. */
  private readonly next: Map<number, number>[] = [new Map()];
  /** Per state: the longest proper suffix of its string that is also a state. */
  private readonly fallback: number[] = [0];
  /** Per state: the index of the string it completes, or -1. */
  private readonly ends: number[] = [-1];
  /** Per state: the nearest state down its fallback chain that completes a string, or -1. */
  private readonly nextEnd: number[] = [-1];
  readonly strings: readonly string[];
  private readonly indices: ReadonlyMap<string, number>;

  constructor(strings: Iterable<string>) {
    this.strings = [...new Set(strings)].filter((string) => string.length > 0);
    this.indices = new Map(this.strings.map((string, index) => [string, index]));
    this.strings.forEach((string, index) => this.add(string, index));
    this.link();
  }

  /** The index of `string` in `strings`, or -1. */
  indexOf(string: string): number {
    return this.indices.get(string) ?? -1;
  }

  /** Which of the strings occur in `text`, as a set of their indices in `strings`. */
  scan(text: string): Set<number> {
    return this.scanEach([text])[0];
  }

  /** For each text, which of the strings occur in it: the sets `scan` would give, in one sweep. */
  scanEach(texts: readonly string[]): Set<number>[] {
    // Per state: the last text it was reported for, so one array serves every text.
    const reportedIn = new Int32Array(this.next.length).fill(-1);
    return texts.map((text, textIndex) => {
      const found = new Set<number>();
      let state = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let target = this.next[state].get(code);
        while (target === undefined && state !== 0) {
          state = this.fallback[state];
          target = this.next[state].get(code);
        }
        state = target ?? 0;
        // A state already reported has had its whole fallback chain reported with it.
        for (let end = this.ends[state] >= 0 ? state : this.nextEnd[state]; end > 0 && reportedIn[end] !== textIndex; end = this.nextEnd[end]) {
          reportedIn[end] = textIndex;
          found.add(this.ends[end]);
        }
      }
      return found;
    });
  }

  private add(string: string, index: number): void {
    let state = 0;
    for (let i = 0; i < string.length; i++) {
      const code = string.charCodeAt(i);
      let target = this.next[state].get(code);
      if (target === undefined) {
        target = this.next.length;
        this.next.push(new Map());
        this.fallback.push(0);
        this.ends.push(-1);
        this.nextEnd.push(-1);
        this.next[state].set(code, target);
      }
      state = target;
    }
    this.ends[state] = index;
  }

  /** Breadth first, so every state's fallback is linked before its children's. */
  private link(): void {
    const queue = [...this.next[0].values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [code, child] of this.next[state]) {
        let fallback = this.fallback[state];
        let target = this.next[fallback].get(code);
        while (target === undefined && fallback !== 0) {
          fallback = this.fallback[fallback];
          target = this.next[fallback].get(code);
        }
        this.fallback[child] = target !== undefined && target !== child ? target : 0;
        const via = this.fallback[child];
        this.nextEnd[child] = this.ends[via] >= 0 ? via : this.nextEnd[via];
        queue.push(child);
      }
    }
  }
}
