import { splitForSpeech } from './split-for-speech';

describe('splitForSpeech', () => {
  it('should keep a short text whole, with its spaces tidied', () => {
    expect(splitForSpeech('  Hello there.\n\nHow are   you?  ')).toEqual([
      'Hello there. How are you?',
    ]);
  });

  it('should pack whole sentences into chunks of at most the limit', () => {
    const sentence = 'This sentence has exactly forty chars..';
    const chunks = splitForSpeech(Array(5).fill(sentence).join(' '), 100);
    expect(chunks).toHaveLength(3);
    expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
    expect(chunks.join(' ')).toBe(Array(5).fill(sentence).join(' '));
  });

  it('should cut a sentence over the limit at a comma, else at a space, never in a word', () => {
    const long = `${'word '.repeat(30).trim()}, ${'more '.repeat(30).trim()}`;
    const chunks = splitForSpeech(long, 200);
    expect(chunks[0].endsWith(',')).toBe(true);
    expect(chunks.every((chunk) => chunk.length <= 200)).toBe(true);
    const words = splitForSpeech('abcdefghij '.repeat(50), 64);
    expect(words.every((chunk) => /^(abcdefghij ?)+$/.test(chunk))).toBe(true);
  });

  it('should give nothing for blank text', () => {
    expect(splitForSpeech('   ')).toEqual([]);
  });
});
