import type { QuestionKind } from '@interview-prep/contracts';

/*
 * Words any on-topic answer of a kind may use even when the question never says them. They
 * count toward relevance, so an answer in the interview's register is not taken for off-topic.
 */
const TECHNICAL_WORDS = `algorithm approach array list string integer number value element index pointer loop
  iterate recursion recursive function method class object interface variable return input output
  data structure tree node graph edge vertex hash map set stack queue heap sort search insert delete
  lookup key count sum length size memory space time complexity constant linear logarithmic
  quadratic cache database table query index server client request response service api thread lock
  process latency throughput scale load traffic store storage write read update error exception bug
  test case example worst average best optimal brute force efficient performance design system
  component layer shard replica queue message event consistency availability partition network
  code compile runtime bit byte character word left right start end middle first last previous
  next prefix suffix window interval range boundary condition check compare match swap merge split
  true false null empty edge duplicate`;

const BEHAVIORAL_WORDS = `team teammate colleague manager mentor lead leader project work job role company startup
  internship intern customer user client seller stakeholder partner deadline sprint release launch
  product feature roadmap plan goal priority decision problem issue challenge conflict disagreement
  feedback review meeting call discussion conversation communicate explain listen told asked agreed
  proposed suggested learn lesson mistake failure success result outcome impact improve deliver
  ship build built wrote fixed tested engineer engineering code review design doc document report
  presentation demo slides time week month quarter day morning evening weekend situation task action
  help support trust responsibility ownership initiative data metric analytics usage survey ticket
  process change people organization group class course semester exam assignment professor school
  university study capstone club experience skill career growth schedule calendar estimate scope
  requirement bug incident outage migration database api service test deploy production pull
  request commit merge team's manager's concern worry reason proposal experiment compromise effort
  pressure stress workload clear clearer better faster simpler quality standard bar expectation`;

function words(list: string): readonly string[] {
  return list.split(/\s+/u).filter((word) => word.length > 0);
}

export const KIND_LEXICON: Readonly<Record<QuestionKind, readonly string[]>> = {
  technical: words(TECHNICAL_WORDS),
  behavioral: words(BEHAVIORAL_WORDS),
};
