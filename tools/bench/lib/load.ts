import autocannon from 'autocannon';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface LoadResult {
  /** Requests per second (mean over the run). */
  readonly rps: number;
  /** Latency percentiles, milliseconds (autocannon's histogram has a 1 ms resolution). */
  readonly p50: number;
  readonly p99: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
}

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly seconds: number;
  readonly method?: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Builds each request (a new body per request, say). */
  readonly setupRequest?: (
    request: autocannon.Request,
    context: Record<string, unknown>,
  ) => autocannon.Request;
  readonly onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  /** Fixed request rate over all connections (open loop); unset: as fast as answers come. */
  readonly overallRate?: number;
}

/** One autocannon run in this process (the server under test runs in another). */
export async function load(options: LoadOptions): Promise<LoadResult> {
  const { setupRequest: setup, onResponse: respond } = options;
  const setupRequest =
    setup &&
    ((request: autocannon.Request, context: object) =>
      setup(request, context as Record<string, unknown>));
  const onResponse =
    respond &&
    ((status: number, body: string, context: object) =>
      respond(status, body, context as Record<string, unknown>));
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    overallRate: options.overallRate,
    timeout: 30,
    requests: [
      {
        method: options.method ?? 'GET',
        ...(options.headers ? { headers: options.headers } : {}),
        ...(options.body ? { body: options.body } : {}),
        ...(setupRequest ? { setupRequest } : {}),
        ...(onResponse ? { onResponse } : {}),
      },
    ],
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/** A short run whose figures are thrown away: JIT, pools and caches warm up. */
export async function warmUp(options: LoadOptions, seconds = 2): Promise<void> {
  await load({ ...options, seconds });
}

export interface PacedRequest {
  readonly path: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/**
 * An open loop: one request every 1/rate seconds, evenly spaced, whatever the answers' latency
 * (autocannon's overallRate sends each second's quota in a burst). Latencies to 0.1 ms.
 */
export async function paced(options: {
  readonly baseUrl: string;
  readonly rate: number;
  readonly seconds: number;
  readonly next: () => PacedRequest;
  readonly onResponse?: (status: number, body: string) => void;
}): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const total = Math.round(options.rate * options.seconds);
  const started = performance.now();
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / options.rate;
    const wait = due - performance.now();
    if (wait > 0) {
      await new Promise((done) => setTimeout(done, wait));
    }
    const spec = options.next();
    inFlight.push(
      new Promise<void>((done) => {
        const sent = performance.now();
        const req = request(
          `${options.baseUrl}${spec.path}`,
          { method: spec.method, headers: spec.headers, agent, timeout: 30_000 },
          (response) => {
            let text = '';
            response.setEncoding('utf8');
            response.on('data', (chunk: string) => (text += chunk));
            response.on('end', () => {
              latencies.push(performance.now() - sent);
              const status = response.statusCode ?? 0;
              if (status < 200 || status >= 300) {
                non2xx += 1;
              }
              options.onResponse?.(status, text);
              done();
            });
          },
        );
        req.on('error', () => {
          errors += 1;
          done();
        });
        req.end(spec.body);
      }),
    );
  }
  await Promise.all(inFlight);
  agent.destroy();
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return {
    rps: latencies.length / ((performance.now() - started) / 1000),
    p50: Math.round(at(0.5) * 10) / 10,
    p99: Math.round(at(0.99) * 10) / 10,
    requests: latencies.length,
    non2xx,
    errors,
  };
}
