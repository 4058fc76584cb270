import { extractTerms, keysMatch, termSet } from './terms';

describe('extractTerms', () => {
  it('should fold synonyms into one concept', () => {
    expect(termSet('I would store it in a dictionary')).toEqual(
      termSet('store it in a hash table'),
    );
  });

  it('should bring word forms together and drop stopwords', () => {
    expect([...termSet('Sorting the arrays')]).toEqual(['sort', 'arrai']);
  });

  it('should read complexity in symbols and in words as the same class', () => {
    expect(termSet('linear time, constant space')).toEqual(termSet('O(n) time, O(1) space'));
    expect(termSet('o of n log n')).toEqual(new Set(['o(nlogn)']));
  });

  it('should keep spans that point at the words that produced a term', () => {
    const text = 'Keep a priority queue of the k closest points.';
    const heap = extractTerms(text).find((term) => term.key === 'heap');
    expect(heap && text.slice(heap.start, heap.end)).toBe('priority queue');
  });

  it('should keep words of other languages as they are', () => {
    expect(termSet('использовать стек, débogage')).toEqual(
      new Set(['использовать', 'стек', 'débogage']),
    );
  });
});

describe('keysMatch', () => {
  it('should accept one typo in a long stem and nothing more', () => {
    expect(keysMatch('recurs', 'recusr')).toBe(false);
    expect(keysMatch('recursion', 'recusion')).toBe(true);
    expect(keysMatch('stack', 'stick')).toBe(false);
    expect(keysMatch('o(n)', 'o(1)')).toBe(false);
  });
});
