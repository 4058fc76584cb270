import type { TurnStreamEvent } from '@interview-prep/contracts';

/** One server-sent event: its name (`message` when unnamed) and its data lines joined. */
export interface SseMessage {
  readonly event: string;
  readonly data: string;
}

/**
 * An incremental text/event-stream parser (the WHATWG rules that matter here): feed it chunks as
 * they arrive, in any split, and get the complete events back.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];

  push(chunk: string): SseMessage[] {
    this.buffer += chunk;
    const messages: SseMessage[] = [];
    // A line ends with \n, \r\n or \r; a trailing \r may be the first half of \r\n, so wait.
    const linePattern = /\r\n|\n|\r(?!$)/;
    let match = linePattern.exec(this.buffer);
    while (match !== null) {
      const line = this.buffer.slice(0, match.index);
      this.buffer = this.buffer.slice(match.index + match[0].length);
      const message = this.line(line);
      if (message) {
        messages.push(message);
      }
      match = linePattern.exec(this.buffer);
    }
    return messages;
  }

  /** The stream ended: an event not closed by a blank line is dropped, as browsers do. */
  end(): SseMessage[] {
    this.buffer = '';
    this.event = '';
    this.data = [];
    return [];
  }

  private line(line: string): SseMessage | null {
    if (line === '') {
      if (this.data.length === 0) {
        this.event = '';
        return null;
      }
      const message = { event: this.event || 'message', data: this.data.join('\n') };
      this.event = '';
      this.data = [];
      return message;
    }
    if (line.startsWith(':')) {
      return null;
    }
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'event') {
      this.event = value;
    } else if (field === 'data') {
      this.data.push(value);
    }
    return null;
  }
}

/** The turn event carried by a message, or null for anything this client does not know. */
export function toTurnEvent(message: SseMessage): TurnStreamEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(message.data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) {
    return null;
  }
  const type = (value as { type?: unknown }).type ?? message.event;
  switch (type) {
    case 'token':
    case 'replace':
      return typeof (value as { text?: unknown }).text === 'string'
        ? ({ ...value, type } as TurnStreamEvent)
        : null;
    case 'done':
      return 'interviewer_message' in value ? ({ ...value, type } as TurnStreamEvent) : null;
    case 'error':
      return { ...value, type } as TurnStreamEvent;
    default:
      return null;
  }
}
