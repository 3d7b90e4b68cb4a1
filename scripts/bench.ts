/**
 * `npm run bench`: the assistant (`node dist/bot/index.js`) with STORAGE=memory and then with the
 * embedded MongoDB, and a bare botbuilder echo bot, each in its own process, driven over loopback
 * by simulated citizens with expectReplies. Prints turn latency percentiles, turns per second,
 * start-up time, peak RSS and database operations per turn, and checks the targets (README,
 * "Measured performance"). BENCH_SECONDS sets the length of each phase (default 20).
 */
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Citizen, DebtorPool, MIXED, type TurnResult } from './benchCitizens';
import { benchDebtors, writeBenchRecords } from './benchRecords';
import { closedLoop, openLoop, type LoadResult } from './benchLoad';
import { dbOperations, peakRssMiB, startServer, stop } from './benchProcesses';

const ROOT = path.resolve(__dirname, '..', '..');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = 20;
const OPEN_RATE = 200;
const OPEN_CONVERSATIONS = 200;
/**
 * A debtor per lookup and arrangement journey, with room to spare for a machine twice as fast (the
 * output says how many were used; beyond them, journeys reuse debtors whose arrangement was filed).
 * The embedded MongoDB serves ~50 turns/s and seeds thousands of records slowly, so it gets fewer.
 */
const DEBTORS = { memory: Math.max(4000, (SECONDS + 2) * 300), mongo: Math.max(200, (SECONDS + 2) * 15) };
const today = new Date().toISOString().slice(0, 10);
const RECORDS_FILES = {
  memory: writeBenchRecords(DEBTORS.memory, today),
  mongo: writeBenchRecords(DEBTORS.mongo, today),
};

const texts = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(path.join(ROOT, 'locales', 'nl', file), 'utf8'));
const apology = String((texts('common.json').error as Record<string, string>).apology).slice(0, 40);
const tooFast = String(texts('limits.json').tooFast).slice(0, 30);
const isError = (r: TurnResult): boolean => !r.ok || r.text.includes(apology) || r.text.includes(tooFast);

interface Row {
  name: string;
  load: LoadResult;
  dbOpsPerTurn?: number;
}

async function assistantPhases(
  storage: 'memory' | 'mongo',
  seconds: number,
  openLoopToo: boolean,
): Promise<{
  rows: Row[];
  startupMs: number;
  rss: { own: number; children: number };
  debtors: DebtorPool;
}> {
  const env: Record<string, string> = {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    STORAGE: storage,
    RATE_LIMIT_IP_PER_MINUTE: '0',
    DEMO_RECORDS_FILE: RECORDS_FILES[storage],
  };
  const server = await startServer(['dist/bot/index.js'], env, /"url":"(http:\/\/[^"]+)"/);
  const label = storage === 'memory' ? 'memory' : 'embedded MongoDB';
  const rows: Row[] = [];
  try {
    console.error(`… ${label}: started in ${fmt(server.startupMs / 1000, 2)} s, closed loop`);
    // Each server starts with no requests filed, so each phase hands out the debtors from the first.
    const debtors = new DebtorPool(benchDebtors(DEBTORS[storage]));
    const closedCitizens = Array.from(
      { length: CONCURRENCY },
      (_, i) => new Citizen(server.url, MIXED, i, debtors),
    );
    const before = storage === 'mongo' ? await dbOperations(server.url) : 0;
    const closed = await closedLoop(closedCitizens, seconds, isError);
    const after = storage === 'mongo' ? await dbOperations(server.url) : 0;
    rows.push({
      name: `${label}: mixed, ${CONCURRENCY} concurrent`,
      load: closed,
      dbOpsPerTurn: storage === 'mongo' ? (after - before) / closed.turns : 0,
    });
    if (openLoopToo) {
      console.error(`… ${label}: open loop`);
      const openCitizens = Array.from(
        { length: OPEN_CONVERSATIONS },
        (_, i) => new Citizen(server.url, MIXED, 1000 + i, debtors),
      );
      const open = await openLoop(openCitizens, OPEN_RATE, seconds, isError);
      rows.push({
        name: `${label}: mixed, ${OPEN_RATE} turns/s offered over ${OPEN_CONVERSATIONS} conversations`,
        load: open,
      });
    }
    return { rows, startupMs: server.startupMs, rss: peakRssMiB(server.child.pid!), debtors };
  } finally {
    await stop(server.child);
  }
}

