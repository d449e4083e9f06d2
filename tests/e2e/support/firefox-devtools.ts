import { connect, type Socket } from 'node:net';

/**
 * A minimal client of Firefox's own remote debugging protocol (the one about:debugging and
 * web-ext speak), for the one thing WebDriver BiDi cannot do in Firefox: reach the extension's
 * pages. Firefox's BiDi leaves every moz-extension document out (bug 1755014: it refuses to
 * navigate a tab there and never lists such a tab), so the background page and the popup page
 * are driven from here, through their web consoles, exactly as a developer would from
 * about:debugging → Inspect. Web pages (the chat fixtures) stay with BiDi.
 *
 * Wire format: `<byte length>:<JSON>` packets. A packet with a `type` is an event; one without is
 * the reply to the oldest open request to the actor it comes `from`.
 */

interface Packet {
  from: string;
  type?: string;
  error?: string;
  message?: string;
  [key: string]: unknown;
}

/** What the watcher tells about one extension document (background page, popup tab …). */
export interface ExtensionTarget {
  actor: string;
  consoleActor: string;
  url: string;
}

/** A value grip: primitives come as themselves, long strings and objects as descriptions. */
type Grip = string | number | boolean | null | { type?: string; initial?: string; length?: number; actor?: string; class?: string };

interface EvaluationResult extends Packet {
  resultID: string;
  result?: Grip;
  hasException?: boolean;
  exceptionMessage?: Grip;
  topLevelAwaitRejected?: boolean;
}

export class DevToolsConnection {
  readonly #socket: Socket;
  #buffer = Buffer.alloc(0);
  readonly #pending = new Map<string, Array<{ resolve(packet: Packet): void; reject(error: Error): void }>>();
  readonly #listeners = new Set<(packet: Packet) => void>();
  #closed: Error | null = null;

