import type { Cue } from './text-signals';

/*
 * What a behavioral story shows: the STAR parts (situation, task, action, result), a measurable
 * outcome, reflection, and the people side. English cue words, matched on the story's text.
 */

export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

export type BehavioralCue =
  | StarPart
  | 'measurable'
  | 'reflection'
  | 'communication'
  | 'listening'
  | 'data'
  | 'trade_off'
  | 'setback'
  | 'initiative';

/** Past-tense verbs that are not "-ed", for "I built", "I wrote"... */
const IRREGULAR_PAST =
  'built|wrote|rewrote|took|made|ran|led|spoke|met|set|sat|broke|split|read|dug|brought|went|did|sent|began|chose|drove|found|told|kept|gave|put|understood|held|sought|taught|caught|drew|grew|knew|won|stood|left|felt|heard|paid|spent|came|saw|said|thought|got|let';

/** Counted things that make an outcome measurable: "2 hours", "three days", "40 users". */
const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|a hundred|hundreds of|thousands of|a dozen|dozens of';
const UNITS = String.raw`(?:hours?|days?|weeks?|months?|minutes?|mins?|seconds?|ms|users?|customers?|tickets?|requests?|people|engineers?|points?|dollars?|k|bugs?|incidents?|pages?|sellers?|teams?|stars?|downloads?|releases?|sessions?)\b`;

export const BEHAVIORAL_CUES: readonly Cue<BehavioralCue>[] = [
  {
    label: 'situation',
    pattern:
      /\b(?:when|while) (?:I|we) (?:was|were)\b|\bat my (?:last|previous|current|first) (?:job|role|team|company|internship)\b|\bduring (?:my|an?|the|our) (?:internship|project|semester|sprint|launch|migration|course|capstone|first)\b|\b(?:last|this|that) (?:year|summer|semester|quarter|spring|fall|autumn|winter|month)\b|\bin my (?:previous|last|current|first|second) (?:role|job|team|internship|company|position|year)\b|\b(?:our|my) team (?:was|had|owned|ran)\b|\bwe were (?:building|working|launching|migrating|preparing|running|about to)\b|\bI was (?:working|interning|leading|on a|on the|part of|a (?:junior|new|senior))\b|\bthe (?:project|context|situation|background|setup) was\b|\b(?:a few|two|three|several) (?:years|months|weeks) ago\b|\bat (?:a|my) (?:startup|company|internship|previous job)\b|\bin (?:my|our) (?:capstone|club|course|class|lab)\b/gi,
  },
  {
    label: 'task',
    pattern:
      /\bmy (?:role|task|job|responsibility|goal|assignment) was\b|\bI was (?:responsible|tasked|asked|assigned|in charge|the one)\b|\bI (?:needed|had) to\b|\bwe (?:needed|had) to\b|\bthe (?:goal|challenge|problem|task|objective|ask) was\b|\bit was (?:up to me|my job)\b|\bmy part was\b/gi,
  },
  {
    label: 'action',
    pattern: new RegExp(
      String.raw`\bI\s+(?:(?:then|also|first|quickly|immediately|personally|eventually|finally|actually)\s+)?(?:[a-z]+ed|${IRREGULAR_PAST})\b`,
      'gi',
    ),
  },
  {
    label: 'result',
    pattern:
      /\bas a result\b|\bin the end\b|\bultimately\b|\beventually\b|\bthe (?:result|outcome|impact) was\b|\bresult(?:ed|s)? in\b|\bended up\b|\b(?:which|this|that) (?:led|meant|reduced|increased|improved|cut|saved|helped|lowered|raised)\b|\b(?:we|I|the team) (?:shipped|launched|delivered|released|hit|met|finished|reduced|cut|saved|improved|increased|lowered|raised|doubled|halved)\b|\b(?:reduced|increased|improved|dropped|doubled|halved|tripled) (?:by|from|to)\b|\b(?:went|fell|rose) from\b|\bwhich (?:[a-z]+ed)\b|\b(?:worked out|paid off|went well|got done)\b|\bit worked\b|\bon (?:time|schedule)\b|\bahead of schedule\b|\b(?:passed|succeeded)\b|\bgot (?:an? )?(?:A|promotion|offer)\b/gi,
  },
  {
    label: 'measurable',
    pattern: new RegExp(
      String.raw`\b(?:\d+(?:[.,]\d+)?|${NUMBER_WORDS})\s*(?:%|percent\b|x\b|times (?:faster|more|fewer|less)|${UNITS})|\$\s?\d[\d,.]*\s*(?:k|m|million)?|\b(?:doubled|halved|tripled|by half|by a third|twice as|half as)\b`,
      'gi',
    ),
  },
  {
    label: 'reflection',
    pattern:
      /\bI (?:learned|learnt|realized|realised|now (?:always|make sure|try)|took away)\b|\b(?:the |my |one |biggest |key |main )?(?:lessons?|takeaways?)\b|\bnext time\b|\bin hindsight\b|\blooking back\b|\bin retrospect\b|\bI would (?:have|do|now|probably|also)\b|\bI'd (?:have|do)\b|\bif I (?:did|had to do|were to do|could do) (?:it|this|that) again\b|\btaught me\b|\bsince then\b|\bfrom then on\b|\b(?:now|these days) I\b|\b(?:do|done) (?:it |things |this )?differently\b/gi,
  },
  {
    label: 'communication',
    pattern:
      /\b(?:talked|spoke|met|explained|told|informed|updated|shared|presented|emailed|messaged|called|discussed|aligned|synced|escalated|flagged|raised|wrote (?:a|up|down)|walked (?:them|him|her|the team) through|set up (?:a|weekly|daily) (?:meeting|sync|call|check-?in))\b/gi,
  },
  {
    label: 'listening',
    pattern:
      /\blisten(?:ed|ing)?\b|\b(?:understand|understood) (?:their|his|her|the other|why)\b|\b(?:their|his|her) (?:perspective|point of view|concerns?|reasoning|side|constraints)\b|\bempath(?:y|ize|ise|ized)\b|\basked (?:them|him|her) (?:what|why|how)\b/gi,
  },
  {
    label: 'data',
    pattern:
      /\bdata\b|\bmetrics?\b|\blogs?\b|\bdashboards?\b|\bsurveys?\b|\bA\/B\b|\bexperiments?\b|\bprototype[ds]?\b|\bbenchmark(?:s|ed)?\b|\bprofil(?:ed|ing|er)\b|\bnumbers\b|\busage\b/gi,
  },
  {
    label: 'trade_off',
    pattern:
      /\btrade[- ]?offs?\b|\bcut (?:the )?scope\b|\bde-?scoped?\b|\bprioriti[sz](?:e|ed|ing)\b|\bcompromise\b|\bmiddle ground\b|\boptions?\b|\bpros and cons\b/gi,
  },
  {
    label: 'setback',
    pattern:
      /\bmistakes?\b|\bwent wrong\b|\bfailed\b|\bfailure\b|\bbroke\b|\boutages?\b|\bincidents?\b|\brisks?\b|\bsetbacks?\b|\bblockers?\b|\bdelay(?:ed|s)?\b|\bmissed\b|\bbugs?\b|\bpushback\b|\bpushed back\b/gi,
  },
  {
    label: 'initiative',
    pattern:
      /\bvolunteered\b|\bwithout being asked\b|\bon my own\b|\btook (?:the )?(?:initiative|ownership|responsibility|it on)\b|\bstepped (?:in|up)\b|\bI offered\b|\bI proposed\b/gi,
  },
];

