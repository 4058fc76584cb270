import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { authHeader, registerVerifiedUser } from './support/auth';
import { createTestApp, resetDatabase } from './support/test-app';

describe('The questions API', () => {
  let app: NestFastifyApplication;
  let auth: { Authorization: string };

  beforeAll(async () => {
    await resetDatabase();
    app = await createTestApp();
    auth = authHeader((await registerVerifiedUser(app)).token);
  });

  afterAll(async () => {
    await app.close();
  });

  const get = (path: string) => request(app.getHttpServer()).get(`/api/v1${path}`).set(auth);

  it('should require a bearer token', async () => {
    const response = await request(app.getHttpServer()).get('/api/v1/questions').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('should list questions a page at a time with the total', async () => {
    const response = await get('/questions?page=2&page_size=5').expect(200);
    expect(response.body).toMatchObject({ page: 2, page_size: 5 });
    expect(response.body.items).toHaveLength(5);
    expect(response.body.total).toBeGreaterThan(100);
  });

  it('should filter by track, company, difficulty, type and tag together', async () => {
    const response = await get(
      '/questions?track=swe_engineer&company=google&difficulty=hard&type=system_design&page_size=100',
    ).expect(200);
    expect(response.body.items.length).toBeGreaterThanOrEqual(3);
    for (const item of response.body.items) {
      expect(item).toMatchObject({
        track: 'swe_engineer',
        company: 'google',
        difficulty: 'hard',
        question_type: 'system_design',
      });
    }
    const tagged = await get('/questions?tag=graphs&page_size=100').expect(200);
    expect(tagged.body.items.length).toBeGreaterThan(0);
    expect(
      tagged.body.items.every((item: { tags: string[] }) => item.tags.includes('graphs')),
    ).toBe(true);
  });

  it('should search the title and prompt, treating LIKE wildcards literally', async () => {
    const found = await get('/questions?q=linked%20list&page_size=100').expect(200);
    expect(found.body.total).toBeGreaterThan(0);
    const wildcard = await get('/questions?q=%25%25%25').expect(200);
    expect(wildcard.body.total).toBe(0);
  });

  it.each([
    ['track=swe_wizard', 'track must be one of: swe_intern, swe_engineer, behavioral'],
    ['difficulty=insane', 'difficulty must be one of: easy, medium, hard'],
    ['page=0', 'page must not be less than 1'],
    ['page_size=101', 'page_size must not be greater than 100'],
    ['tag=Not%20A%20Tag', 'tag must match /^[a-z0-9-]+$/ regular expression'],
    ['sort=title', 'property sort should not exist'],
  ])('should answer a bad filter (%s) with 400 and a clear message', async (query, message) => {
    const response = await get(`/questions?${query}`).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request', message });
  });

  it('should show one question without key points, hints or reference answer', async () => {
    const list = await get('/questions?track=behavioral&company=amazon&page_size=1').expect(200);
    const response = await get(`/questions/${list.body.items[0].id}`).expect(200);
    expect(response.body.prompt).not.toContain('{company}');
    expect(response.body).not.toHaveProperty('key_points');
    expect(response.body).not.toHaveProperty('reference_answer');
    expect(response.body).not.toHaveProperty('hints');
  });

  it('should answer an unknown id with 404 in the error shape', async () => {
    const response = await get('/questions/no.such.question').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Question not found',
    });
  });

  it('should answer an id with a NUL character with 400, not a database error', async () => {
    const response = await get('/questions/%00abc').expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
  });

  it('should report coverage with no empty cell and counts per tag', async () => {
    const response = await get('/questions/coverage').expect(200);
    expect(response.body.empty_cells).toEqual([]);
    expect(response.body.total).toBeGreaterThanOrEqual(600);
    const graphs = response.body.by_tag.find((t: { tag: string }) => t.tag === 'graphs');
    expect(graphs).toMatchObject({ kind: 'technical' });
    expect(graphs.count).toBeGreaterThan(0);
  });

  it('should list the tag vocabulary with counts', async () => {
    const response = await get('/questions/tags').expect(200);
    expect(response.body).toContainEqual(
      expect.objectContaining({ tag: 'behavioral', kind: 'behavioral' }),
    );
  });
});
