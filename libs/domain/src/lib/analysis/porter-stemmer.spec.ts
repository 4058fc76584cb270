import { porterStem } from './porter-stemmer';

describe('porterStem', () => {
  // Pairs from the algorithm's published examples.
  it.each([
    ['caresses', 'caress'],
    ['ponies', 'poni'],
    ['ties', 'ti'],
    ['caress', 'caress'],
    ['cats', 'cat'],
    ['feed', 'feed'],
    ['agreed', 'agre'],
    ['plastered', 'plaster'],
    ['bled', 'bled'],
    ['motoring', 'motor'],
    ['sing', 'sing'],
    ['conflated', 'conflat'],
    ['troubled', 'troubl'],
    ['sized', 'size'],
    ['hopping', 'hop'],
    ['tanned', 'tan'],
    ['falling', 'fall'],
    ['hissing', 'hiss'],
    ['fizzed', 'fizz'],
    ['failing', 'fail'],
    ['filing', 'file'],
    ['happy', 'happi'],
    ['sky', 'sky'],
    ['relational', 'relat'],
    ['conditional', 'condit'],
    ['rational', 'ration'],
    ['generalization', 'gener'],
    ['hopeful', 'hope'],
    ['goodness', 'good'],
    ['revival', 'reviv'],
    ['allowance', 'allow'],
    ['adjustment', 'adjust'],
    ['adoption', 'adopt'],
    ['probate', 'probat'],
    ['rate', 'rate'],
    ['cease', 'ceas'],
    ['controlling', 'control'],
    ['roll', 'roll'],
  ])('should stem %s to %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it('should bring inflections of one word together', () => {
    expect(new Set(['sorts', 'sorted', 'sorting'].map(porterStem))).toEqual(new Set(['sort']));
    expect(new Set(['pointer', 'pointers'].map(porterStem))).toEqual(new Set(['pointer']));
  });

  it('should leave words in other scripts and short words alone', () => {
    expect(porterStem('débogage')).toBe('débogage');
    expect(porterStem('配列')).toBe('配列');
    expect(porterStem('is')).toBe('is');
  });
});
