import { PasswordService } from './password.service';

describe('PasswordService', () => {
  const passwords = new PasswordService();
  let hash: string;

  beforeAll(async () => {
    passwords.onModuleInit();
    hash = await passwords.hash('plum-tractor-quietly-7');
  });

  it('should hash with argon2id at 19 MiB, t=2, p=1', () => {
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(passwords.needsRehash(hash)).toBe(false);
  });

  it('should verify the password and nothing else', async () => {
    expect(await passwords.verify(hash, 'plum-tractor-quietly-7')).toBe(true);
    expect(await passwords.verify(hash, 'plum-tractor-quietly-8')).toBe(false);
    expect(await passwords.verify('not-a-hash', 'plum-tractor-quietly-7')).toBe(false);
  });

  it('should never truncate a long password', async () => {
    const long = 'a'.repeat(200);
    const longHash = await passwords.hash(long);
    expect(await passwords.verify(longHash, long)).toBe(true);
    expect(await passwords.verify(longHash, 'a'.repeat(199))).toBe(false);
    expect(await passwords.verify(longHash, `${long}b`)).toBe(false);
  });

  it('should match the same password in another Unicode normal form', async () => {
    const composed = 'caf\u00e9-au-lait-42';
    const decomposed = 'cafe\u0301-au-lait-42';
    expect(await passwords.verify(await passwords.hash(composed), decomposed)).toBe(true);
  });

  it('should fail a login with no user after a real verification', async () => {
    expect(await passwords.verifyNothing('anything-at-all')).toBe(false);
  });

  it('should ask for a rehash of a hash made with weaker parameters', () => {
    expect(
      passwords.needsRehash('$argon2id$v=19$m=4096,t=1,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNo'),
    ).toBe(true);
  });
});
