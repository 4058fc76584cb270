import { SeededRandom } from '../util/seeded-random';
import { type LineKind, LINES } from './interviewer-lines';
import { Voice } from './interviewer-voice';

/** Every slot a line may use; a typo in a template fails here, not in front of a candidate. */
const SLOTS: Readonly<Record<string, string>> = {
  name: 'Alex',
  addressee: ', Alex',
  interviewer: 'Sam',
  role: 'a senior software engineer',
  company: 'Google',
  questions: '7 questions',
  minutes: '45',
  phrase: 'two pointers',
  question: 'What is the complexity?',
  hint: 'Think about both ends.',
  prompt: 'Reverse a list.',
  gist: 'Reverse a list.',
  about: 'the complexity',
};

describe('Voice', () => {
  it('should fill every template of every line with known slots', () => {
    for (const kind of Object.keys(LINES) as LineKind[]) {
      for (let seed = 0; seed < 10; seed += 1) {
        expect(new Voice(new SeededRandom(seed), []).say(kind, SLOTS)).not.toMatch(/[{}]/u);
      }
    }
  });

  it('should fail loudly on a missing slot', () => {
    expect(() => new Voice(new SeededRandom(1), []).say('greeting')).toThrow('Missing slot {name}');
  });

  it('should not repeat a phrasing it used recently while others remain', () => {
    const voice = new Voice(new SeededRandom(3), []);
    const said = LINES.ackStrong.map(() => voice.say('ackStrong'));
    expect(new Set(said).size).toBe(LINES.ackStrong.length);
  });

  it('should remember a bounded number of phrasings', () => {
    const voice = new Voice(new SeededRandom(3), []);
    for (let i = 0; i < 30; i += 1) {
      voice.say('nextQuestion');
    }
    expect(voice.memory()).toHaveLength(12);
  });
});
