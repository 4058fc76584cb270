import {
  COMMON_PASSWORD_COUNT,
  isCommonPassword,
  normalizeEmail,
  passwordProblem,
} from './password-policy';

describe('The password policy', () => {
  it('should ship a list of at least 3,000 common passwords', () => {
    expect(COMMON_PASSWORD_COUNT).toBeGreaterThanOrEqual(3_000);
  });

  it('should refuse common passwords whatever their case', () => {
    expect(isCommonPassword('password1')).toBe(true);
    expect(isCommonPassword('PassWord1')).toBe(true);
    expect(passwordProblem('qwertyuiop')).toMatch(/most common passwords/);
    expect(isCommonPassword('plum-tractor-quietly-7')).toBe(false);
  });

  it('should accept 8 to 256 characters and impose no composition rules', () => {
    expect(passwordProblem('abcdefg')).toMatch(/at least 8/);
    expect(passwordProblem('plumtrac')).toBeNull();
    expect(passwordProblem('all lower case and spaces')).toBeNull();
    expect(passwordProblem('x'.repeat(256))).toBeNull();
    expect(passwordProblem('x'.repeat(257))).toMatch(/at most 256/);
  });

  it('should count characters, not UTF-16 units', () => {
    // Four emoji are eight UTF-16 units but four characters.
    expect(passwordProblem('🔑🎹🌵🚲')).toMatch(/at least 8/);
    expect(passwordProblem('🔑🎹🌵🚲🔑🎹🌵🚲')).toBeNull();
  });

  it('should refuse the email address as the password', () => {
    expect(passwordProblem('Ada.Lovelace@example.com', 'ada.lovelace@example.com')).toMatch(
      /email address/,
    );
    expect(passwordProblem('ada.lovelace@example.com', 42)).toBeNull();
  });

  it('should normalize emails by trimming and lower-casing', () => {
    expect(normalizeEmail('  Ada@Example.COM ')).toBe('ada@example.com');
  });
});
