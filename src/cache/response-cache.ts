import { hash } from 'node:crypto';
import { type Clock, wholeSecondsUntil } from '../clock.js';
import { callerScope, entryKey } from './keys.js';
import type { SharedCache } from './shared-cache.js';

/** A whole response as the cache keeps it, until the first answer it was made of goes stale. */
export interface CachedResponse {
  readonly status: number;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string;
  readonly freshUntil: number;
  /** For the operation log of a hit, which parses nothing. */
  readonly operationName: string | null;
  /** Upstream answers the response was made of. */
  readonly answers: number;
  /** Made of answers the caller's own writes change (http/cache-control.ts). */
  readonly changeable: boolean;
}

/** A cached response found for a request, and how many whole seconds it stays fresh. */
export interface ResponseHit {
  readonly response: CachedResponse;
  readonly secondsLeft: number;
}

/**
 * Where one request's response is cached: the caller's scope and a digest of everything else
 * that shapes the answer. `generation` is the caller's response generation when it was looked
 * up: a response is stored under the generation its execution started in, so a write that
 * lands meanwhile leaves it unreachable rather than serving what the write changed. Undefined
 * when the caller had none yet: nothing is stored then, and the generation is started only by a
 * response worth keeping (one Dataflow answered without error), so requests with made-up
 * credentials or broken bodies leave nothing behind in the cache.
 */
export interface ResponseSlot {
  readonly scope: string;
  readonly key: string;
  readonly generation: string | undefined;
}

/** The head of an entry: everything but the body, which follows it verbatim after a newline. */
interface EntryHead {
  readonly g: string;
  readonly s: number;
  readonly h: ReadonlyArray<readonly [string, string]>;
  readonly f: number;
  readonly o: string | null;
  readonly n: number;
  readonly c: boolean;
}

/**
 * Whole responses per caller, so a repeated operation does not run GraphQL again while every
 * upstream answer it used is fresh (RequestStats.freshUntil says until when). Responses live in
 * the shared cache (in this process, or Redis for every instance) under the caller's scope, so
 * none is ever served to another caller; every write of the caller moves its generation, so
 * none outlives what a mutation changed. The body is kept as the text sent, not re-serialised.
 */
export class ResponseCache {
  /**
   * `servedBy` names what else decides an answer: the schema and the query limits. Instances
   * sharing Redis with a different one (a rolling upgrade) never answer with each other's.
   */
  constructor(
    private readonly cache: SharedCache,
    private readonly clock: Clock,
    private readonly servedBy = '',
  ) {}

  /**
   * Looks a request up. `request` is what, besides the caller, decides the answer: the body's
   * exact text and the headers Apollo negotiates by. Also returns the slot to store into.
   */
  async lookup(
    authorization: string,
    request: string,
  ): Promise<{ readonly slot: ResponseSlot; readonly hit: ResponseHit | undefined }> {
    const scope = callerScope(authorization);
    const key = entryKey(scope, 'response', hash('sha256', `${this.servedBy}\n${request}`, 'base64url'));
    const [text, generation] = await Promise.all([
      this.cache.getText(key),
      this.cache.existingGeneration(scope, 'responses'),
    ]);
    const slot = { scope, key, generation };
    const entry = text === undefined ? undefined : decode(text);
    const now = this.clock.now();
    if (!entry || generation === undefined || entry.g !== generation || entry.f <= now) return { slot, hit: undefined };
    return { slot, hit: { response: toResponse(entry, text!), secondsLeft: wholeSecondsUntil(entry.f, now) } };
  }

  async store(slot: ResponseSlot, response: Omit<CachedResponse, 'body'>, body: string): Promise<void> {
    const ttlMs = response.freshUntil - this.clock.now();
    if (ttlMs <= 0) return;
    const { generation } = slot;
    if (generation === undefined) {
      // The caller's first response worth keeping starts its generation; the next is kept.
      await this.cache.generation(slot.scope, 'responses');
      return;
    }
    const head: EntryHead = {
      g: generation,
      s: response.status,
      h: response.headers,
      f: response.freshUntil,
      o: response.operationName,
      n: response.answers,
      c: response.changeable,
    };
    await this.cache.setText(slot.key, `${JSON.stringify(head)}\n${body}`, ttlMs);
  }
}

function decode(text: string): (EntryHead & { bodyAt: number }) | undefined {
  const newline = text.indexOf('\n');
  if (newline === -1) return undefined;
  try {
    return { ...(JSON.parse(text.slice(0, newline)) as EntryHead), bodyAt: newline + 1 };
  } catch {
    return undefined;
  }
}

function toResponse(entry: EntryHead & { bodyAt: number }, text: string): CachedResponse {
  return {
    status: entry.s,
    headers: entry.h,
    body: text.slice(entry.bodyAt),
    freshUntil: entry.f,
    operationName: entry.o,
    answers: entry.n,
    changeable: entry.c === true,
  };
}
