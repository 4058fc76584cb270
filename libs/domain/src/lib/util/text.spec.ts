import fc from 'fast-check';
import { excerpt, joinWords, sentenceAt, splitSentences, trimSpan } from './text';

describe('splitSentences', () => {
  it('should split at sentence ends and line breaks, keeping exact offsets', () => {
    const text = 'First idea. Then O(n) time!\nCode line; next\n\n  Last one?';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'First idea.',
      'Then O(n) time!',
      'Code line; next',
      'Last one?',
    ]);
    for (const sentence of sentences) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it('should not split inside numbers', () => {
    expect(splitSentences('It took 2.5 days.').map((s) => s.text)).toEqual(['It took 2.5 days.']);
  });

  it('should always return trimmed exact substrings', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const sentence of splitSentences(text)) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          expect(sentence.text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('sentenceAt', () => {
  it('should find the sentence holding an offset', () => {
    const sentences = splitSentences('One. Two.');
    expect(sentenceAt(sentences, 6)?.text).toBe('Two.');
    expect(sentenceAt(sentences, 4)).toBeNull();
  });
});

describe('excerpt', () => {
  it('should keep the focus, stay within the limit and remain an exact substring', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('alpha', 'beta', 'gamma', 'O(n)', 'delta,'), {
          minLength: 5,
          maxLength: 60,
        }),
        fc.nat(),
        (words, seed) => {
          const source = words.join(' ');
          const around = trimSpan(source, 0, source.length);
          if (around === null) {
            return;
          }
          const index = seed % words.length;
          const start = words.slice(0, index).join(' ').length + (index > 0 ? 1 : 0);
          const focus = {
            start,
            end: start + (words[index] ?? '').length,
            text: words[index] ?? '',
          };
          const quote = excerpt(source, around, focus, 40);
          expect(source.slice(quote.start, quote.end)).toBe(quote.text);
          expect(quote.start).toBeLessThanOrEqual(focus.start);
          expect(quote.end).toBeGreaterThanOrEqual(focus.end);
          expect(quote.text.length).toBeLessThanOrEqual(40);
        },
      ),
    );
  });
});

describe('joinWords', () => {
  it('should join like a sentence', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['a'])).toBe('a');
    expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
