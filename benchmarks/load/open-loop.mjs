// Open-loop load at a fixed offered rate, for latency at equal load (benchmarks/README.md, "Method").
//
// Requests are started on a schedule (request i at t0 + i / rate) whatever the server does, through a
// pool of keep-alive connections; a slow server makes requests wait in the pool's queue, and that
// wait is part of their latency. Closed-loop tools (wrk, and autocannon -R, whose per-connection
// budget is refilled once a second, so it sends bursts back to back) stop sending while the server
// is slow and so hide that queueing delay.
//
//   node open-loop.mjs --url http://127.0.0.1:8081 --rate 200 --duration 10 [--connections 64]
//        --path '/api/v1/referrals/{id}' [--ids file] [--method POST --body file --idempotency]
//        [--slowest file]
//
// --slowest: every request carries an X-Request-Id of its own, and the slowest 1 % (at least 10) are
// written to the file, one "request-id latency-ms" per line, so that the gateway's and the service's
// access-log lines of exactly those requests show where their time went.
//
// The bearer token is BENCH_TOKEN. Prints one JSON line: counts, the achieved rate and exact
// latency percentiles (milliseconds, from the moment each request was handed to the pool), plus how
// late the timer started requests (lag), which bounds the generator's own error.
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Pool } from 'undici';
import { fill } from './fictional.mjs';

const { values: opts } = parseArgs({
  options: {
    url: { type: 'string' },
    rate: { type: 'string' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '64' },
    method: { type: 'string', default: 'GET' },
    path: { type: 'string' },
    ids: { type: 'string' },
    body: { type: 'string' },
    idempotency: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '10' },
    slowest: { type: 'string' },
  },
});
for (const required of ['url', 'rate', 'path']) {
  if (!opts[required]) throw new Error(`--${required} is required`);
}
const token = process.env.BENCH_TOKEN;
if (!token) throw new Error('BENCH_TOKEN is not set');

const rate = Number(opts.rate);
const durationMs = Number(opts.duration) * 1000;
const ids = opts.ids ? readFileSync(opts.ids, 'utf8').split('\n').filter(Boolean) : [];
const body = opts.body ? readFileSync(opts.body, 'utf8') : undefined;
const run = `${process.pid}-${Date.now()}`;
const timeoutMs = Number(opts.timeout) * 1000;
const pool = new Pool(opts.url, {
  connections: Number(opts.connections),
  pipelining: 1,
  headersTimeout: timeoutMs,
  bodyTimeout: timeoutMs,
});

const latencies = [];
const traced = [];
const lags = [];
const statuses = {};
let errors = 0;
let sent = 0;
let inFlight = 0;

function nextPath() {
  if (!opts.path.includes('{id}')) return opts.path;
  return opts.path.replace('{id}', ids[Math.floor(Math.random() * ids.length)]);
}

function fire(intended) {
  const headers = { authorization: `Bearer ${token}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (opts.idempotency) headers['idempotency-key'] = `bench-${run}-${sent}`;
  const requestId = opts.slowest ? `bench-${run}-${sent}` : undefined;
  if (requestId) headers['x-request-id'] = requestId;
  const started = performance.now();
  lags.push(started - intended);
  sent++;
  inFlight++;
  const payload = body !== undefined && body.includes('{{') ? fill(body, `${run}-${sent}`) : body;
  pool.request({ origin: opts.url, path: nextPath(), method: opts.method, headers, body: payload })
    .then(async (response) => {
      await response.body.dump();
      const latency = performance.now() - started;
      latencies.push(latency);
      if (requestId) traced.push([latency, requestId]);
      statuses[response.statusCode] = (statuses[response.statusCode] || 0) + 1;
    })
    .catch(() => { errors++; })
    .finally(() => { inFlight--; });
}

function percentile(sorted, p) {
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Number(sorted[rank].toFixed(3));
}

const t0 = performance.now();
const interval = 1000 / rate;
function tick() {
  const now = performance.now();
  const elapsed = now - t0;
  const due = Math.min(Math.floor(elapsed / interval) + 1, Math.floor(durationMs / interval));
  while (sent < due) fire(t0 + sent * interval);
  if (elapsed < durationMs) {
    setTimeout(tick, Math.max(0, t0 + sent * interval - performance.now()));
  } else {
    finish();
  }
}

async function finish() {
  const deadline = performance.now() + timeoutMs;
  while (inFlight > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const elapsedS = (performance.now() - t0) / 1000;
  if (opts.slowest) {
    traced.sort((a, b) => b[0] - a[0]);
    const slowest = traced.slice(0, Math.max(10, Math.ceil(traced.length / 100)));
    writeFileSync(opts.slowest, slowest.map(([ms, id]) => `${id} ${ms.toFixed(3)}\n`).join(''));
  }
  latencies.sort((a, b) => a - b);
  lags.sort((a, b) => a - b);
  const points = [0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.99, 100];
  const mean = latencies.reduce((s, v) => s + v, 0) / Math.max(1, latencies.length);
  process.stdout.write(JSON.stringify({
    offered_rate: rate,
    sent,
    completed: latencies.length,
    achieved_rate: Number((latencies.length / elapsedS).toFixed(1)),
    errors,
    unfinished: inFlight,
    statuses,
    latency_ms: {
      p50: percentile(latencies, 50), p90: percentile(latencies, 90), p99: percentile(latencies, 99),
      p999: percentile(latencies, 99.9), max: percentile(latencies, 100), mean: Number(mean.toFixed(3)),
    },
    lag_ms: { p50: percentile(lags, 50), p99: percentile(lags, 99), max: percentile(lags, 100) },
    distribution: points.map((p) => [p, percentile(latencies, p)]),
  }) + '\n');
  await pool.destroy();
}

tick();
