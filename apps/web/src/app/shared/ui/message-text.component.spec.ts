import { toBlocks } from './message-text.component';

describe('toBlocks', () => {
  it('should split fenced code from the text around it', () => {
    expect(toBlocks('Fix this:\n```python\ndef f():\n    return 1\n```\nWhat breaks?')).toEqual([
      { code: false, text: 'Fix this:' },
      { code: true, text: 'def f():\n    return 1' },
      { code: false, text: 'What breaks?' },
    ]);
  });

  it('should leave text without fences as one block', () => {
    expect(toBlocks('Tell me about a time you disagreed.')).toEqual([
      { code: false, text: 'Tell me about a time you disagreed.' },
    ]);
  });
});
