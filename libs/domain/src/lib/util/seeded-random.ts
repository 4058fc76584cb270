/**
 * Seeded randomness. The domain never calls Math.random(): a session's seed and the turn number
 * give every turn its own stream, so any turn can be replayed on its own.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** mulberry32: a float in [0, 1). Small, fast and good enough for picking phrasings. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, maxExclusive). */
  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive);
  }

  /** One of the items; undefined only for an empty list. */
  pick<T>(items: readonly T[]): T | undefined {
    return items[this.int(items.length)];
  }
}

/** Mixes a seed with labels (FNV-1a) into a new 32-bit seed, e.g. `deriveSeed(seed, 'turn', 3)`. */
export function deriveSeed(seed: number, ...parts: readonly (string | number)[]): number {
  let hash = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
