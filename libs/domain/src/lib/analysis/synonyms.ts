/**
 * Words and phrases that mean the same thing in an interview answer. Each group is read as one
 * concept, so "hash table" in a key point meets "dictionary" in an answer. Kept conservative: a
 * wrong group gives credit for something the candidate did not say.
 */
export interface SynonymGroup {
  readonly concept: string;
  readonly phrases: readonly string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  // Complexity said in words, or dictated ("o of n").
  { concept: 'o(1)', phrases: ['constant', 'o of 1', 'o of one', 'big o of 1', 'order one'] },
  { concept: 'o(n)', phrases: ['linear', 'linearly', 'o of n', 'big o of n', 'order n'] },
  { concept: 'o(logn)', phrases: ['logarithmic', 'log n', 'o of log n', 'big o of log n'] },
  { concept: 'o(nlogn)', phrases: ['n log n', 'nlogn', 'o of n log n', 'linearithmic'] },
  { concept: 'o(n^2)', phrases: ['quadratic', 'n squared', 'o of n squared'] },
  { concept: 'o(2^n)', phrases: ['exponential', 'exponentially'] },
  { concept: 'space', phrases: ['space', 'memory', 'extra memory', 'auxiliary space'] },
  { concept: 'time', phrases: ['time', 'runtime', 'running time', 'run time'] },
  // Data structures and techniques.
  {
    concept: 'hash_map',
    phrases: [
      'hash map',
      'hashmap',
      'hash table',
      'hashtable',
      'dictionary',
      'dict',
      'map',
      'lookup table',
      'associative array',
      'unordered map',
    ],
  },
  { concept: 'hash_set', phrases: ['hash set', 'hashset', 'set of seen', 'seen set'] },
  { concept: 'heap', phrases: ['heap', 'priority queue', 'min heap', 'max heap', 'heapq'] },
  { concept: 'stack', phrases: ['stack', 'lifo', 'call stack'] },
  { concept: 'queue', phrases: ['queue', 'fifo'] },
  {
    concept: 'two_pointers',
    phrases: [
      'two pointers',
      'two pointer',
      'two indices',
      'two indexes',
      'left and right pointers',
      'left and right index',
      'both ends',
    ],
  },
  { concept: 'bfs', phrases: ['bfs', 'breadth first search', 'breadth first', 'level order'] },
  { concept: 'dfs', phrases: ['dfs', 'depth first search', 'depth first'] },
  {
    concept: 'binary_search',
    phrases: ['binary search', 'bisect', 'bisection', 'halve the search space'],
  },
  {
    concept: 'dynamic_programming',
    phrases: ['dynamic programming', 'dp', 'tabulation', 'bottom up table'],
  },
  {
    concept: 'memo',
    phrases: [
      'memo',
      'memoize',
      'memoise',
      'memoization',
      'memoisation',
      'cache',
      'cached',
      'caching',
    ],
  },
  {
    concept: 'loop',
    phrases: [
      'loop',
      'iterate',
      'iteration',
      'scan',
      'traverse',
      'traversal',
      'walk through',
      'single pass',
    ],
  },
  { concept: 'skip', phrases: ['skip', 'ignore', 'filter out', 'discard'] },
  {
    concept: 'lowercase',
    phrases: [
      'lowercase',
      'lower case',
      'lowercased',
      'case insensitive',
      'case insensitively',
      'ignore case',
      'ignoring case',
      'tolower',
      'to lower',
    ],
  },
  {
    concept: 'alphanumeric',
    phrases: [
      'alphanumeric',
      'alphanumerics',
      'isalnum',
      'alnum',
      'letter or digit',
      'letters and digits',
      'letters or digits',
    ],
  },
  { concept: 'empty', phrases: ['empty', 'blank', 'zero length', 'no elements'] },
  { concept: 'null', phrases: ['null', 'nil', 'undefined', 'nullptr'] },
  { concept: 'duplicate', phrases: ['duplicate', 'duplicates', 'dupe', 'dupes', 'repeated'] },
  { concept: 'overflow', phrases: ['overflow', 'overflows', 'integer overflow', 'wrap around'] },
  {
    concept: 'edge_case',
    phrases: [
      'edge case',
      'edge cases',
      'corner case',
      'corner cases',
      'boundary case',
      'boundary condition',
    ],
  },
  {
    concept: 'trade_off',
    phrases: ['trade off', 'tradeoff', 'trade offs', 'tradeoffs', 'pros and cons'],
  },
  // Systems.
  {
    concept: 'lock',
    phrases: ['lock', 'locks', 'locking', 'mutex', 'mutual exclusion', 'synchronized'],
  },
  {
    concept: 'race_condition',
    phrases: ['race condition', 'race conditions', 'data race', 'race'],
  },
  { concept: 'atomic', phrases: ['atomic', 'atomically', 'compare and swap', 'cas'] },
  {
    concept: 'partition',
    phrases: ['partition', 'partitioning', 'partitioned', 'shard', 'shards', 'sharding', 'sharded'],
  },
  {
    concept: 'replica',
    phrases: ['replica', 'replicas', 'replication', 'replicate', 'replicated'],
  },
  {
    concept: 'message_queue',
    phrases: [
      'message queue',
      'kafka',
      'pubsub',
      'pub sub',
      'message broker',
      'event bus',
      'rabbitmq',
      'sqs',
    ],
  },
  { concept: 'load_balancer', phrases: ['load balancer', 'load balancing', 'load balance'] },
  {
    concept: 'rate_limit',
    phrases: ['rate limit', 'rate limiting', 'rate limiter', 'throttle', 'throttling'],
  },
  { concept: 'latency', phrases: ['latency', 'response time', 'p99', 'p95', 'tail latency'] },
  {
    concept: 'throughput',
    phrases: ['throughput', 'qps', 'rps', 'requests per second', 'queries per second'],
  },
  { concept: 'database', phrases: ['database', 'databases', 'db', 'datastore', 'data store'] },
  { concept: 'index', phrases: ['index', 'indexes', 'indices', 'indexed', 'indexing'] },
  {
    concept: 'idempotent',
    phrases: ['idempotent', 'idempotency', 'idempotence', 'idempotency key'],
  },
  {
    concept: 'retry',
    phrases: ['retry', 'retries', 'retrying', 'backoff', 'back off', 'exponential backoff'],
  },
  {
    concept: 'test',
    phrases: ['test', 'tests', 'testing', 'unit test', 'unit tests', 'test case', 'test cases'],
  },
  // Work and people, for behavioral answers.
  {
    concept: 'customer',
    phrases: ['customer', 'customers', 'user', 'users', 'end user', 'client', 'clients'],
  },
  {
    concept: 'stakeholder',
    phrases: [
      'stakeholder',
      'stakeholders',
      'manager',
      'product manager',
      'pm',
      'tech lead',
      'team lead',
      'director',
      'boss',
      'leadership',
    ],
  },
  {
    concept: 'teammate',
    phrases: [
      'teammate',
      'teammates',
      'colleague',
      'colleagues',
      'coworker',
      'coworkers',
      'co worker',
      'peer',
      'peers',
      'team member',
      'team members',
    ],
  },
  {
    concept: 'disagree',
    phrases: [
      'disagree',
      'disagreed',
      'disagreement',
      'conflict',
      'conflicts',
      'push back',
      'pushback',
      'pushed back',
      'objection',
      'objected',
      'argument',
    ],
  },
  {
    concept: 'metric',
    phrases: ['metric', 'metrics', 'kpi', 'kpis', 'measure', 'measured', 'measurement'],
  },
  {
    concept: 'learn',
    phrases: [
      'learn',
      'learned',
      'learnt',
      'learning',
      'lesson',
      'lessons',
      'takeaway',
      'taught me',
    ],
  },
  { concept: 'feedback', phrases: ['feedback', 'criticism', 'critique', 'critical feedback'] },
  { concept: 'deadline', phrases: ['deadline', 'deadlines', 'due date', 'timeline'] },
  {
    concept: 'prioritize',
    phrases: [
      'prioritize',
      'prioritise',
      'prioritized',
      'prioritised',
      'prioritization',
      'prioritisation',
      'priority',
      'priorities',
      'triage',
    ],
  },
  {
    concept: 'mistake',
    phrases: ['mistake', 'mistakes', 'error', 'slip', 'screwed up', 'messed up'],
  },
  {
    concept: 'mentor',
    phrases: ['mentor', 'mentored', 'mentoring', 'coach', 'coached', 'coaching'],
  },
  {
    concept: 'ship',
    phrases: [
      'ship',
      'shipped',
      'launch',
      'launched',
      'release',
      'released',
      'deploy',
      'deployed',
      'roll out',
      'rolled out',
      'rollout',
    ],
  },
  { concept: 'compromise', phrases: ['compromise', 'middle ground', 'meet halfway'] },
];
