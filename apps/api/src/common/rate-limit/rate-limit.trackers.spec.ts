import { trackByAccount, trackByIp, trackByUser } from './rate-limit.trackers';

describe('Rate-limit trackers', () => {
  const user = { id: '6f1c2a9e-3b7d-4e59-9a41-0c8d5b2e7f10' };

  it('should count by IP, grouping an IPv6 client by its /64', () => {
    expect(trackByIp({ ip: '203.0.113.7' })).toBe('ip:203.0.113.7');
    expect(trackByIp({ ip: '2001:db8:1:2:aaaa::1' })).toBe(trackByIp({ ip: '2001:db8:1:2::ffff' }));
  });

  it('should count an account by its signed-in user, else by the normalized body email', () => {
    expect(trackByAccount({ ip: '203.0.113.7', user, body: { email: 'x@y.z' } })).toBe(
      `user:${user.id}`,
    );
    expect(trackByAccount({ ip: '203.0.113.7', body: { email: '  Ada@Example.COM ' } })).toBe(
      'email:ada@example.com',
    );
  });

  it('should fall back to the IP when the request names no account', () => {
    expect(trackByAccount({ ip: '203.0.113.7', body: { email: 42 } })).toBe('ip:203.0.113.7');
    expect(trackByAccount({ ip: '203.0.113.7', body: null })).toBe('ip:203.0.113.7');
    expect(trackByAccount({ ip: '203.0.113.7', body: { email: '   ' } })).toBe('ip:203.0.113.7');
  });

  it('should count a signed-in user by id and an anonymous one by IP', () => {
    expect(trackByUser({ ip: '203.0.113.7', user })).toBe(`user:${user.id}`);
    expect(trackByUser({ ip: '203.0.113.7', user: null })).toBe('ip:203.0.113.7');
  });
});
