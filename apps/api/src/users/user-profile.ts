import type { UserProfile } from '@interview-prep/contracts';
import type { UserEntity } from './user.entity';

/** A user as the API shows it: never the hash, the token version or internal dates. */
export function toUserProfile(user: UserEntity): UserProfile {
  return {
    id: user.id,
    email: user.email,
    full_name: user.fullName,
    is_verified: user.isVerified,
    preferences: user.preferences,
    created_at: user.createdAt.toISOString(),
  };
}
