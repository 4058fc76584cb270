import type { TextSpan } from '../util/text';

/**
 * A detector: a label for what it found and the pattern that finds it (`g` for findSignals). An
 * ASCII pattern goes without the `u` flag: with `i` as well, V8 runs it about 30 times slower
 * (40 against 1.2 µs on a 400-character answer), and every answer meets dozens of them.
 */
export interface Cue<L extends string = string> {
  readonly label: L;
  readonly pattern: RegExp;
}

/** Something found in an answer, with the text that shows it. */
export interface Signal<L extends string = string> extends TextSpan {
  readonly label: L;
}

/**
 * Every match of every cue, in text order. Matches of one label do not overlap (the earlier,
 * longer one wins); different labels may share words ("I learned" is an action and a reflection).
 */
export function findSignals<L extends string>(text: string, cues: readonly Cue<L>[]): Signal<L>[] {
  const found: Signal<L>[] = [];
  for (const cue of cues) {
    for (const match of text.matchAll(cue.pattern)) {
      const start = match.index ?? 0;
      if (match[0].length > 0) {
        found.push({ label: cue.label, start, end: start + match[0].length, text: match[0] });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter(
    (signal, i) =>
      !found.slice(0, i).some((kept) => kept.label === signal.label && overlaps(kept, signal)),
  );
}

function overlaps(a: TextSpan, b: TextSpan): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The distinct labels among the signals. */
export function labelsOf<L extends string>(signals: readonly Signal<L>[]): L[] {
  return [...new Set(signals.map((signal) => signal.label))];
}
