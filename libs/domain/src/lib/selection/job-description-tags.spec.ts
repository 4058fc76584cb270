import { tagsFromJobDescription } from './job-description-tags';

describe('tagsFromJobDescription', () => {
  it('should find the tags a posting points at', () => {
    const tags = tagsFromJobDescription(
      'Backend engineer: Kafka, PostgreSQL and Redis at scale; you will mentor interns and own features end-to-end.',
    );
    expect(tags).toEqual(
      expect.arrayContaining([
        'databases',
        'sql',
        'caching',
        'messaging',
        'scalability',
        'mentoring',
        'ownership',
      ]),
    );
  });

  it('should match whole words only', () => {
    expect(tagsFromJobDescription('We apiculture enthusiasts restore old hives.')).toEqual([]);
  });

  it('should match in any case, beside punctuation but not beside letters of any script', () => {
    expect(tagsFromJobDescription('KAFKA; C++ (daily).')).toEqual([
      'messaging',
      'memory-management',
    ]);
    expect(tagsFromJobDescription('éapi, apié, 数据库api, 𝒜api')).toEqual([]);
  });

  it('should find nothing in an empty description', () => {
    expect(tagsFromJobDescription('')).toEqual([]);
  });
});
