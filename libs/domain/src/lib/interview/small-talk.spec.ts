import { askedBack, firstName, readMood } from './small-talk';

describe('small talk', () => {
  it.each([
    ["I'm great, thanks!", 'good'],
    ['Honestly a little nervous', 'nervous'],
    ['Pretty tired today', 'low'],
    ['Here.', 'neutral'],
  ] as const)('should read "%s" as %s', (reply, mood) => {
    expect(readMood(reply)).toBe(mood);
  });

  it('should notice a courtesy returned', () => {
    expect(askedBack('Good, and you?')).toBe(true);
    expect(askedBack('Good.')).toBe(false);
  });

  it('should use the first name', () => {
    expect(firstName('  Ada  Lovelace ')).toBe('Ada');
    expect(firstName('')).toBe('');
  });
});
