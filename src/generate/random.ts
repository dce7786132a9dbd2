/**
 * The generator's one source of randomness: a seeded xoroshiro128+ (pure-rand), so the same
 * (meetings, seed) always yields the same graph. Every draw goes through this class, in a
 * fixed order, which is what makes the output independent of batch sizes and timing.
 */
import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

export class Random {
  private readonly rng: RandomGenerator;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return uniformFloat64(this.rng);
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return uniformInt(this.rng, min, max);
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Picks an index by the given relative weights (precomputed cumulative sums). */
  weighted(cumulative: Float64Array): number {
    const total = cumulative[cumulative.length - 1] ?? 0;
    return bisect(cumulative, this.float() * total);
  }

  /** Lowercase hex digits, for file names. */
  hex(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += HEX[this.int(0, 15)];
    return out;
  }
}

const HEX = "0123456789abcdef";

/**
 * A Zipf-like distribution over ranks 0..n-1: weight(k) = 1 / (k + 1 + shift)^exponent.
 * Drawing from it is what makes degrees power-law: a few hubs, a long tail.
 */
export class Zipf {
  readonly cumulative: Float64Array;

  constructor(n: number, exponent: number, shift = 0) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) {
      sum += 1 / (k + 1 + shift) ** exponent;
      this.cumulative[k] = sum;
    }
  }

  get size(): number {
    return this.cumulative.length;
  }

  draw(random: Random): number {
    return random.weighted(this.cumulative);
  }
}

/** Cumulative sums of weights, for Random.weighted. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, i) => {
    sum += weight;
    out[i] = sum;
  });
  return out;
}

/** First index whose cumulative weight exceeds the target. */
function bisect(cumulative: Float64Array, target: number): number {
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? 0) > target) high = mid;
    else low = mid + 1;
  }
  return low;
}
