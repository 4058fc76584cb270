import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { TurnResponse } from '@interview-prep/contracts';
import { randomUUID } from 'node:crypto';
import request from 'supertest';

/** A candidate in an interview over HTTP: create, start, answer, finalize. */
export class InterviewDriver {
  constructor(
    private readonly app: NestFastifyApplication,
    private readonly auth: { Authorization: string },
  ) {}

  http() {
    return request(this.app.getHttpServer());
  }

  async create(body: Record<string, unknown> = {}): Promise<string> {
    const response = await this.http()
      .post('/api/v1/sessions')
      .set(this.auth)
      .send({ track: 'swe_intern', company: 'google', difficulty: 'easy', ...body })
      .expect(201);
    return response.body.id as string;
  }

  async start(sessionId: string): Promise<TurnResponse> {
    const response = await this.http()
      .post(`/api/v1/sessions/${sessionId}/start`)
      .set(this.auth)
      .expect(200);
    return response.body as TurnResponse;
  }

  async say(
    sessionId: string,
    content: string,
    clientMessageId = randomUUID(),
  ): Promise<TurnResponse> {
    const response = await this.http()
      .post(`/api/v1/sessions/${sessionId}/message`)
      .set(this.auth)
      .send({ content, client_message_id: clientMessageId })
      .expect(200);
    return response.body as TurnResponse;
  }

  /** Answers until the interview is over, giving each question `answer(prompt)`. */
  async answerAll(
    sessionId: string,
    answer: (interviewerSaid: string) => string,
    maxTurns = 60,
  ): Promise<TurnResponse[]> {
    const turns: TurnResponse[] = [];
    let last = await this.say(sessionId, "I'm doing well, thanks for asking! Excited to be here.");
    turns.push(last);
    while (last.phase !== 'finished' && turns.length < maxTurns) {
      last = await this.say(sessionId, answer(last.interviewer_message.content));
      turns.push(last);
    }
    return turns;
  }

  async finalize(sessionId: string) {
    return this.http().post(`/api/v1/sessions/${sessionId}/finalize`).set(this.auth).expect(200);
  }
}

export const STRONG_TECHNICAL_ANSWER =
  'I would first clarify the input size and edge cases such as an empty input, a single element and duplicates. ' +
  'Then I would use a hash map to store what I have seen, walking the input once, so the time complexity is O(n) ' +
  'and the space complexity is O(n). The trade-off is memory for speed; sorting first would be O(n log n) with O(1) ' +
  'extra space. I would test it with an empty list, one item, duplicates and a large input.';

export const STAR_ANSWER =
  'In my internship last summer our team had a release deadline in two weeks (situation). I was responsible for the ' +
  'payment retry feature (task). I broke the work into daily milestones, paired with a senior engineer on the hardest ' +
  'part and wrote integration tests first (action). We shipped two days early and failed payments dropped by 30 percent ' +
  '(result). I learned to ask for help earlier.';
