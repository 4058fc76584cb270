import { COMPANY_DISPLAY_NAMES } from '@interview-prep/contracts';
import type { InterviewerPersona } from '../prompts/company-personas';

/** What candidates commonly ask at the end, and the interviewer's answer. */
type Topic =
  | 'team'
  | 'day'
  | 'culture'
  | 'growth'
  | 'next_steps'
  | 'feedback'
  | 'tech'
  | 'balance'
  | 'favorite'
  | 'success';

const TOPICS: readonly (readonly [Topic, RegExp])[] = [
  [
    'feedback',
    /\bhow did i do\b|\bhow was (?:my|i)\b|\bmy performance\b|\bany feedback\b|\bfeedback (?:for|on) me\b/i,
  ],
  ['next_steps', /\bnext steps?\b|\bprocess\b|\bhear back\b|\btimeline\b|\bwhen will\b/i],
  ['day', /\bday[- ]to[- ]day\b|\btypical (?:day|week)\b|\bdaily\b/i],
  ['team', /\bteam\b|\bwho (?:would|will) i\b|\bwork with\b/i],
  [
    'growth',
    /\bgrow(?:th)?\b|\blearn(?:ing)?\b|\bmentor(?:ship|ing)?\b|\bcareer\b|\bdevelop(?:ment)?\b|\btraining\b|\bpromot/i,
  ],
  [
    'tech',
    /\btech(?:nology)? stack\b|\btechnolog|\blanguages?\b|\btools?\b|\bstack\b|\binfrastructure\b/i,
  ],
  [
    'balance',
    /\bwork[- ]life\b|\bhours\b|\bremote\b|\bhybrid\b|\bbalance\b|\bon[- ]call\b|\boffice\b/i,
  ],
  ['favorite', /\b(?:like|enjoy|love) (?:most )?(?:about|working)\b|\bfavou?rite\b|\bbest part\b/i],
  [
    'success',
    /\bsuccess\b|\bfirst (?:90|ninety|few) (?:days|months)\b|\bexpectations?\b|\bexpect(?:ed)? of\b/i,
  ],
  ['culture', /\bculture\b|\benvironment\b|\bvalues\b|\bwhat is it like\b|\bwhat's it like\b/i],
];

const DECLINE =
  /^(?:no|nope|nah|not really|none|nothing|i'?m good|i am good|all good|that'?s (?:all|it)|i think that'?s it|no questions?|no,? thanks?|no thank you|not (?:at the moment|right now|for now)|i don'?t have any(?: questions)?|thanks?|thank you)\b/i;

/** Whether the candidate declines to ask anything ("No, thanks!"); a question mark means they ask. */
export function declinesToAsk(message: string): boolean {
  return !message.includes('?') && DECLINE.test(message.trim());
}

export function answerCandidateQuestion(message: string, persona: InterviewerPersona): string {
  const topic = TOPICS.find(([, pattern]) => pattern.test(message))?.[0] ?? null;
  const company = COMPANY_DISPLAY_NAMES[persona.company];
  switch (topic) {
    case 'feedback':
      return "I'll keep my notes for the report: as soon as we finish you'll see scores for each area, your strengths, and what to practise next.";
    case 'next_steps':
      return "After this you'll get a written report with scores and feedback. In a real loop, the recruiter would usually follow up within a week or so.";
    case 'day':
      return 'A typical day mixes focused coding time, code reviews and a short sync with the team. Most weeks also include a design discussion or two.';
    case 'team':
      return "You'd join a small team of engineers working closely with product and design, and you'd pair with a senior engineer on your first projects.";
    case 'growth':
      return 'Growth gets real attention: every new engineer has a mentor, feedback is regular rather than once a year, and people move between projects to broaden their skills.';
    case 'tech':
      return 'It varies by team, but expect modern cloud infrastructure, code review on every change, and a strong testing culture.';
    case 'balance':
      return 'Most teams are flexible about hours and location. Where there is on-call, it is shared across the team and well supported.';
    case 'favorite':
      return `Honestly, the people. At ${company} I get to work with engineers who care about doing things well, and the problems are genuinely interesting.`;
    case 'success':
      return 'In the first few months, success looks like ramping up on the codebase, shipping a few well-tested changes, and asking lots of questions.';
    case 'culture':
      return persona.culture;
    case null:
      return "That's a great question. I'd rather not give you a half answer: it's one to raise with the recruiter or hiring manager, who'll know the specifics.";
  }
}