async function echoPhase(seconds: number): Promise<Row & { rss: number }> {
  console.error('… echo bot');
  const server = await startServer(['dist/scripts/echoBot.js'], { PORT: '0' }, /ECHO_URL=(\S+)/);
  try {
    const citizens = Array.from({ length: CONCURRENCY }, (_, i) => new Citizen(server.url, ['echo'], i));
    const load = await closedLoop(citizens, seconds, (r) => !r.ok || r.replies !== 1);
    return { name: `echo bot: ${CONCURRENCY} concurrent`, load, rss: peakRssMiB(server.child.pid!).own };
  } finally {
    await stop(server.child);
  }
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

function printTable(rows: Row[]): void {
  const header = [
    'scenario',
    'turns',
    'turns/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'max ms',
    'errors',
    'db ops/turn',
  ];
  const lines = rows.map((r) => [
    r.name,
    String(r.load.turns),
    fmt(r.load.turnsPerSecond, 0),
    fmt(r.load.p50),
    fmt(r.load.p95),
    fmt(r.load.p99),
    fmt(r.load.max),
    String(r.load.errors),
    r.dbOpsPerTurn ? fmt(r.dbOpsPerTurn) : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
}

async function main(): Promise<void> {
  const cpu = os.cpus();
  console.log(
    `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  console.log(
    `load: closed loop ${CONCURRENCY} citizens; open loop ${OPEN_RATE} turns/s over ${OPEN_CONVERSATIONS} conversations; ${SECONDS} s per phase after 2 s warm-up; mixed = welcome, FAQ, fine lookup, arrangement (each lookup and arrangement for a debtor of its own, from ${DEBTORS.memory} synthetic records, ${DEBTORS.mongo} with MongoDB)\n`,
  );
  const memory = await assistantPhases('memory', SECONDS, true);
  // The embedded server slows down as collections grow and serves far fewer turns than the offered
  // 200 a second, so it gets the closed loop only (its figures are a floor, not production's).
  const mongo = await assistantPhases('mongo', SECONDS, false);
  const echo = await echoPhase(SECONDS);
  printTable([...memory.rows, ...mongo.rows, echo]);

  const ratio = memory.rows[0].load.turnsPerSecond / echo.load.turnsPerSecond;
  const p99 = memory.rows[1].load.p99;
  console.log('');
  console.log(
    `start-up: memory ${fmt(memory.startupMs / 1000, 2)} s, embedded MongoDB ${fmt(mongo.startupMs / 1000, 2)} s`,
  );
  console.log(
    `peak RSS: assistant (memory) ${fmt(memory.rss.own, 0)} MiB; assistant (MongoDB) ${fmt(mongo.rss.own, 0)} MiB + embedded database ${fmt(mongo.rss.children, 0)} MiB; echo bot ${fmt(echo.rss, 0)} MiB`,
  );
  const used = (d: DebtorPool): string =>
    `${d.taken} of ${d.size}${d.taken > d.size ? ' (some reused)' : ''}`;
  console.log(`debtors used: memory ${used(memory.debtors)}; embedded MongoDB ${used(mongo.debtors)}`);
  const checks = [
    [`mixed turns/s ÷ echo turns/s = ${fmt(ratio, 2)} (target ≥ 0.50)`, ratio >= 0.5],
    [
      `p99 at ${OPEN_RATE} turns/s over ${OPEN_CONVERSATIONS} conversations = ${fmt(p99)} ms (target < 50 ms)`,
      p99 < 50,
    ],
    [`start-up (memory) = ${fmt(memory.startupMs / 1000, 2)} s (target < 2 s)`, memory.startupMs < 2000],
    [
      `errors in memory phases = ${memory.rows.reduce((n, r) => n + r.load.errors, 0)} (target 0)`,
      memory.rows.every((r) => r.load.errors === 0),
    ],
  ] as const;
  for (const [text, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
  process.exitCode = checks.every(([, ok]) => ok) ? 0 : 1;
}

main()
  .catch((err) => {
    console.error(`bench failed: ${(err as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => Object.values(RECORDS_FILES).forEach((file) => rmSync(file, { force: true })));
