import type { QuestionTag } from '@interview-prep/contracts';

/**
 * Words in a job description that point at a tag of the bank, so a pasted posting for "Kafka and
 * Postgres at scale" leans the interview toward messaging, databases and scalability.
 */
const TAG_KEYWORDS: Readonly<Partial<Record<QuestionTag, readonly string[]>>> = {
  databases: [
    'database',
    'databases',
    'postgres',
    'postgresql',
    'mysql',
    'mongodb',
    'dynamodb',
    'cassandra',
    'oracle',
    'rdbms',
    'nosql',
  ],
  sql: ['sql', 'postgres', 'postgresql', 'mysql', 'queries', 'query optimization'],
  caching: ['cache', 'caching', 'redis', 'memcached', 'cdn'],
  'distributed-systems': [
    'distributed',
    'microservices',
    'consensus',
    'replication',
    'eventual consistency',
  ],
  'system-design': [
    'system design',
    'architecture',
    'architect',
    'large-scale systems',
    'backend systems',
  ],
  scalability: [
    'scale',
    'scalable',
    'scalability',
    'high traffic',
    'high-throughput',
    'millions of users',
  ],
  concurrency: [
    'concurrency',
    'concurrent',
    'multithreading',
    'multi-threaded',
    'threads',
    'parallel',
    'async',
  ],
  'api-design': ['api', 'apis', 'rest', 'restful', 'graphql', 'grpc', 'endpoints'],
  testing: ['testing', 'tdd', 'unit tests', 'test automation', 'automated tests', 'qa'],
  security: ['security', 'authentication', 'authorization', 'oauth', 'encryption', 'owasp'],
  networking: ['networking', 'tcp', 'http', 'dns', 'protocols', 'load balancing'],
  'operating-systems': ['linux', 'unix', 'kernel', 'operating systems'],
  messaging: [
    'kafka',
    'rabbitmq',
    'sqs',
    'pub/sub',
    'pubsub',
    'messaging',
    'event-driven',
    'queues',
  ],
  observability: [
    'monitoring',
    'observability',
    'logging',
    'tracing',
    'prometheus',
    'grafana',
    'datadog',
  ],
  reliability: ['reliability', 'sre', 'on-call', 'availability', 'incident', 'resilience'],
  performance: ['performance', 'latency', 'optimization', 'optimisation', 'profiling'],
  oop: ['object-oriented', 'object oriented', 'oop'],
  'design-patterns': ['design patterns'],
  'data-modeling': ['data modeling', 'data modelling', 'schema design', 'data model'],
  'memory-management': ['memory management', 'garbage collection', 'c++', 'rust'],
  'code-quality': [
    'code review',
    'code reviews',
    'clean code',
    'code quality',
    'refactoring',
    'maintainable',
  ],
  debugging: ['debugging', 'troubleshooting', 'root cause'],
  leadership: ['leadership', 'lead engineers', 'tech lead', 'technical leadership'],
  mentoring: ['mentor', 'mentoring', 'mentorship', 'coach'],
  'customer-focus': ['customer', 'customers', 'user-facing', 'customer-obsessed'],
  collaboration: ['cross-functional', 'collaborate', 'collaboration', 'teamwork', 'partner with'],
  ambiguity: ['ambiguity', 'ambiguous', 'undefined problems'],
  ownership: ['ownership', 'end-to-end', 'end to end', 'own features'],
  speed: ['fast-paced', 'move fast', 'startup pace'],
  communication: ['communication skills', 'communicate clearly', 'written communication'],
};

function keywordPattern(keyword: string): RegExp {
  const escaped = keyword.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu');
}

const TAG_PATTERNS = Object.entries(TAG_KEYWORDS).map(([tag, keywords]) => ({
  tag: tag as QuestionTag,
  patterns: (keywords ?? []).map(keywordPattern),
}));

/** The bank tags a job description points at, each once, in a fixed order. */
export function tagsFromJobDescription(text: string): QuestionTag[] {
  return TAG_PATTERNS.filter(({ patterns }) => patterns.some((pattern) => pattern.test(text))).map(
    ({ tag }) => tag,
  );
}
