import type { LoginResponse } from '@interview-prep/contracts';

/** A login answer for tests. */
export const LOGIN: LoginResponse = {
  access_token: 'token-1',
  token_type: 'bearer',
  expires_in: 3600,
  user: {
    id: 'u1',
    email: 'ada@example.com',
    full_name: 'Ada Lovelace',
    is_verified: true,
    preferences: { voice: true },
    created_at: '2026-01-01T00:00:00Z',
  },
};
