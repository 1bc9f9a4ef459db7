// Load over loopback HTTP: sequential requests for latency percentiles, and autocannon for
// throughput at a fixed number of connections. Both stop by themselves (fixed count, fixed time).
import autocannon from 'autocannon';
import type { GraphQLRequest } from './operations.ts';

export async function post(url: string, request: GraphQLRequest): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!response.ok || body.errors) throw new Error(`${url}: ${response.status} ${JSON.stringify(body.errors ?? body)}`);
  return body.data;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

export interface Latency {
  p50: number;
  p99: number;
}

/** Milliseconds per request, one at a time, cycling through `requests`. */
export async function measureLatency(url: string, requests: GraphQLRequest[], warmup: number, count: number): Promise<Latency> {
  for (let i = 0; i < warmup; i++) await post(url, requests[i % requests.length] as GraphQLRequest);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    await post(url, requests[i % requests.length] as GraphQLRequest);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/** Requests per second with `connections` concurrent connections for `seconds`. */
export async function measureThroughput(
  url: string, requests: GraphQLRequest[], connections: number, seconds: number,
): Promise<{ requestsPerSecond: number; requests: number; errors: number }> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: requests.map((request) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(request),
    })),
  });
  return { requestsPerSecond: result.requests.average, requests: result.requests.total, errors: result.errors + result.non2xx };
}