  private constructor(socket: Socket) {
    this.#socket = socket;
    socket.on('data', (chunk) => this.#receive(chunk));
    socket.on('close', () => this.#fail(new Error('the Firefox devtools connection closed')));
    socket.on('error', (error) => this.#fail(error));
  }

  /** Connects to `--start-debugger-server <socket path>` and waits for the root actor's greeting. */
  static async open(socketPath: string): Promise<DevToolsConnection> {
    const socket = await new Promise<Socket>((resolve, reject) => {
      const candidate = connect({ path: socketPath });
      candidate.once('connect', () => resolve(candidate));
      candidate.once('error', reject);
    });
    const connection = new DevToolsConnection(socket);
    await connection.waitFor((packet) => packet.from === 'root' && 'applicationType' in packet, 10_000);
    return connection;
  }

  request<T extends Packet = Packet>(to: string, type: string, parameters: Record<string, unknown> = {}): Promise<T> {
    if (this.#closed) return Promise.reject(this.#closed);
    return new Promise<T>((resolve, reject) => {
      const queue = this.#pending.get(to) ?? [];
      queue.push({ resolve: (packet) => resolve(packet as T), reject });
      this.#pending.set(to, queue);
      const json = JSON.stringify({ to, type, ...parameters });
      if (process.env.DEBUG_FIREFOX_DEVTOOLS === '1') console.error('[devtools ->]', json.slice(0, 400));
      this.#socket.write(`${Buffer.byteLength(json)}:${json}`);
    });
  }

  /** Calls `listener` with every event until the returned function is called. */
  onEvent(listener: (packet: Packet) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** The first event `matches` accepts within `timeout` ms. */
  waitFor(matches: (packet: Packet) => boolean, timeout: number): Promise<Packet> {
    return new Promise<Packet>((resolve, reject) => {
      const timer = setTimeout(() => {
        stop();
        reject(new Error(`no matching devtools event within ${timeout} ms`));
      }, timeout);
      const stop = this.onEvent((packet) => {
        if (!matches(packet)) return;
        clearTimeout(timer);
        stop();
        resolve(packet);
      });
    });
  }

  close(): void {
    this.#socket.destroy();
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const colon = this.#buffer.indexOf(0x3a);
      if (colon < 0) return;
      const header = this.#buffer.subarray(0, colon).toString('latin1');
      if (!/^\d+$/.test(header)) {
        this.#fail(new Error(`unexpected devtools packet header "${header.slice(0, 40)}"`));
        return;
      }
      const end = colon + 1 + Number(header);
      if (this.#buffer.length < end) return;
      const packet = JSON.parse(this.#buffer.subarray(colon + 1, end).toString('utf8')) as Packet;
      this.#buffer = this.#buffer.subarray(end);
      this.#dispatch(packet);
    }
  }

  #dispatch(packet: Packet): void {
    if (process.env.DEBUG_FIREFOX_DEVTOOLS === '1') console.error('[devtools <-]', JSON.stringify(packet).slice(0, 400));
    const isEvent = packet.type !== undefined || (packet.from === 'root' && 'applicationType' in packet);
    if (isEvent) {
      for (const listener of [...this.#listeners]) listener(packet);
      return;
    }
    const waiter = this.#pending.get(packet.from)?.shift();
    if (!waiter) return;
    if (packet.error) waiter.reject(new Error(`devtools ${packet.from}: ${packet.error} ${packet.message ?? ''}`));
    else waiter.resolve(packet);
  }

  #fail(error: Error): void {
    if (this.#closed) return;
    this.#closed = error;
    for (const queue of this.#pending.values()) queue.splice(0).forEach((waiter) => waiter.reject(error));
  }
}

/** What a console-message or error-message resource says, as one line (warnings and errors only). */
function problemOf(resourceType: string, resource: Record<string, unknown>): string | null {
  const text = (grip: unknown): string =>
    typeof grip === 'string' ? grip : typeof grip === 'object' && grip !== null ? String((grip as { initial?: string; class?: string }).initial ?? (grip as { class?: string }).class ?? '') : String(grip);
  if (resourceType === 'console-message') {
    const level = String(resource.level ?? '');
    if (level !== 'error' && level !== 'warn') return null;
    return `console.${level}: ${((resource.arguments as unknown[] | undefined) ?? []).map(text).join(' ')}`;
  }
  if (resourceType === 'error-message') {
    const pageError = resource.pageError as { errorMessage?: unknown; sourceName?: string; error?: boolean; warning?: boolean } | undefined;
    if (!pageError || (!pageError.error && !pageError.warning)) return null;
    return `${pageError.error ? 'uncaught' : 'warning'}: ${text(pageError.errorMessage)} (${pageError.sourceName ?? '?'})`;
  }
  return null;
}

/**
 * One installed extension seen through the devtools server: its documents as they come and go,
 * and JavaScript evaluated in any of them (with the extension's own `browser` API).
 */
export class ExtensionDevTools {
  readonly #connection: DevToolsConnection;
  readonly #targets = new Map<string, ExtensionTarget>();

  private constructor(connection: DevToolsConnection) {
    this.#connection = connection;
  }

  /**
   * Attaches to the add-on `addonId`: every document it has now or opens later is tracked, and
   * its errors and warnings are printed to stderr (as the Chromium suite does for its pages).
   */
  static async attach(connection: DevToolsConnection, addonId: string): Promise<ExtensionDevTools> {
    const devtools = new ExtensionDevTools(connection);
    const { addons } = await connection.request<Packet & { addons: Array<{ actor: string; id: string }> }>('root', 'listAddons');
    const addon = addons.find((candidate) => candidate.id === addonId);
    if (!addon) throw new Error(`add-on ${addonId} is not installed (installed: ${addons.map((candidate) => candidate.id).join(', ')})`);
    const watcher = await connection.request<Packet & { actor: string }>(addon.actor, 'getWatcher', { isServerTargetSwitchingEnabled: true });
    connection.onEvent((packet) => {
      if (packet.from !== watcher.actor) return;
      const target = packet.target as (ExtensionTarget & Record<string, unknown>) | undefined;
      if (packet.type === 'target-available-form' && target) {
        devtools.#targets.set(target.actor, { actor: target.actor, consoleActor: target.consoleActor, url: target.url });
      } else if (packet.type === 'target-destroyed-form' && target) {
        devtools.#targets.delete(target.actor);
      }
    });
    connection.onEvent((packet) => {
      if (packet.type !== 'resources-available-array') return;
      const where = [...devtools.#targets.values()].find((target) => packet.from.startsWith(target.actor))?.url ?? 'extension';
      for (const [resourceType, resources] of (packet.array as Array<[string, Array<Record<string, unknown>>]>) ?? []) {
        for (const resource of resources) {
          const problem = problemOf(resourceType, resource);
          if (problem) console.error(`[firefox ${where}] ${problem}`);
        }
      }
    });
    // Existing documents are announced before this request is answered.
    await connection.request(watcher.actor, 'watchTargets', { targetType: 'frame' });
    await connection.request(watcher.actor, 'watchResources', { resourceTypes: ['console-message', 'error-message'] });
    return devtools;
  }

  /** The extension document at exactly `url`, once it exists. */
  async target(url: string, timeout = 15_000): Promise<ExtensionTarget> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = [...this.#targets.values()].find((target) => target.url === url);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(`no extension document at ${url} within ${timeout} ms (open: ${[...this.#targets.values()].map((target) => target.url).join(', ')})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Runs `fn(arg)` in the document `target` (awaited) and returns its result, which must survive
   * JSON. `fn` is sent as source text: it may use only its argument and the document's globals.
   */
  async evaluate<A, R>(target: ExtensionTarget, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const text = `(async () => {
      try {
        return JSON.stringify({ value: await (${fn.toString()})(${JSON.stringify(arg)}) });
      } catch (error) {
        return JSON.stringify({ error: String(error && error.stack ? error.message + '\\n' + error.stack : error) });
      }
    })()`;
    // The result can come in the same read as the reply that names it: listen before asking.
    const results = new Map<string, EvaluationResult>();
    let resultArrived: (() => void) | undefined;
    const stop = this.#connection.onEvent((packet) => {
      if (packet.type !== 'evaluationResult' || packet.from !== target.consoleActor) return;
      results.set(String(packet.resultID), packet as EvaluationResult);
      resultArrived?.();
    });
    let result: EvaluationResult;
    try {
      const { resultID } = await this.#connection.request<Packet & { resultID: string }>(target.consoleActor, 'evaluateJSAsync', {
        text,
        mapped: { await: true },
      });
      result = await new Promise<EvaluationResult>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no evaluation result from ${target.url} within 30000 ms`)), 30_000);
        resultArrived = () => {
          const found = results.get(resultID);
          if (!found) return;
          clearTimeout(timer);
          resolve(found);
        };
        resultArrived();
      });
    } finally {
      stop();
    }
    if (result.hasException || result.topLevelAwaitRejected) {
      throw new Error(`evaluation in ${target.url} failed: ${JSON.stringify(result.exceptionMessage ?? 'rejected')}`);
    }
    const json = await this.#fullString(result.result);
    const parsed = JSON.parse(json) as { value?: R; error?: string };
    if (parsed.error !== undefined) throw new Error(`evaluation in ${target.url} threw: ${parsed.error}`);
    return parsed.value as R;
  }

  /** A string result; a long one arrives as a grip whose rest is asked for. */
  async #fullString(grip: Grip | undefined): Promise<string> {
    if (typeof grip === 'string') return grip;
    if (grip && typeof grip === 'object' && grip.type === 'longString' && grip.actor && grip.length !== undefined) {
      const { substring } = await this.#connection.request<Packet & { substring: string }>(grip.actor, 'substring', { start: 0, end: grip.length });
      return substring;
    }
    throw new Error(`unexpected evaluation result ${JSON.stringify(grip)}`);
  }
}
