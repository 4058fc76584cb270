import { type TextSpan, trimSpan } from '../util/text';

/** A plain-language request instead of an answer. */
export type IntentKind =
  | 'repeat'
  | 'clarify'
  | 'assumption'
  | 'hint'
  | 'skip'
  | 'dont_know'
  | 'end';

export interface CandidateIntent {
  readonly kind: IntentKind;
  /** The message that says it. */
  readonly span: TextSpan;
}

/*
 * A message is a request only when the request is all it says (allowing "sorry", "please"...):
 * "skip the non-alphanumeric characters" is an answer, "can we skip this one?" is not.
 * Clarifying assumptions ("can I assume the array is sorted?") are the exception: they may be long.
 */
const PREFIX = String.raw`(?:(?:ok|okay|so|well|um+|uh+|hmm+|sorry|please|actually|honestly|hey|yeah|yes|no|oh|ah|right|alright|excuse me|hi|hmm ok)\s+)*`;
const SUFFIX = String.raw`(?:\s+(?:please|thanks|thank you|sorry|then|now|again|for me))*`;

const CORES: readonly (readonly [IntentKind, string])[] = [
  [
    'end',
    String.raw`(?:let's |lets |i want to |i'd like to |i would like to |can we |could we |i need to |i have to )?(?:end|stop|finish|quit|wrap up|terminate|conclude|exit)(?: (?:the|this|our) (?:interview|session|call|practice))?(?: (?:here|now|early|for today|please))*`,
  ],
  [
    'end',
    String.raw`(?:i'm|i am) done (?:for today|with (?:the|this) interview|here)|that's (?:all|enough) for (?:today|now)|end (?:the )?interview`,
  ],
  [
    'repeat',
    String.raw`(?:can|could|would|will) you (?:please )?(?:repeat|say|read|restate) (?:that|the question|it|this|the last (?:question|part)|what you said)(?: (?:again|one more time|once more))?`,
  ],
  [
    'repeat',
    String.raw`repeat(?: (?:that|the question|it|this|yourself))?(?: (?:again|one more time|once more))?|say (?:that|it) again|come again|pardon(?: me)?|what (?:was|is) the question(?: again)?|(?:i )?(?:didn't|did not|couldn't|could not) (?:catch|hear|get) (?:that|the question|it|what you said)|(?:can|could|may) i (?:hear|see|get) (?:that|the question|it) again|one more time`,
  ],
  [
    'clarify',
    String.raw`what do you mean(?: by (?:that|this|it|[\p{L}\p{N}' -]{1,40}))?|(?:can|could|would) you (?:please )?(?:clarify|explain|rephrase|elaborate(?: on)?)(?: (?:that|the question|what you mean|it|this|a bit|a little|more|further))*`,
  ],
  [
    'clarify',
    String.raw`(?:i )?(?:don't|do not) (?:understand|get)(?: (?:the|this|that|your) question| what you mean| it| that)?|i'm not sure (?:what|i understand) (?:you're asking|you are asking|you mean|the question(?: is)?)|what (?:exactly )?(?:are you asking(?: for)?|is the question asking|should i (?:focus on|talk about))|clarify|rephrase(?: (?:that|the question))?`,
  ],
  [
    'hint',
    String.raw`(?:can|could|may) i (?:get|have|please have) (?:a|another|one more|some) (?:hint|clue|nudge|pointer|tip)s?|(?:any|a|another|one more) (?:hint|clue|nudge|tip)s?|(?:give|send) me (?:a|another|some) (?:hint|clue|nudge|tip)s?|(?:i )?(?:need|want|would like|'d like) (?:a|another|some) (?:hint|clue|help|nudge)s?|hint|(?:i'm|i am) (?:a bit |kind of |a little |really )?stuck|help(?: me)?|(?:can|could) you help(?: me)?(?: (?:a bit|a little|out))?|where (?:should|do) i (?:start|begin)`,
  ],
  [
    'skip',
    String.raw`(?:let's |lets |can we |could we |i'd like to |i want to |i would like to )?(?:skip|pass on|pass)(?: (?:this|that|it|this one|that one|this question|the question))?|(?:let's |lets |can we |could we )?(?:move on|go to the next(?: one| question)?|next question|next one|next)`,
  ],
  [
    'dont_know',
    String.raw`(?:i )?(?:don't|do not|dont) know(?: (?:the answer|how to (?:do|solve|answer) (?:this|that|it)|this one|this))?|(?:i have )?no (?:idea|clue)|i (?:give up|can't do this|cannot do this|can't answer (?:this|that)|cannot answer (?:this|that))|(?:i'm |i am )?not sure(?: (?:how to (?:answer|do|solve) (?:this|that|it)|about this one))?|(?:i )?(?:don't|do not) remember|(?:i )?(?:haven't|have not) (?:done|seen|learned) (?:this|that)(?: before)?|(?:i )?(?:don't|do not) have (?:an? )?(?:example|story|answer|experience)(?: (?:for|like) (?:this|that))?`,
  ],
];

const FULL_MATCHERS = CORES.map(
  ([kind, core]) => [kind, new RegExp(`^${PREFIX}(?:${core})${SUFFIX}$`, 'u')] as const,
);

const ASSUMPTION = new RegExp(
  String.raw`^${PREFIX}(?:(?:can|could|may|should|do) (?:i|we) assume\b|is it (?:ok|okay|fine|safe) (?:to|if i) assume\b|(?:is|are) the (?:input|inputs|array|list|string|strings|numbers|values|keys|elements|data|graph|tree) (?:always |guaranteed to be )?(?:sorted|unique|distinct|positive|non-empty|valid|ascii|integers|small|bounded|connected|balanced)\b)`,
  'u',
);
const MAX_ASSUMPTION_WORDS = 40;

/** Lowercase words, apostrophes unified, punctuation dropped: how the patterns read a message. */
function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/gu, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function detectIntent(message: string): CandidateIntent | null {
  const span = trimSpan(message, 0, message.length);
  if (span === null) {
    return null;
  }
  const normalized = normalize(message);
  const matched = FULL_MATCHERS.find(([, pattern]) => pattern.test(normalized));
  if (matched !== undefined) {
    return { kind: matched[0], span };
  }
  const isShortQuestion = normalized.split(' ').length <= MAX_ASSUMPTION_WORDS;
  return isShortQuestion && ASSUMPTION.test(normalized) ? { kind: 'assumption', span } : null;
}
