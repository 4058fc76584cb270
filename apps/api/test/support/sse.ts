import type { TurnResponse, TurnStreamEvent } from '@interview-prep/contracts';

/** The JSON events of a text/event-stream body, in order. */
export function parseEvents(body: string): TurnStreamEvent[] {
  return body
    .trim()
    .split('\n\n')
    .map((block) => {
      const data = block.split('\n').find((line) => line.startsWith('data: '));
      if (data === undefined) {
        throw new Error(`An event without data: ${block}`);
      }
      return JSON.parse(data.slice('data: '.length)) as TurnStreamEvent;
    });
}

/** The final `done` event, which carries the stored turn. */
export function finalTurn(events: readonly TurnStreamEvent[]): TurnResponse {
  const done = events.at(-1);
  if (done?.type !== 'done') {
    throw new Error(`The stream did not end with done: ${JSON.stringify(done)}`);
  }
  return done;
}
