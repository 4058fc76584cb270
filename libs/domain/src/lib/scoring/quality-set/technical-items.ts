import { graded, type QualityItem, qualityQuestion } from './quality-item';

/** Technical questions of the quality set, each with answers graded by the team. */
export const TECHNICAL_ITEMS: readonly QualityItem[] = [
  {
    question: qualityQuestion({
      id: 'quality.palindrome',
      track: 'swe_intern',
      difficulty: 'easy',
      questionType: 'coding',
      title: 'Palindrome ignoring punctuation',
      prompt:
        'Write a function that returns true if a string reads the same forwards and backwards when you ignore case and every character that is not a letter or digit. "Never odd, or even!" is one. Aim for O(1) extra space.',
      tags: ['strings', 'two-pointers'],
      keyPoints: [
        'Two pointers, one at each end, moving toward the middle',
        'Skip characters that are not letters or digits on both sides',
        'Compare the characters in lowercase',
        'O(n) time and O(1) extra space',
        'An empty or punctuation-only string counts as a palindrome',
      ],
      expectedTopics: ['two pointers', 'string processing', 'edge cases'],
    }),
    answers: graded(
      `I'd use two pointers, one starting at the beginning of the string and one at the end. While left is less than right, I move the left pointer forward past any character that isn't a letter or digit, and move the right pointer backward the same way. Then I compare the two characters after lowercasing both; if they differ I return false right away, otherwise I move both pointers inward. If the pointers meet without a mismatch, it's a palindrome.
That handles the edge cases too: an empty string or a string of only punctuation never gets to a comparison, so it returns true, and a single character is trivially a palindrome. Time is O(n) because each character is visited at most once by one of the pointers, and extra space is O(1) because I never build a cleaned copy. For Unicode I'd be careful with the alphanumeric check and case folding, since some characters lowercase into more than one code point. I'd test it with "Never odd, or even!", "hello", an empty string and ".,!".`,
      `My approach is two pointers from both ends. I skip anything that isn't alphanumeric on each side, then compare the lowercase versions of the two characters. If they don't match, return false; otherwise move both pointers toward the middle and keep going. When they cross, return true. This runs in linear time and uses constant extra space since I'm not creating a new string.`,
      `The simple way is to clean the string first: go through it, keep only the letters and numbers, and lowercase them into a new string. Then I reverse that string and check if it equals the cleaned one. If they're equal it's a palindrome. It works for the examples, like "Never odd, or even" becomes "neveroddoreven", which reads the same backwards.`,
      `Um, I think I would, like, reverse the string and compare it to the original? Maybe with a built-in reverse function. I'm not sure how to handle the punctuation part, probably just remove the spaces. So yeah, that should basically work I guess.`,
      `I really enjoy working with Python because the syntax is clean and there are so many libraries. At my last internship we used Django for the backend and React on the front end, and I spent a lot of time setting up the CI pipeline with GitHub Actions and Docker so that deployments were smoother for the team.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.balanced-brackets',
      track: 'swe_intern',
      difficulty: 'easy',
      questionType: 'coding',
      title: 'Balanced brackets',
      prompt:
        'Given a string made only of the characters ()[]{}, return true if every opening bracket is closed by a bracket of the same type in the right order. "([]{})" is valid; "([)]" and "((" are not.',
      tags: ['stacks', 'strings'],
      keyPoints: [
        'Push opening brackets onto a stack',
        'On a closing bracket the stack must be non-empty and its top must be the matching opener',
        'A map from each closing bracket to its opening bracket does the matching',
        'The string is valid only if the stack is empty at the end',
        'O(n) time and O(n) space',
      ],
      expectedTopics: ['stack', 'matching pairs', 'edge cases'],
    }),
    answers: graded(
      `I'd scan the string once and use a stack. Every time I see an opening bracket, I push it. When I see a closing bracket, I first check that the stack isn't empty; if it is, there's nothing to match, so I return false, which covers strings that start with a closer. Otherwise I pop the top and check that it's the matching opener, using a small map from each closer to its opener, like ')' to '('. A mismatch means the nesting is wrong, as in "([)]", so I return false.
At the end the string is balanced only if the stack is empty, which catches leftovers like "((". A single counter isn't enough because it can't tell the order of different bracket types. Time is O(n) for the one pass, and space is O(n) in the worst case, when everything is an opener. I'd test the empty string, which is balanced, a single closer, "((" and "([]{})".`,
      `Use a stack. Push opening brackets; when a closing bracket comes, pop and make sure it's the same type, using a map from closing to opening brackets. If it doesn't match, return false. After the loop, return whether the stack is empty, because any leftover openers mean it's unbalanced. It's O(n) time and O(n) space.`,
      `I'd keep a counter for each type of bracket. For round brackets I add one on an opening one and subtract one on a closing one, and the same for square and curly brackets. If any counter goes negative it's invalid, and at the end all the counters need to be zero. That way "((" fails because the count stays at two.`,
      `You could check if the number of opening brackets equals the number of closing brackets. If they're the same then the string is balanced, otherwise it isn't. I think that's basically it.`,
      `For this kind of thing I'd probably just look it up on Stack Overflow, honestly. Most of my work has been front-end, building dashboards and forms in Angular, and I've gotten pretty good at CSS grid layouts and making pages responsive on mobile devices.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.pair-with-target-sum',
      track: 'swe_intern',
      difficulty: 'medium',
      questionType: 'coding',
      title: 'Pair with a target sum',
      prompt:
        'Given an array of integers and a target, return the indices of two different elements that add up to the target, or report that there are none. For [2, 7, 11, 15] and target 9, return [0, 1].',
      tags: ['arrays', 'hash-tables'],
      keyPoints: [
        'The brute force checks every pair in O(n^2)',
        "Store each value's index in a hash map during one pass",
        'For each element, look up target minus the element before inserting it',
        'O(n) time and O(n) space',
        'Handle no solution and duplicates such as [3, 3] with target 6',
      ],
      expectedTopics: ['hash map', 'complement lookup', 'time complexity'],
    }),
    answers: graded(
      `The brute force is to check every pair with two nested loops, which is O(n squared). I can do better with a hash map from value to index. I walk through the array once, and for each number I compute the complement, target minus the number, and look it up in the map. If it's there, I return the stored index and the current index. If not, I insert the current number with its index and keep going.
Checking before inserting matters, because it stops me from pairing an element with itself, and it still handles duplicates like [3, 3] with target 6, since the first 3 is already in the map when I reach the second one. If I finish the loop, there's no pair, so I return an empty result. That's O(n) time and O(n) extra space for the map. Negative numbers and zero work the same way since it's just a subtraction.`,
      `I'd use a hash map. As I loop through the array, for each number I check whether target minus that number is already in the map. If it is, I return both indices. If not, I add the number and its index to the map. That's O(n) time instead of the O(n^2) brute force with two loops, and it uses O(n) space.`,
      `I would sort the array and then use two pointers, one at the start and one at the end. If the sum is too small I move the left pointer right, and if it's too big I move the right pointer left, until I find the target. That's O(n log n) because of the sort.`,
      `I'd just use two for loops and check every pair of numbers, and if they add up to the target, return them. It might be slow but it works.`,
      `I think the most important thing in a team is communication. In my last project we had daily standups and a shared Trello board, which really helped us stay aligned and deliver our app on time for the demo day.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.merge-intervals',
      track: 'swe_intern',
      difficulty: 'medium',
      questionType: 'coding',
      title: 'Merge overlapping meetings',
      prompt:
        'Given a list of meeting intervals [start, end], merge all overlapping intervals and return them sorted by start. [[1,3],[2,6],[8,10],[9,12]] becomes [[1,6],[8,12]].',
      tags: ['intervals', 'sorting'],
      keyPoints: [
        'Sort the intervals by start time',
        "Compare each interval's start with the end of the last merged interval",
        'When they overlap, extend the last end to the larger of the two ends',
        'Otherwise append the interval as a new block',
        'O(n log n) time for the sort and O(n) space for the output',
        'Handle touching intervals such as [1,2] and [2,3], and an empty list',
      ],
      expectedTopics: ['sorting', 'intervals', 'greedy merge'],
    }),
    answers: graded(
      `First I sort the intervals by their start time, which is what makes a single pass possible: after sorting, anything that overlaps the current merged block has to come right after it. Then I keep a result list. For each interval, if the result is empty or the interval starts after the last merged interval ends, I append it as a new block. Otherwise it overlaps, so I extend the last block's end to the max of the two ends. Taking the max matters for a case like [1,10] followed by [2,3], which is contained.
I treat touching intervals like [1,2] and [2,3] as overlapping, since the start equals the previous end, though I'd confirm that with you. An empty list just returns an empty list. Sorting is O(n log n) and the merge pass is O(n), so O(n log n) overall, with O(n) space for the output.`,
      `Sort by start time. Then go through the intervals and keep track of the last merged one. If the next interval's start is less than or equal to the current end, they overlap, so I update the end to the maximum of both ends. Otherwise I push the current one to the result and start a new one. The sorting makes it O(n log n).`,
      `I'd compare every interval to every other interval, and if two of them overlap, merge them into one, and repeat that until nothing changes anymore. Two intervals overlap if one starts before the other ends. It's slow but it gets the right answer for the example.`,
      `Maybe loop through the list and if the next one overlaps with the current one, combine them. I'm not really sure what to do if they're not in order though. Probably it works for most cases.`,
      `For scheduling meetings I usually just use Google Calendar and block focus time in the mornings. I find that having fewer meetings in a day makes me much more productive, and I try to batch them all in the afternoon.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.lru-cache',
      track: 'swe_engineer',
      difficulty: 'medium',
      questionType: 'object_design',
      title: 'LRU cache',
      prompt:
        'Design an LRU cache with a fixed capacity that supports get(key) and put(key, value), both in O(1) time. When the cache is full, put evicts the least recently used entry.',
      tags: ['hash-tables', 'linked-lists', 'caching'],
      keyPoints: [
        'A hash map from key to a node of a doubly linked list',
        'The list is ordered by recency: move a node to the front on every get and put',
        'Evict from the tail when over capacity and delete that key from the map',
        'Sentinel head and tail nodes avoid null checks',
        'Both operations O(1) time, O(capacity) space',
        'Updating an existing key, and capacity zero or one',
      ],
      expectedTopics: ['hash map', 'doubly linked list', 'eviction'],
    }),
    answers: graded(
      `I'd combine a hash map with a doubly linked list. The map goes from key to the list node, so lookups are O(1), and the list keeps entries in recency order, most recent at the head. On get, if the key is missing I return -1; otherwise I unlink the node, move it to the head and return its value. On put, if the key already exists I update the value and move the node to the head; if it's new I create a node, insert it at the head and add it to the map, and if the size now exceeds the capacity I remove the node just before the tail and delete its key from the map.
I use dummy head and tail sentinels so inserting and removing never need null checks for the first or last node. The list has to be doubly linked because removing a node in O(1) needs its previous pointer. Both operations are O(1) time, and the whole structure is O(capacity) space. Edge cases: updating an existing key shouldn't evict anything, with capacity 1 every new key evicts the old one, and a capacity of zero should store nothing. If it had to be thread-safe, I'd put a lock around both operations.`,
      `Use a hash map plus a doubly linked list. The map stores key to node, and the list keeps the order of use with the most recently used at the front. When you get a key, move its node to the front. When you put a new key, add it at the front, and if you're over capacity, remove the node at the back and also remove it from the map. Everything is O(1) because the map gives direct access to nodes and the linked list lets you remove and insert in constant time.`,
      `I'd store the entries in a hash map, and also keep a list of the keys in the order they were used. On every get or put I'd remove the key from the list and append it at the end, and when the cache is full I'd evict the first key in the list. Removing from the list is O(n) though, so it's not quite O(1).`,
      `You could use a dictionary for the cache and just delete a random key when it's full, or maybe the oldest one. Python has something like OrderedDict that might do this, but I don't remember exactly how it works.`,
      `Caching is really important for web performance. Browsers cache images and scripts, and CDNs like Cloudflare cache pages at the edge so users around the world get faster load times. We also set Cache-Control headers on all our static assets.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.grid-shortest-path',
      track: 'swe_engineer',
      difficulty: 'medium',
      questionType: 'coding',
      title: 'Shortest path in a grid',
      prompt:
        'You are given a grid of 0s (open) and 1s (walls). Return the length of the shortest path from the top-left to the bottom-right cell moving up, down, left or right, or -1 if there is none.',
      tags: ['graphs', 'matrix', 'queues'],
      keyPoints: [
        'Breadth-first search, because every step costs the same',
        'A queue of cells with their distance, and cells marked visited when enqueued',
        'Explore the four neighbours, skipping walls and cells outside the grid',
        'Return the distance when the target is reached, or -1 when the queue empties',
        'O(rows x cols) time and space',
        'Handle a blocked start or end cell and a 1x1 grid',
      ],
      expectedTopics: ['bfs', 'grid traversal', 'visited set'],
    }),
    answers: graded(
      `Since every move costs the same, breadth-first search gives the shortest path: it explores cells in order of distance, so the first time I reach the target, that distance is the minimum. I start with the edge cases: if the start or the end cell is a wall I return -1, and for a 1x1 open grid the answer is 1, or 0 if we count moves, which I'd confirm. Then I put the start cell in a queue with distance 1 and mark it visited. I pop cells in FIFO order and look at the four neighbours; I skip anything out of bounds, any wall and anything already visited, and otherwise mark it visited and enqueue it with the distance plus one.
Marking cells when I enqueue them rather than when I dequeue them avoids adding the same cell many times. If I pop the bottom-right cell I return its distance; if the queue empties there's no path and I return -1. Each cell is enqueued at most once, so it's O(rows times cols) time, and O(rows times cols) space for the queue and the visited set. DFS wouldn't work here because it finds a path, not the shortest one.`,
      `I'd do BFS from the top-left corner with a queue, tracking the distance for each cell and a visited set so I don't revisit cells. For each cell I check its four neighbours and add the open, unvisited ones to the queue. When I reach the bottom-right cell I return the distance, and if the queue runs out I return -1. It's O(m*n) time and space.`,
      `I'd use depth-first search, recursively, from the start, trying all four directions and keeping track of the minimum path length whenever I reach the end. I'd mark cells as visited so I don't go in circles, and unmark them when backtracking.`,
      `Maybe I would use Dijkstra's algorithm or something like that? I'd start at the top and go toward the bottom right, choosing the direction that is closest to the end. I'm not sure about the walls.`,
      `Grids remind me of a game I made in high school, a tic-tac-toe with a simple computer opponent in JavaScript. I drew the board with HTML tables and styled it with CSS, and my friends liked playing it during lunch.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.distributed-rate-limiter',
      track: 'swe_engineer',
      difficulty: 'hard',
      questionType: 'system_design',
      title: 'Distributed rate limiter',
      prompt:
        "Design a rate limiter for a public API that allows each API key at most 100 requests per minute across a fleet of 50 API servers. How do you count requests, where does the state live, and what happens when the limiter's store is unavailable?",
      tags: ['system-design', 'distributed-systems', 'caching', 'reliability'],
      keyPoints: [
        'Token bucket or sliding window counter, with the trade-off between bursts and accuracy',
        'Shared state in a fast store such as Redis keyed by API key and updated atomically (a Lua script or INCR with expiry)',
        'Estimate the load: requests per second across the fleet and memory per key',
        'Reject with 429 and a Retry-After header',
        'Decide fail-open or fail-closed when Redis is down, with a local in-memory limit as fallback',
        'Shard the store by API key and watch for hot keys',
      ],
      expectedTopics: ['token bucket', 'distributed counter', 'redis', 'failure handling'],
    }),
    answers: graded(
      `Let me pin down the scale first. Say we have about a million active API keys and the fleet handles 20,000 requests per second at peak, so every request needs a limit check that costs well under a millisecond.
For the algorithm I'd use a token bucket per API key: capacity 100, refilled at 100 tokens per minute. It tolerates short bursts, which API clients tend to send. A sliding window counter is the alternative; it's more accurate at the window edges but costs more memory or more reads, so that's the trade-off.
Because there are 50 servers, the count can't live in each server's memory, or a client could get 50 times its limit. I'd keep the buckets in a Redis cluster, keyed by the API key, and update them with a small Lua script that refills based on the elapsed time and takes a token atomically, so two servers can't both take the last token in a race. Each bucket is two numbers, roughly 50 bytes, so a million keys is about 50 MB. I'd shard Redis by API key, and a single abusive key is a hot key on one shard, so I'd also keep a cheap local pre-check on each server.
When the bucket is empty, the API returns 429 Too Many Requests with a Retry-After header and the remaining-quota headers. If Redis is down or slower than a 20 ms timeout, I'd fail open, falling back to a local in-memory bucket per server at 100 divided by 50 per key, because taking the whole API down when the limiter fails is worse than letting some extra traffic through. I'd alert on that fallback and load-test the limiter before launch.`,
      `I'd use a token bucket per API key stored in Redis so all 50 servers share the same count. Each request runs an atomic script that refills the tokens based on the elapsed time and takes one; if none are left we return 429 with a Retry-After header. If Redis goes down, I'd fail open so legitimate traffic isn't blocked, and maybe keep a rough local limit on each server.`,
      `Each server could keep a counter per API key in memory and reset it every minute. If the count goes over 100, reject the request. We can put a load balancer in front to spread the traffic evenly between the servers.`,
      `I would use a database table with the API key and a count, and update it on every request. Maybe add a cache. I'm not sure how to handle the failures, probably just return an error.`,
      `I'd use Kubernetes to deploy the API servers with autoscaling, and Prometheus with Grafana dashboards for monitoring CPU and memory. CI/CD with GitHub Actions would run the tests and roll out new versions with zero downtime.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.database-index',
      track: 'swe_engineer',
      difficulty: 'medium',
      questionType: 'conceptual',
      title: 'How an index speeds up a query',
      prompt:
        'Explain how a B-tree index speeds up a query like SELECT * FROM orders WHERE customer_id = 42, and when adding an index can make things worse.',
      tags: ['databases', 'sql', 'performance'],
      keyPoints: [
        'The index keeps keys sorted in a balanced B-tree pointing to rows, so a lookup takes O(log n) instead of a full table scan',
        'Equality and range queries on the leading column can use it',
        'Every insert, update and delete must also update the index: slower writes and more storage',
        'Low-selectivity columns rarely benefit and the planner may prefer a scan',
        'Column order matters in a composite index; a covering index avoids reading the table',
      ],
      expectedTopics: ['b-tree', 'full table scan', 'write cost', 'selectivity'],
    }),
    answers: graded(
      `Without an index the database has to do a full table scan: read every row of orders and check customer_id, which is O(n) in the size of the table. A B-tree index on customer_id keeps the customer ids sorted in a balanced tree, and each leaf entry points to the row's location. To find customer 42, the database walks from the root to a leaf in O(log n) page reads and then follows the pointers to those rows. Because it's sorted, the same index also serves range queries like customer_id between 40 and 50, and ORDER BY customer_id.
It can make things worse in a few ways. Every insert, update or delete on that column also has to update the index, so write-heavy tables get slower, and the index costs disk space and memory. On a low-selectivity column, like a status with two values, the index might match half the table, and all those random lookups are slower than a sequential scan, so the planner ignores it anyway. With a composite index the column order matters: an index on (customer_id, created_at) helps when filtering by customer, but not by created_at alone. And if the index holds every column the query needs, it's a covering index and the table doesn't have to be read at all.`,
      `An index is a sorted B-tree of the customer_id values with pointers to the rows, so instead of scanning the whole table the database can find customer 42 in logarithmic time. The downside is that every insert or update also has to maintain the index, so writes are slower, and it uses extra storage. Also, if the column has very few distinct values, the index doesn't help much.`,
      `An index works like the index at the back of a book: instead of reading every page, you look up the term and jump to the right page. So the database can jump straight to customer 42's orders. Too many indexes can slow things down too.`,
      `Indexes make queries faster because the database keeps the data in memory. I think you should add an index on every column you query, just to be safe.`,
      `I prefer NoSQL databases like MongoDB because you don't need a schema and you can just store JSON documents. It makes it much faster to build prototypes at hackathons, and scaling is easier.`,
    ),
  },
  {
    question: qualityQuestion({
      id: 'quality.lost-counter-updates',
      track: 'swe_engineer',
      difficulty: 'medium',
      questionType: 'debugging',
      title: 'Lost counter updates under load',
      prompt:
        'A web server increments a shared in-memory request counter from many threads with count = count + 1. Under load the total is lower than the number of requests. What is wrong, and how would you fix and verify it?',
      tags: ['concurrency', 'debugging', 'testing'],
      keyPoints: [
        'count = count + 1 is a read-modify-write, not an atomic operation',
        'Two threads can read the same value and both write value + 1, losing an update: a race condition',
        'Fix it with a lock around the increment or an atomic integer',
        'Per-thread counters summed on read reduce contention',
        'Verify with a stress test that runs many threads and checks the exact total',
      ],
      expectedTopics: ['race condition', 'atomicity', 'locking', 'concurrency testing'],
    }),
    answers: graded(
      `The bug is a race condition. count = count + 1 looks like one step, but it's really three: read count, add one, write it back. If two threads read the same value, say 41, both write 42 and one increment is lost, which is exactly why the total comes out lower under load.
The fix is to make the increment atomic. The simplest way is a mutex around the read-modify-write, so only one thread does it at a time. Better for a hot counter is an atomic integer, like AtomicLong in Java or an atomic fetch-and-add, which does it in one hardware instruction without blocking. If contention is still a problem, each thread can keep its own counter and we sum them when reading, trading a slightly stale read for no shared writes at all.
To verify it, I'd write a stress test that starts, say, 16 threads that each increment 100,000 times and asserts the total is exactly 1.6 million; it fails reliably before the fix and passes after. I'd also run it under a thread sanitizer if the language has one.`,
      `It's a race condition: incrementing isn't atomic, it reads the value, adds one and writes it back, so two threads can overwrite each other's update. I'd fix it by using an atomic counter or by wrapping the increment in a lock. To check it, I'd run a test with many threads incrementing and verify that the final count matches.`,
      `Probably multiple threads are changing the counter at the same time and interfering with each other. I'd add a lock around it so that only one thread can update it at once.`,
      `Maybe the counter variable overflows because there are too many requests? I would change it to a long or a bigger integer type and see if that fixes it.`,
      `I like to write clean code, so I'd first rename the variable to something more descriptive like totalRequests, add comments, and make sure the formatting follows the style guide with a linter like ESLint.`,
    ),
  },
];
