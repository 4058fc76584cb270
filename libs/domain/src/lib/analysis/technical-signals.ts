import type { Cue } from './text-signals';

/*
 * What a strong technical answer tends to say, beyond the question's own key points. English
 * cue words: in other languages these signals stay silent and the answer is judged on coverage.
 */

export type EdgeCaseKind =
  | 'explicit'
  | 'empty'
  | 'null'
  | 'negative'
  | 'overflow'
  | 'duplicates'
  | 'single'
  | 'boundary'
  | 'invalid'
  | 'encoding'
  | 'scale'
  | 'failure'
  | 'concurrency'
  | 'limitation';

export const EDGE_CASE_CUES: readonly Cue<EdgeCaseKind>[] = [
  {
    label: 'explicit',
    pattern:
      /\b(?:edge|corner|boundary) (?:case|condition)s?\b|\bwhat (?:if|happens (?:if|when))\b/gi,
  },
  {
    label: 'empty',
    pattern: /\bempty\b|\bzero[- ]length\b|\bno (?:elements|items|characters|nodes|input)\b/gi,
  },
  { label: 'null', pattern: /\b(?:null|nil|nullptr|undefined|None)\b/gu },
  { label: 'negative', pattern: /\bnegative(?: numbers?| values?)?\b/gi },
  {
    label: 'overflow',
    pattern: /\b(?:integer |int )?overflows?\b|\bunderflow\b|\bmax(?:imum)? int\b/gi,
  },
  {
    label: 'duplicates',
    pattern: /\bduplicates?\b|\brepeated (?:values|elements|keys|characters)\b/gi,
  },
  {
    label: 'single',
    pattern: /\b(?:single|one|only one) (?:element|node|item|character|value|entry)\b/gi,
  },
  {
    label: 'boundary',
    pattern:
      /\boff[- ]by[- ]one\b|\bout of (?:range|bounds)\b|\bboundar(?:y|ies)\b|\bfirst (?:and|or) last\b/gi,
  },
  {
    label: 'invalid',
    pattern:
      /\binvalid (?:input|data|values?)\b|\bmalformed\b|\bbad input\b|\bvalidat(?:e|ion)\b/gi,
  },
  { label: 'encoding', pattern: /\bunicode\b|\bnon[- ]ascii\b|\baccented\b|\bemoji\b/gi },
  {
    label: 'scale',
    pattern:
      /\b(?:very )?(?:large|huge|big) (?:inputs?|arrays?|files?|n|numbers?|values?)\b|\bdoes(?:n't| not) fit in memory\b/gi,
  },
  {
    label: 'failure',
    pattern:
      /\b(?:fail(?:s|ure|ures|over)?|crash(?:es)?|outages?|timeouts?|times out|goes down|is down|retr(?:y|ies)|partial failures?)\b/gi,
  },
  {
    label: 'limitation',
    pattern:
      /\b(?:makes? (?:it|things) worse|downsides?|drawbacks?|pitfalls?|gotchas?|caveats?|limitations?|doesn't help|won't help|hurts?|only works (?:if|when))\b/gi,
  },
  {
    label: 'concurrency',
    pattern:
      /\b(?:race conditions?|concurrent(?:ly)?|deadlocks?|two (?:threads|requests|users) at once)\b/gi,
  },
];

export const TRADE_OFF_CUES: readonly Cue<'trade_off'>[] = [
  {
    label: 'trade_off',
    pattern:
      /\btrade[- ]?offs?\b|\bat the cost of\b|\bon the other hand\b|\bwhereas\b|\binstead of\b|\bversus\b|\bvs\.?(?=\s)|\balternatively\b|\bthe alternative\b|\bdownsides?\b|\bdrawbacks?\b|\bpros and cons\b|\bbut (?:it|this|that) (?:uses|costs|needs|requires|would)\b|\b(?:cheaper|simpler|faster|slower) but\b/gi,
  },
];

export const TESTING_CUES: readonly Cue<'testing'>[] = [
  {
    label: 'testing',
    pattern:
      /\b(?:unit |integration |load )?tests?(?:ing| cases?)?\b|\bassert(?:ion)?s?\b|\bdry[- ]run\b|\bwalk(?:ing)? through (?:an? |the |a few )?examples?\b|\bfor example\b|\bsay (?:we|the input) (?:have|has|is)\b|\bverify\b/gi,
  },
];

export const REASONING_CUES: readonly Cue<'reasoning'>[] = [
  {
    label: 'reasoning',
    pattern:
      /\bbecause\b|\bsince\b|\bso that\b|\btherefore\b|\bhence\b|\bwhich means\b|\bthis means\b|\bthe reason\b|\binvariant\b|\bguarantees?\b|\bensures?\b|\bthat'?s why\b|\bworks because\b|\bproof\b|\botherwise\b/gi,
  },
];

export const STRUCTURE_CUES: readonly Cue<'structure'>[] = [
  {
    label: 'structure',
    pattern:
      /\bfirst(?:ly)?\b|\bsecond(?:ly)?\b|\bthird(?:ly)?\b|\bthen\b|\bafter that\b|\bfinally\b|\bstep \d\b|\bto (?:summari[sz]e|sum up)\b|\bin summary\b|\bmy approach\b|\bthe idea is\b|\bhigh[- ]level\b|^\s*(?:\d+[.)]|[-*•])\s/gim,
  },
];

/** Back-of-the-envelope numbers: what "complexity" means for a system-design answer. */
export const SCALE_CUES: readonly Cue<'scale'>[] = [
  {
    label: 'scale',
    pattern:
      /\b\d[\d,.]*\s*(?:k|m|b|thousand|million|billion|qps|rps|tps|(?:requests|writes|reads|events|messages|points) (?:per|a) (?:second|minute|day)|per second|\/s|tb|gb|mb|kb|pb|bytes?|ms)\b|\bback[- ]of[- ](?:the[- ])?envelope\b|\bestimate\b/gi,
  },
];

export const COMPLEXITY_WORD_CUES: readonly Cue<'complexity'>[] = [
  {
    label: 'complexity',
    pattern:
      /\b(?:linear|constant|logarithmic|quadratic|cubic|exponential|linearithmic)(?:ly)?(?: time| space| memory)?\b|\bn log n\b|\bo of (?:n|1|one|log n|n log n|n squared)\b|\bn squared\b/gi,
  },
];

const CODE_LINE =
  /[{};]\s*$|^\s*(?:def|for|while|if|elif|else|return|let|const|var|function|class|public|private|int|func|fn)\b.*[:({=;]|=>|\b\w+\[\w*\]\s*=|^\s*#include/u;

/** Code written into the answer: a fenced block, or two or more lines that read as code. */
export function findCode(text: string): { readonly start: number; readonly end: number } | null {
  const fence = /```[\s\S]*?(?:```|$)/u.exec(text);
  if (fence !== null) {
    return { start: fence.index, end: fence.index + fence[0].length };
  }
  let offset = 0;
  const codeLines: { start: number; end: number }[] = [];
  for (const line of text.split('\n')) {
    if (CODE_LINE.test(line)) {
      codeLines.push({ start: offset, end: offset + line.length });
    }
    offset += line.length + 1;
  }
  const first = codeLines[0];
  const last = codeLines[codeLines.length - 1];
  return codeLines.length >= 2 && first !== undefined && last !== undefined
    ? { start: first.start, end: last.end }
    : null;
}
