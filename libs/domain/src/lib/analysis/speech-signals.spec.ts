import { findSignals } from './text-signals';
import { FILLER_CUES, HEDGE_CUES } from './speech-signals';

describe('speech signals', () => {
  it('should count fillers but not "like" used as a comparison', () => {
    const text =
      'Um, so basically I would, like, use it like a stack, you know, and uh that works.';
    const fillers = findSignals(text, FILLER_CUES);
    expect(fillers.map((s) => s.label)).toEqual(['um', 'basically', 'like', 'you know', 'uh']);
    expect(fillers.map((s) => s.text.toLowerCase())).toEqual([
      'um',
      'basically',
      'like',
      'you know',
      'uh',
    ]);
  });

  it('should not count "you know what" or "kind of a"', () => {
    expect(findSignals('You know what the kind of a problem is.', FILLER_CUES)).toEqual([]);
  });

  it('should find hedges with their spans', () => {
    const text = "I think it's probably O(n), but I'm not sure.";
    const hedges = findSignals(text, HEDGE_CUES);
    expect(hedges.map((h) => h.text)).toEqual(['I think', 'probably', "I'm not sure"]);
  });
});
