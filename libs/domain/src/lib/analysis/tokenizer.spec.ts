import { normalizeComplexity, tokenize } from './tokenizer';

describe('tokenize', () => {
  it('should keep offsets that point back into the text', () => {
    const text = "I'd use two pointers — O(n) time, café, 配列 and 42.";
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });

  it('should read complexity expressions as one token', () => {
    const tokens = tokenize('It runs in O(n log n) time and Θ(1) space.');
    expect(tokens.filter((t) => t.kind === 'complexity').map((t) => t.norm)).toEqual([
      'o(nlogn)',
      'o(1)',
    ]);
  });

  it('should not mistake a call like foo(n) for complexity', () => {
    expect(tokenize('call foo(n) twice').some((t) => t.kind === 'complexity')).toBe(false);
  });

  it('should keep words of any script and tell numbers apart', () => {
    expect(tokenize('Ünïcode 配列 42').map((t) => [t.norm, t.kind])).toEqual([
      ['ünïcode', 'word'],
      ['配列', 'word'],
      ['42', 'number'],
    ]);
  });
});

describe('normalizeComplexity', () => {
  it.each([
    ['O(N * log N)', 'o(nlogn)'],
    ['O(n log(n))', 'o(nlogn)'],
    ['O(n²)', 'o(n^2)'],
    ['O(n^2)', 'o(n^2)'],
    ['O(nn)', 'o(n^2)'],
    ['O(log2 n)', 'o(logn)'],
    ['O(1)', 'o(1)'],
  ])('should normalize %s to %s', (input, expected) => {
    expect(normalizeComplexity(input)).toBe(expected);
  });
});
