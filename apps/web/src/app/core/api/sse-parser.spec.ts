import { SseParser, toTurnEvent } from './sse-parser';

const done = {
  type: 'done',
  candidate_message: null,
  interviewer_message: {
    id: 'm2',
    seq: 2,
    role: 'interviewer',
    kind: 'follow_up',
    content: 'Why?',
    question_id: null,
    created_at: '',
  },
  phase: 'questions',
  progress: {},
  decision: {},
};

describe('SseParser', () => {
  it('should parse events split across chunks at any point', () => {
    const stream =
      'event: token\ndata: {"type":"token","text":"Hello "}\n\n' +
      'event: token\ndata: {"type":"token","text":"there"}\n\n' +
      `event: done\ndata: ${JSON.stringify(done)}\n\n`;
    for (let size = 1; size <= 7; size++) {
      const parser = new SseParser();
      const messages = [];
      for (let i = 0; i < stream.length; i += size) {
        messages.push(...parser.push(stream.slice(i, i + size)));
      }
      expect(messages.map((m) => m.event)).toEqual(['token', 'token', 'done']);
      expect(JSON.parse(messages[1].data)).toEqual({ type: 'token', text: 'there' });
    }
  });

  it('should accept CRLF and CR line ends, comments and multi-line data', () => {
    const parser = new SseParser();
    const messages = [
      ...parser.push(': keep-alive\r\n\r\nevent: replace\r\ndata: line one\r'),
      ...parser.push('\ndata: line two\r\n\r\n'),
      // A trailing CR may be half of a CRLF: the blank line counts once more text arrives.
      ...parser.push('data: unnamed\r\r'),
      ...parser.push('event: next'),
    ];
    expect(messages).toEqual([
      { event: 'replace', data: 'line one\nline two' },
      { event: 'message', data: 'unnamed' },
    ]);
  });

  it('should drop an event the stream never closed', () => {
    const parser = new SseParser();
    expect(parser.push('event: token\ndata: {"type":"token","text":"cut"}\n')).toEqual([]);
    expect(parser.end()).toEqual([]);
  });
});

describe('toTurnEvent', () => {
  it('should read token, replace, done and error events', () => {
    expect(toTurnEvent({ event: 'token', data: '{"type":"token","text":"Hi"}' })).toEqual({
      type: 'token',
      text: 'Hi',
    });
    expect(toTurnEvent({ event: 'replace', data: '{"text":"Whole reply"}' })).toEqual({
      type: 'replace',
      text: 'Whole reply',
    });
    expect(toTurnEvent({ event: 'done', data: JSON.stringify(done) })?.type).toBe('done');
    expect(
      toTurnEvent({
        event: 'error',
        data: '{"type":"error","statusCode":409,"message":"Finished"}',
      }),
    ).toEqual({
      type: 'error',
      statusCode: 409,
      message: 'Finished',
    });
  });

  it('should ignore what it does not understand', () => {
    expect(toTurnEvent({ event: 'token', data: 'not json' })).toBeNull();
    expect(toTurnEvent({ event: 'ping', data: '{"type":"ping"}' })).toBeNull();
    expect(toTurnEvent({ event: 'token', data: '{"type":"token"}' })).toBeNull();
  });
});
