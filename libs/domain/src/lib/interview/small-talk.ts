/** How the candidate says they are, read from their reply to "How are you doing today?". */
export type Mood = 'good' | 'low' | 'nervous' | 'neutral';

const NERVOUS = /\b(?:nervous|anxious|stressed|jittery|scared|a bit tense)\b/i;
const LOW =
  /\b(?:not (?:great|good|well|so good|too good)|tired|exhausted|bad|sick|meh|rough|could be better)\b/i;
const GOOD =
  /\b(?:good|great|well|fine|fantastic|excellent|awesome|wonderful|not bad|pretty good|excited|happy|ok|okay)\b/i;
/** "And you?", "how about yourself?": the courtesy returned. */
const ASKED_BACK =
  /\b(?:and you|how about you|what about you|yourself|how are you|how're you|how is your day|hbu)\b/i;

export function readMood(reply: string): Mood {
  if (NERVOUS.test(reply)) {
    return 'nervous';
  }
  if (LOW.test(reply)) {
    return 'low';
  }
  return GOOD.test(reply) ? 'good' : 'neutral';
}

export function askedBack(reply: string): boolean {
  return ASKED_BACK.test(reply);
}

/** The first name, for a natural greeting; empty when no name is known. */
export function firstName(candidateName: string): string {
  return candidateName.trim().split(/\s+/u)[0] ?? '';
}
