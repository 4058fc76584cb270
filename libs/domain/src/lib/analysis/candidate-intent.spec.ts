import { detectIntent, type IntentKind } from './candidate-intent';

describe('detectIntent', () => {
  it.each<[string, IntentKind]>([
    ['Could you repeat the question?', 'repeat'],
    ['Sorry, I didn’t catch that.', 'repeat'],
    ['What do you mean by stable?', 'clarify'],
    ['Can you rephrase that please', 'clarify'],
    ['Can I assume the array fits in memory?', 'assumption'],
    ['Is the input always sorted?', 'assumption'],
    ['Can I get a hint?', 'hint'],
    ["I'm stuck", 'hint'],
    ["Let's skip this one.", 'skip'],
    ['next question please', 'skip'],
    ["I don't know", 'dont_know'],
    ['Honestly, no idea.', 'dont_know'],
    ["I don't have an example for that", 'dont_know'],
    ["Let's end the interview here.", 'end'],
    ['stop', 'end'],
  ])('should read "%s" as %s', (message, kind) => {
    expect(detectIntent(message)?.kind).toBe(kind);
  });

  it.each([
    'Skip non-alphanumeric characters from both ends, then compare.',
    "I don't know if this is optimal, but I would sort the array first and then scan it.",
    'Next, I would push each opening bracket onto a stack.',
    "I'm done: the stack is empty at the end so it's balanced.",
    'Help desk tickets went down by 30% after the change.',
  ])('should read "%s" as an answer', (message) => {
    expect(detectIntent(message)).toBeNull();
  });

  it('should point its span at the trimmed message', () => {
    const message = '  Can I get a hint?  ';
    const intent = detectIntent(message);
    expect(intent?.span).toEqual({ start: 2, end: 19, text: 'Can I get a hint?' });
  });
});
