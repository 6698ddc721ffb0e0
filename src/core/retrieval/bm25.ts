import { tokenize } from "./tokenize";

export interface RetrievalDocument {
  readonly id: string;
  readonly text: string;
}

export interface RankedDocument {
  readonly id: string;
  readonly score: number;
}

export interface Bm25Parameters {
  /** How quickly repeats of a term stop adding to the score. */
  readonly k1: number;
  /** How much a long document is penalised for its length, from 0 (not at all) to 1. */
  readonly b: number;
}

export const defaultBm25Parameters: Bm25Parameters = { k1: 1.2, b: 0.75 };

interface IndexedDocument {
  readonly id: string;
  readonly termCounts: ReadonlyMap<string, number>;
  readonly length: number;
}

/**
 * Okapi BM25 over short documents: picks the company's approved descriptions most like a brief,
 * to show the model as examples. Built once per set of documents; ranking is pure.
 */
export class Bm25Index {
  private readonly documents: readonly IndexedDocument[];
  private readonly documentFrequency = new Map<string, number>();
  private readonly averageLength: number;

  constructor(
    documents: readonly RetrievalDocument[],
    private readonly parameters: Bm25Parameters = defaultBm25Parameters,
  ) {
    const ids = new Set<string>();
    this.documents = documents.map((document) => {
      if (ids.has(document.id)) throw new Error(`Two documents have the id "${document.id}"; ids must be unique.`);
      ids.add(document.id);
      const tokens = tokenize(document.text);
      const termCounts = new Map<string, number>();
      for (const token of tokens) termCounts.set(token, (termCounts.get(token) ?? 0) + 1);
      for (const term of termCounts.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
      return { id: document.id, termCounts, length: tokens.length };
    });
    const totalLength = this.documents.reduce((sum, document) => sum + document.length, 0);
    // With only empty documents every length ratio is 0/0; any positive average makes them 0.
    this.averageLength = totalLength > 0 ? totalLength / this.documents.length : 1;
  }

  get size(): number {
    return this.documents.length;
  }

  /**
   * The `k` best documents for `query`, best first; equal scores in id order, so the same query
   * always gives the same examples. Documents that share no term score 0 and come last.
   */
  rank(query: string, k: number): RankedDocument[] {
    const count = Math.max(0, Math.floor(k));
    if (count === 0) return [];
    // A term repeated in the brief is still one thing the brief is about.
    const terms = [...new Set(tokenize(query))];
    return this.documents
      .map((document) => ({ id: document.id, score: this.score(document, terms) }))
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, count);
  }

  private score(document: IndexedDocument, terms: readonly string[]): number {
    const { k1, b } = this.parameters;
    let score = 0;
    for (const term of terms) {
      const frequency = document.termCounts.get(term);
      if (!frequency) continue;
      const lengthNorm = 1 - b + (b * document.length) / this.averageLength;
      score += this.inverseDocumentFrequency(term) * ((frequency * (k1 + 1)) / (frequency + k1 * lengthNorm));
    }
    return score;
  }

  /** The "+1" form (as in Lucene): never negative, even for a term in most documents. */
  private inverseDocumentFrequency(term: string): number {
    const withTerm = this.documentFrequency.get(term) ?? 0;
    return Math.log(1 + (this.documents.length - withTerm + 0.5) / (withTerm + 0.5));
  }
}
