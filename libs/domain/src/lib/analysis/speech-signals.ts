import type { Cue } from './text-signals';

/**
 * Filler words: "like" only where it fills (", like," or at a clause start), so "use it like a
 * stack" is not counted. The label is the filler itself, for the statistics.
 */
export const FILLER_CUES: readonly Cue<string>[] = [
  { label: 'um', pattern: /\b(?:um+|umm+|uhm+)\b/gi },
  { label: 'uh', pattern: /\b(?:uh+|er+m*|ah+)\b(?!-)/gi },
  { label: 'like', pattern: /(?<=(?:^|[,.;!?])\s*)like(?=\s*,|\s+(?:um|uh)\b)/gim },
  {
    label: 'you know',
    pattern: /\byou know\b(?!\s+(?:what|how|why|that|the|which|when|where|if))/gi,
  },
  { label: 'i mean', pattern: /\bI mean\b/gi },
  { label: 'basically', pattern: /\bbasically\b/gi },
  { label: 'literally', pattern: /\bliterally\b/gi },
  { label: 'actually', pattern: /(?<=(?:^|[,.;!?])\s*)actually\b/gim },
  { label: 'kind of', pattern: /\bkind of\b(?!\s+(?:a|an|the)\b)/gi },
  { label: 'sort of', pattern: /\bsort of\b(?!\s+(?:a|an|the)\b)/gi },
  { label: 'so yeah', pattern: /\bso,? yeah\b/gi },
];

export const HEDGE_CUES: readonly Cue<'hedge'>[] = [
  {
    label: 'hedge',
    pattern:
      /\bI (?:think|guess|suppose|believe)\b|\bmaybe\b|\bprobably\b|\bperhaps\b|\bpossibly\b|\bI'?m not (?:sure|certain)\b|\bnot (?:sure|certain)\b|\bI might\b|\bit might\b|\bI could be wrong\b|\bsomething like that\b|\bor something\b/gi,
  },
];
