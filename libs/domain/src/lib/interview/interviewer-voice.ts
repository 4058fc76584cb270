import type { SeededRandom } from '../util/seeded-random';
import { type LineKind, LINES } from './interviewer-lines';

/** How many recent phrasings the interviewer avoids repeating. */
const MEMORY = 12;

/**
 * Picks the interviewer's phrasings for one turn: seeded, and avoiding the ones used lately so
 * two consecutive turns rarely sound alike. Lives for one turn; the memory goes back to state.
 */
export class Voice {
  private readonly used: string[];

  constructor(
    private readonly random: SeededRandom,
    recent: readonly string[],
  ) {
    this.used = [...recent];
  }

  say(kind: LineKind, slots: Readonly<Record<string, string>> = {}): string {
    const variants = LINES[kind].map((text, index) => ({ text, key: `${kind}.${index}` }));
    const fresh = variants.filter((variant) => !this.used.includes(variant.key));
    const chosen = this.random.pick(fresh.length > 0 ? fresh : variants) ?? variants[0];
    this.used.push(chosen.key);
    return fill(chosen.text, slots);
  }

  /** The phrasings to remember for the next turns. */
  memory(): string[] {
    return this.used.slice(-MEMORY);
  }
}

function fill(template: string, slots: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, slot: string) => {
    const value = slots[slot];
    if (value === undefined) {
      throw new Error(`Missing slot {${slot}} in "${template}"`);
    }
    return value;
  });
}
