import { claimFeatureBuckets, featuresVersion } from "./claimFeatures";

/** A logistic model over hashed word features, as stored: weights are int8 times `scale`, base64-encoded. */
export interface StoredClaimModel {
  readonly featuresVersion: number;
  readonly bits: number;
  readonly bias: number;
  readonly scale: number;
  readonly weights: string;
  /** What it learned from, for the finding's message and the README. */
  readonly trainedOn: { readonly rows: number; readonly violations: number; readonly negatives: number };
}

/** One labelled passage to learn from. */
export interface LabelledText {
  readonly text: string;
  readonly violation: boolean;
}

/** How likely a passage is to make a claim that needs evidence, from 0 to 1. */
export class ClaimModel {
  private readonly weights: Int8Array;

  constructor(readonly stored: StoredClaimModel) {
    if (stored.featuresVersion !== featuresVersion) {
      throw new Error(`The claim model was trained on features version ${stored.featuresVersion}, not ${featuresVersion}: run npm run train:claims-opinion.`);
    }
    const bytes = atob(stored.weights);
    if (bytes.length !== 1 << stored.bits) throw new Error(`The claim model holds ${bytes.length} weights, not 2^${stored.bits}.`);
    this.weights = Int8Array.from(bytes, (char) => char.charCodeAt(0));
  }

  likelihood(text: string): number {
    let sum = 0;
    for (const bucket of claimFeatureBuckets(text, this.stored.bits)) sum += this.weights[bucket];
    return 1 / (1 + Math.exp(-(this.stored.bias + sum * this.stored.scale)));
  }
}

/**
 * Logistic regression by AdaGrad over the hashed features, in a fixed shuffled order, so the same
 * rows give the same model. Where two features share a bucket they share a weight; at 2^17 buckets
 * the replay of past rounds scored as with a table per word.
 */
export function trainClaimModel(rows: readonly LabelledText[], options: { bits?: number; epochs?: number; learningRate?: number; l2?: number } = {}): StoredClaimModel {
  const { bits = 17, epochs = 12, learningRate = 0.5, l2 = 1e-4 } = options;
  const size = 1 << bits;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size);
  let bias = 0;
  let biasSquares = 0;
  const examples = rows.map((row) => ({ buckets: claimFeatureBuckets(row.text, bits), target: row.violation ? 1 : 0 }));
  const next = seededRandom(1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [examples[i], examples[j]] = [examples[j], examples[i]];
    }
    for (const { buckets, target } of examples) {
      let sum = bias;
      for (const bucket of buckets) sum += weights[bucket];
      const error = 1 / (1 + Math.exp(-sum)) - target;
      biasSquares += error * error;
      bias -= (learningRate / Math.sqrt(biasSquares + 1e-8)) * error;
      for (const bucket of buckets) {
        const gradient = error + l2 * weights[bucket];
        squares[bucket] += gradient * gradient;
        weights[bucket] -= (learningRate / Math.sqrt(squares[bucket] + 1e-8)) * gradient;
      }
    }
  }
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  let bytes = "";
  for (const weight of weights) bytes += String.fromCharCode(Math.round(weight / scale) & 0xff);
  const violations = rows.filter((row) => row.violation).length;
  return {
    featuresVersion,
    bits,
    bias,
    scale,
    weights: btoa(bytes),
    trainedOn: { rows: rows.length, violations, negatives: rows.length - violations },
  };
}

/** A linear congruential generator: the shuffle must not depend on Math.random. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}