/*
 * A behavioral key point usually names a behavior ("Shares the result and lessons learned"), not
 * words the story will contain. Each pattern reads which cue would show it; the first that
 * applies wins, most specific first. Used with `test()`, so the patterns carry no `g` flag.
 */
export const KEY_POINT_CUES: readonly Cue<BehavioralCue>[] = [
  {
    label: 'measurable',
    pattern: /\bmeasur|\bquantif|\bmetric|\bconcrete (?:result|outcome|impact)|\bnumbers?\b/i,
  },
  {
    label: 'reflection',
    pattern:
      /\blesson|\blearn|\breflect|\bdifferently|\bwould change|\bhabit|\btakeaway|\bnext time|\bprevent|\bgrowth/i,
  },
  {
    label: 'initiative',
    pattern:
      /\binitiative|\bwithout being asked|\bsteps? in\b|\bvolunteer|\bacts like an owner|\bownership/i,
  },
  {
    label: 'action',
    pattern:
      /\bown (?:actions?|contribution|role|part)|\bpersonal(?:ly)?\b|'i'|\bnot 'we'|\bthemselves|\bspecific (?:actions?|steps)|\bfix(?:es)?\b|\bresolv|\bsteps? (?:they|he|she) took/i,
  },
  {
    label: 'result',
    pattern: /\bresult|\boutcome|\bimpact|\bdeliver|\bbenefit|\bsuccess|\bship|\blaunch/i,
  },
  {
    label: 'listening',
    pattern:
      /\blisten|\bperspective|\bempath|\breasoning first|\bconcerns|\bunderstand (?:the other|their|why)/i,
  },
  {
    label: 'communication',
    pattern:
      /\bcommunicat|\btells?\b|\binforms?\b|\bupdates?\b|\bexplains? (?:to|the decision)|\btransparen|\bhonest|\bescalat|\balign/i,
  },
  { label: 'data', pattern: /\bdata\b|\bevidence|\blogs?\b|\breproduc|\bhypothes/i },
  {
    label: 'trade_off',
    pattern: /\btrade-?offs?|\bscope\b|\boptions\b|\bprioriti|\bbalanc|\bcompromise/i,
  },
  { label: 'setback', pattern: /\bmistake|\bsetback|\bfailure|\brisk|\bwent wrong|\bsymptom/i },
  {
    label: 'situation',
    pattern:
      /\bdescribes? the|\bcontext|\bstakes\b|\bconstraint|\bspecific (?:situation|example|project|customer|user)/i,
  },
];
