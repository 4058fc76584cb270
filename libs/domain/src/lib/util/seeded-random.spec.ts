import fc from 'fast-check';
import { deriveSeed, SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('should give the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const a = new SeededRandom(seed);
        const b = new SeededRandom(seed);
        for (let i = 0; i < 20; i += 1) {
          expect(a.next()).toBe(b.next());
        }
      }),
    );
  });

  it('should stay in [0, 1) and spread over the range', () => {
    const rng = new SeededRandom(42);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i += 1) {
      const value = rng.next();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)] += 1;
    }
    for (const count of buckets) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });

  it('should pick every item of a list, and undefined from an empty one', () => {
    const rng = new SeededRandom(5);
    const picked = new Set(Array.from({ length: 200 }, () => rng.pick(['a', 'b', 'c'])));
    expect(picked).toEqual(new Set(['a', 'b', 'c']));
    expect(rng.pick([])).toBeUndefined();
  });

  it('should give integers below the bound', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, bound) => {
        const value = new SeededRandom(seed).int(bound);
        expect(Number.isInteger(value)).toBe(true);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThan(bound);
      }),
    );
  });
});

describe('deriveSeed', () => {
  it('should be stable and depend on every part', () => {
    expect(deriveSeed(7, 'turn', 1)).toBe(deriveSeed(7, 'turn', 1));
    expect(deriveSeed(7, 'turn', 1)).not.toBe(deriveSeed(7, 'turn', 2));
    expect(deriveSeed(7, 'turn', 1)).not.toBe(deriveSeed(8, 'turn', 1));
  });
});
