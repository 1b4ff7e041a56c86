/**
 * Real HTTP for the bench, the load and fault tests, and the e2e authorization matrix and
 * hostile-input corpus (which call every server action directly): a keep-alive client as a load
 * generator makes it (gzip accepted, bytes read), a server action called exactly as the browser
 * calls it, and measurement against a floor — the server's /api/health (one `SELECT 1`) under the
 * same concurrency, in rounds alternating with the measured requests, so a change in the shared
 * machine's load hits both alike. The ratio of p95s is what passes or fails.
 */
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { median, p95 } from "./stats";

export interface HttpResult {
  readonly status: number;
  readonly ms: number;
  readonly body: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface HttpRequest {
  readonly path: string;
  readonly method?: "GET" | "POST";
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Keep the body (decoded as text); otherwise it is read and dropped. */
  readonly keepBody?: boolean;
  /** Give up after this long (ms): the fault test must see a hang as a failure. */
  readonly timeoutMs?: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export function send(base: string, req: HttpRequest): Promise<HttpResult> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { "accept-encoding": req.keepBody ? "identity" : "gzip", ...req.headers };
    if (req.body !== undefined) headers["content-length"] = String(Buffer.byteLength(req.body));
    const r = http.request(base + req.path, { agent, method: req.method ?? "GET", headers, timeout: req.timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => req.keepBody && chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, body: Buffer.concat(chunks).toString("utf8"), headers: res.headers }));
      res.on("error", reject);
    });
    r.on("timeout", () => r.destroy(new Error(`请求超时（${req.timeoutMs} ms）：${req.path}`)));
    r.on("error", reject);
    r.end(req.body);
  });
}

/** `send`, refusing anything but `expected`. */
export async function sendOk(base: string, req: HttpRequest, expected = 200): Promise<HttpResult> {
  const res = await send(base, req);
  if (res.status !== expected) throw new Error(`请求失败：${req.method ?? "GET"} ${req.path} → HTTP ${res.status}${res.body ? `：${res.body.slice(0, 200)}` : ""}`);
  return res;
}

/** Where each server action of a production build is: its id and a page that carries it. */
export interface ActionRef {
  readonly id: string;
  readonly page: string;
}

/** Reads a build's server-action manifest: `file#exportedName` → the action's id and page. */
export function serverActions(distDir: string): Map<string, ActionRef> {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  const refs = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const page = pageOfWorker(Object.keys(entry.workers)[0]);
    refs.set(`${entry.filename}#${entry.exportedName}`, { id, page });
  }
  return refs;
}

/** The address of the page a build worker renders: `app/(app)/reports/[reportId]/page` → `/reports/[reportId]`. */
export function pageOfWorker(worker: string): string {
  return worker.replace(/^app/, "").replace(/\/\([^)]+\)/g, "").replace(/\/page$/, "") || "/";
}

/** React's encoding of plain JSON arguments (encodeReply): a string that starts with `$` is escaped. */
export function encodeArgs(args: readonly unknown[]): string {
  return JSON.stringify(args, (_, v) => (typeof v === "string" && v.startsWith("$") ? `$${v}` : v));
}

/**
 * Calls a server action as the browser does: POST to a page with `Next-Action`, the arguments as
 * React encodes them, the site's Origin. The page path only has to carry the action; `pagePath`
 * fills its dynamic segments. Returns the action's value (the Flight row that holds it).
 */
export async function callAction<T>(base: string, action: ActionRef, args: readonly unknown[], headers: Record<string, string>, pagePath = action.page, timeoutMs?: number): Promise<{ result: T; ms: number; status: number }> {
  const res = await send(base, {
    path: pagePath,
    timeoutMs,
    method: "POST",
    keepBody: true,
    headers: { ...headers, "next-action": action.id, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8", origin: base },
    body: encodeArgs(args),
  });
  if (res.status !== 200) return { result: undefined as T, ms: res.ms, status: res.status };
  const row = res.body.split("\n").find((line) => line.startsWith("1:"));
  return { result: (row ? JSON.parse(row.slice(2)) : undefined) as T, ms: res.ms, status: res.status };
}

/** `clients` concurrent clients each doing `perClient` requests; every request's time. */
export async function concurrently(clients: number, perClient: number, one: (client: number, i: number) => Promise<number>): Promise<number[]> {
  const times: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let i = 0; i < perClient; i++) times.push(await one(c, i));
    }),
  );
  return times;
}

export interface FloorComparison {
  readonly floorP95: number;
  readonly p95: number;
  readonly medianMs: number;
  /** Each round's p95 ÷ that round's floor p95. */
  readonly ratios: readonly number[];
  readonly ratio: number;
  readonly runs: number;
}

/**
 * `target` and the floor (GET /api/health, or `floorPath`) in `rounds` alternating rounds at the
 * same concurrency; the ratio is the median of the rounds' p95 ratios.
 */
export async function againstFloor(
  base: string,
  options: { clients: number; rounds: number; perRound: number; floorPath?: string },
  target: (client: number, i: number) => Promise<number>,
): Promise<FloorComparison> {
  const { clients, rounds, perRound, floorPath = "/api/health" } = options;
  const floorOnce = async () => (await sendOk(base, { path: floorPath })).ms;
  const all = { floor: [] as number[], target: [] as number[] };
  const ratios: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const floor = await concurrently(clients, perRound, floorOnce);
    const measured = await concurrently(clients, perRound, (c, i) => target(c, r * perRound + i));
    all.floor.push(...floor);
    all.target.push(...measured);
    ratios.push(p95(measured) / p95(floor));
  }
  return { floorP95: p95(all.floor), p95: p95(all.target), medianMs: median(all.target), ratios, ratio: median(ratios), runs: all.target.length };
}
