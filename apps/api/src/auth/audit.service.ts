import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';

export const AUDIT_EVENTS = [
  'signup',
  /** A signup with an address that already has an account (the owner gets a mail). */
  'signup_existing_email',
  'verify',
  'verification_resend',
  'login_ok',
  'login_failed',
  'password_change',
  'password_change_failed',
  'password_reset_request',
  'password_reset',
  'account_delete',
  'account_delete_failed',
] as const;
export type AuditEvent = (typeof AUDIT_EVENTS)[number];

export interface AuditContext {
  readonly userId?: string | null;
  readonly ip?: string | null;
  /** Reasons and flags only: never a password, token, hash or email. */
  readonly metadata?: Record<string, string | number | boolean>;
}

/** The security log: who did what from where, kept when the user is deleted. */
@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEventEntity)
    private readonly events: Repository<AuditEventEntity>,
  ) {}

  async record(event: AuditEvent, context: AuditContext, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEventEntity) : this.events;
    await repo.insert({
      event,
      userId: context.userId ?? null,
      ip: context.ip?.slice(0, 64) ?? null,
      metadata: context.metadata ?? {},
    });
  }
}
