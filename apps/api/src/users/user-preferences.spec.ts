import { mergePreferences } from './user-preferences';

describe('mergePreferences', () => {
  it('should set given keys, clear null ones and keep absent ones', () => {
    expect(
      mergePreferences(
        { track: 'swe_intern', company: 'google', voice: true },
        { company: 'meta', voice: null, difficulty: 'hard', track: undefined },
      ),
    ).toEqual({ track: 'swe_intern', company: 'meta', difficulty: 'hard' });
  });

  it('should leave the preferences as they are for an empty update', () => {
    expect(mergePreferences({ voice: false }, {})).toEqual({ voice: false });
  });
});
