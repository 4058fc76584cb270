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

const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

/** Whether `keyword` stands in the (lowercased) text as a whole word, not inside another. */
function containsWord(text: string, keyword: string): boolean {
  for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) {
    const end = at + keyword.length;
    // Two code units either side: a letter outside the BMP is a surrogate pair.
    if (
      !LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
      !LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2))
    ) {
      return true;
    }
  }
  return false;
}

const TAGS = Object.entries(TAG_KEYWORDS) as [QuestionTag, readonly string[]][];

/**
 * The bank tags a job description points at, each once, in a fixed order. A plain search for each
 * keyword: a case-insensitive Unicode pattern per keyword cost V8 about 120 ms to compile, at the
 * first two session starts of every process.
 */
export function tagsFromJobDescription(text: string): QuestionTag[] {
  const lowered = text.toLowerCase();
  return TAGS.filter(([, keywords]) =>
    keywords.some((keyword) => containsWord(lowered, keyword)),
  ).map(([tag]) => tag);
}
