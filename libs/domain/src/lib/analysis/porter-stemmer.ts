/**
 * The Porter (1980) stemmer, as published at https://tartarus.org/martin/PorterStemmer/, so that
 * "pointers", "pointer" and "pointing" meet at "point". Only for lowercase a-z words: other
 * scripts pass through unchanged, which keeps the analyzer usable (if plainer) in any language.
 */
export function porterStem(word: string): string {
  if (word.length <= 2 || !/^[a-z]+$/u.test(word)) {
    return word;
  }
  let w = word;
  w = step1a(w);
  w = step1b(w);
  w = step1c(w);
  w = replaceSuffix(w, STEP2, 0);
  w = replaceSuffix(w, STEP3, 0);
  w = step4(w);
  w = step5(w);
  return w;
}

function isConsonant(w: string, i: number): boolean {
  const c = w.charAt(i);
  if ('aeiou'.includes(c)) {
    return false;
  }
  return c === 'y' ? i === 0 || !isConsonant(w, i - 1) : true;
}

/** m in [C](VC)^m[V]: the number of vowel-consonant sequences. */
function measure(stem: string): number {
  let m = 0;
  let i = 0;
  const n = stem.length;
  while (i < n && isConsonant(stem, i)) {
    i += 1;
  }
  while (i < n) {
    while (i < n && !isConsonant(stem, i)) {
      i += 1;
    }
    if (i >= n) {
      break;
    }
    while (i < n && isConsonant(stem, i)) {
      i += 1;
    }
    m += 1;
  }
  return m;
}

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i += 1) {
    if (!isConsonant(stem, i)) {
      return true;
    }
  }
  return false;
}

function endsWithDoubleConsonant(w: string): boolean {
  const n = w.length;
  return n >= 2 && w.charAt(n - 1) === w.charAt(n - 2) && isConsonant(w, n - 1);
}

/** *o: ends consonant-vowel-consonant, the last not w, x or y (e.g. "hop", not "snow"). */
function endsCvc(w: string): boolean {
  const n = w.length;
  return (
    n >= 3 &&
    isConsonant(w, n - 3) &&
    !isConsonant(w, n - 2) &&
    isConsonant(w, n - 1) &&
    !'wxy'.includes(w.charAt(n - 1))
  );
}

function step1a(w: string): string {
  if (w.endsWith('sses') || w.endsWith('ies')) {
    return w.slice(0, -2);
  }
  if (w.endsWith('ss')) {
    return w;
  }
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

function step1b(w: string): string {
  if (w.endsWith('eed')) {
    return measure(w.slice(0, -3)) > 0 ? w.slice(0, -1) : w;
  }
  for (const suffix of ['ed', 'ing']) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length);
      return hasVowel(stem) ? tidyAfter1b(stem) : w;
    }
  }
  return w;
}

function tidyAfter1b(stem: string): string {
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) {
    return `${stem}e`;
  }
  if (endsWithDoubleConsonant(stem) && !'lsz'.includes(stem.charAt(stem.length - 1))) {
    return stem.slice(0, -1);
  }
  return measure(stem) === 1 && endsCvc(stem) ? `${stem}e` : stem;
}

function step1c(w: string): string {
  return w.endsWith('y') && hasVowel(w.slice(0, -1)) ? `${w.slice(0, -1)}i` : w;
}

type SuffixRule = readonly [suffix: string, replacement: string];

const STEP2: readonly SuffixRule[] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];

const STEP3: readonly SuffixRule[] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

/** Replaces the longest matching suffix when the remaining stem's measure exceeds `minMeasure`. */
function replaceSuffix(w: string, rules: readonly SuffixRule[], minMeasure: number): string {
  const rule = rules
    .filter(([suffix]) => w.endsWith(suffix))
    .sort((a, b) => b[0].length - a[0].length)[0];
  if (rule === undefined) {
    return w;
  }
  const stem = w.slice(0, -rule[0].length);
  return measure(stem) > minMeasure ? stem + rule[1] : w;
}

const STEP4_SUFFIXES = [
  'al',
  'ance',
  'ence',
  'er',
  'ic',
  'able',
  'ible',
  'ant',
  'ement',
  'ment',
  'ent',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
] as const;

function step4(w: string): string {
  const suffix = STEP4_SUFFIXES.filter((s) => w.endsWith(s)).sort((a, b) => b.length - a.length)[0];
  if (suffix === undefined) {
    return w;
  }
  const stem = w.slice(0, -suffix.length);
  if (measure(stem) <= 1) {
    return w;
  }
  if (suffix === 'ion' && !stem.endsWith('s') && !stem.endsWith('t')) {
    return w;
  }
  return stem;
}

function step5(w: string): string {
  let out = w;
  if (out.endsWith('e')) {
    const stem = out.slice(0, -1);
    const m = measure(stem);
    if (m > 1 || (m === 1 && !endsCvc(stem))) {
      out = stem;
    }
  }
  if (measure(out) > 1 && endsWithDoubleConsonant(out) && out.endsWith('l')) {
    out = out.slice(0, -1);
  }
  return out;
}
