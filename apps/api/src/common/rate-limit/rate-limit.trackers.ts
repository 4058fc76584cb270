import type { ExecutionContext } from '@nestjs/common';
import { normalizeIp } from '@nestjs/throttler';

/**
 * Who a request is counted against. `ip`: the client address. `account`: the account a request
 * acts on, the signed-in user or else the (normalized) `email` of the body, so that one account is
 * protected whichever addresses the attempts come from. `user`: the signed-in user, else the IP.
 */
export const RATE_LIMIT_TRACKERS = ['ip', 'account', 'user'] as const;
export type RateLimitTracker = (typeof RATE_LIMIT_TRACKERS)[number];

/** The parts of a Fastify request the trackers read; `user` is set by the global JWT guard. */
interface TrackedRequest {
  readonly ip?: string;
  readonly user?: { readonly id?: unknown } | null;
  readonly body?: unknown;
}

type Tracker = (req: TrackedRequest, context?: ExecutionContext) => string;

export const trackByIp: Tracker = (req) => `ip:${normalizeIp(req.ip ?? 'unknown')}`;

export const trackByUser: Tracker = (req) => signedInUser(req) ?? trackByIp(req);

export const trackByAccount: Tracker = (req) =>
  signedInUser(req) ?? bodyEmail(req) ?? trackByIp(req);

export const TRACKERS: Readonly<Record<RateLimitTracker, Tracker>> = {
  ip: trackByIp,
  account: trackByAccount,
  user: trackByUser,
};

function signedInUser(req: TrackedRequest): string | null {
  const id = req.user?.id;
  return typeof id === 'string' && id !== '' ? `user:${id}` : null;
}

/** Guards run before validation, so the email is normalized here as the DTOs do (trim, lower-case). */
function bodyEmail(req: TrackedRequest): string | null {
  const email = (req.body as { email?: unknown } | null | undefined)?.email;
  if (typeof email !== 'string') {
    return null;
  }
  const normalized = email.trim().toLowerCase();
  return normalized === '' ? null : `email:${normalized}`;
}
