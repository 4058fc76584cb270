import type { SessionSummary } from '@interview-prep/contracts';

/** Where a session opens: its results once completed, else the interview to carry on. */
export function sessionLink(session: Pick<SessionSummary, 'id' | 'status'>): string[] {
  return session.status === 'completed'
    ? ['/sessions', session.id, 'results']
    : ['/sessions', session.id];
}
