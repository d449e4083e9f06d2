import type { CDPSession } from 'playwright-core';
import type { ExtensionBrowser } from '../../../utils/dev-tools/browser/launch-extension';

/**
 * Records every network request of every context in the browser — the extension's service
 * worker, its pages, content scripts inside web pages, their frames and workers — through the
 * Chrome DevTools Protocol on the browser's own session (Playwright's `page.on('request')` does
 * not reliably see a service worker's requests).
 *
 * How: the browser session discovers targets and attaches to each (service worker, pages,
 * iframes) in non-flat mode, so everything travels over Playwright's one browser CDP session;
 * each attached target gets `Network.enable`, and auto-attaches its own children (frames in
 * other processes, workers) paused until their `Network.enable` is done, so a child's first
 * request is never missed. A request counts as the extension's when it comes from an extension
 * context (chrome-extension:// worker, page or frame) or when a chrome-extension:// script is on
 * its initiator stack (a content script inside a web page); otherwise it is the page's own.
 */

export interface RecordedRequest {
  url: string;
  method: string;
  madeBy: 'extension' | 'page';
  /** The context it came from: CDP target type and its URL when it was made. */
  target: { type: string; url: string };
  /** How CDP saw it start (script, parser, other…) and the script URLs on its stack. */
  initiator: { type: string; scripts: string[] };
  headers: Record<string, string>;
  postData: string | null;
  /** Order of recording, to look at "everything after this point". */
  sequence: number;
}

export interface NetworkRecorder {
  /** Every http(s)/ws(s)/ftp request recorded so far, of every context, in order. */
  networkRequests(): RecordedRequest[];
  /** The same, made by the extension only. */
  extensionRequests(): RecordedRequest[];
  /** Which contexts it watches now (type + URL), to prove the service worker is among them. */
  watchedTargets(): Array<{ type: string; url: string }>;
  /** The next request's sequence number: `networkRequests().filter(r => r.sequence >= mark)`. */
  mark(): number;
  /** Resolves once every existing target is attached and recording (call after opening a page). */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

const NETWORK_SCHEME = /^(?:https?|wss?|ftp):/i;
const EXTENSION_URL = /^chrome-extension:\/\//;
/** Targets that can make requests; `browser`, `tab` and Chrome's own UI are not ours to watch. */
const WATCHED_TYPES = new Set(['page', 'iframe', 'service_worker', 'shared_worker', 'worker', 'background_page']);

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  error?: { message: string };
}

interface StackTrace {
  callFrames?: Array<{ url?: string }>;
  parent?: StackTrace;
}

interface Initiator {
  type?: string;
  url?: string;
  stack?: StackTrace;
}

function scriptsOn(initiator: Initiator): string[] {
  const urls = new Set<string>();
  if (initiator.url) urls.add(initiator.url);
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    for (const frame of stack.callFrames ?? []) if (frame.url) urls.add(frame.url);
  }
  return [...urls];
}

/** One attached target, reached through its parent's session (non-flat mode nests messages). */
class TargetSession {
  readonly children = new Map<string, TargetSession>();
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();

  constructor(
    readonly sessionId: string,
    readonly info: TargetInfo,
    private readonly deliver: (message: string) => Promise<void>,
  ) {}

  send(method: string, params: Record<string, unknown> = {}): Promise<void> {
    const id = this.nextId++;
    const answered = new Promise<void>((resolve, reject) => this.waiting.set(id, { resolve, reject }));
    return this.deliver(JSON.stringify({ id, method, params })).then(() => answered);
  }

  /** A reply to one of our commands; false when the message is an event. */
  settleReply(message: CdpMessage): boolean {
    if (message.id === undefined) return false;
    const waiter = this.waiting.get(message.id);
    this.waiting.delete(message.id);
    if (message.error) waiter?.reject(new Error(`${this.info.type} ${this.info.url}: ${message.error.message}`));
    else waiter?.resolve();
    return true;
  }

  /** Forgets commands a closed target will never answer. */
  abandon(): void {
    for (const waiter of this.waiting.values()) waiter.resolve();
    this.waiting.clear();
  }
}

export async function recordNetwork(extension: ExtensionBrowser): Promise<NetworkRecorder> {
  const browser = extension.context.browser();
  if (!browser) throw new Error('the network recorder needs the browser CDP session (Chromium)');
  const cdp: CDPSession = await browser.newBrowserCDPSession();

  const requests: RecordedRequest[] = [];
  const seen = new Set<string>();
  const topLevel = new Map<string, TargetSession>();
  const attachedTargets = new Set<string>();
  const targetUrls = new Map<string, string>();
  const pending = new Set<Promise<unknown>>();
  const failures: Error[] = [];
  let sequence = 0;

  const track = <T>(promise: Promise<T>): Promise<T | undefined> => {
    const tracked = promise.catch((error: unknown) => {
      // A target that closes while we set it up is not a failure; anything else is.
      const message = error instanceof Error ? error.message : String(error);
      if (!/No target|not found|closed|detached|No session/i.test(message)) failures.push(new Error(message));
      return undefined;
    });
    pending.add(tracked);
    void tracked.finally(() => pending.delete(tracked));
    return tracked;
  };

  function record(session: TargetSession, params: Record<string, unknown>, request: { url: string; method: string; headers?: Record<string, string>; postData?: string }) {
    const key = `${session.info.targetId}:${String(params.requestId)}:${request.url}`;
    if (seen.has(key)) return;
    seen.add(key);
    const initiator = (params.initiator ?? {}) as Initiator;
    const scripts = scriptsOn(initiator);
    const targetUrl = targetUrls.get(session.info.targetId) ?? session.info.url;
    const documentUrl = typeof params.documentURL === 'string' ? params.documentURL : '';
    const fromExtension = EXTENSION_URL.test(targetUrl) || EXTENSION_URL.test(documentUrl) || scripts.some((url) => EXTENSION_URL.test(url));
    requests.push({
      url: request.url,
      method: request.method,
      madeBy: fromExtension ? 'extension' : 'page',
      target: { type: session.info.type, url: targetUrl },
      initiator: { type: initiator.type ?? 'unknown', scripts },
      headers: request.headers ?? {},
      postData: request.postData ?? null,
      sequence: sequence++,
    });
  }

  function handle(session: TargetSession, raw: string) {
    const message = JSON.parse(raw) as CdpMessage;
    if (session.settleReply(message)) return;
    const params = message.params ?? {};
    switch (message.method) {
      case 'Target.receivedMessageFromTarget': {
        const child = session.children.get(String(params.sessionId));
        if (child) handle(child, String(params.message));
        return;
      }
      case 'Target.attachedToTarget': {
        const info = params.targetInfo as TargetInfo;
        const childId = String(params.sessionId);
        const child = new TargetSession(childId, info, (inner) =>
          session.send('Target.sendMessageToTarget', { sessionId: childId, message: inner }),
        );
        session.children.set(childId, child);
        void track(startRecording(child, params.waitingForDebugger === true));
        return;
      }
      case 'Target.detachedFromTarget': {
        session.children.get(String(params.sessionId))?.abandon();
        session.children.delete(String(params.sessionId));
        return;
      }
      case 'Network.requestWillBeSent': {
        record(session, params, params.request as { url: string; method: string; headers?: Record<string, string>; postData?: string });
        return;
      }
      case 'Network.webSocketCreated': {
        record(session, params, { url: String(params.url), method: 'WEBSOCKET' });
        return;
      }
      default:
    }
  }

  async function startRecording(session: TargetSession, paused: boolean): Promise<void> {
    await session.send('Network.enable');
    // Children (out-of-process frames, workers) start paused until they are recording too.
    if (session.info.type === 'page' || session.info.type === 'iframe') {
      await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
    }
    if (paused) await session.send('Runtime.runIfWaitingForDebugger');
  }

  async function attach(info: TargetInfo): Promise<void> {
    if (!WATCHED_TYPES.has(info.type) || attachedTargets.has(info.targetId)) return;
    attachedTargets.add(info.targetId);
    targetUrls.set(info.targetId, info.url);
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: info.targetId, flatten: false })) as { sessionId: string };
    const session = new TargetSession(sessionId, info, async (inner) => {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: inner });
    });
    topLevel.set(sessionId, session);
    await startRecording(session, false);
  }

  cdp.on('Target.receivedMessageFromTarget', ({ sessionId, message }) => {
    const session = topLevel.get(sessionId ?? '');
    if (session) handle(session, message);
  });
  cdp.on('Target.targetCreated', ({ targetInfo }) => void track(attach(targetInfo)));
  cdp.on('Target.targetInfoChanged', ({ targetInfo }) => targetUrls.set(targetInfo.targetId, targetInfo.url));
  cdp.on('Target.targetDestroyed', ({ targetId }) => attachedTargets.delete(targetId));
  cdp.on('Target.detachedFromTarget', ({ sessionId }) => {
    topLevel.get(sessionId ?? '')?.abandon();
    topLevel.delete(sessionId ?? '');
  });
  await cdp.send('Target.setDiscoverTargets', { discover: true });

  async function settle(): Promise<void> {
    const { targetInfos } = await cdp.send('Target.getTargets');
    for (const info of targetInfos) void track(attach(info));
    while (pending.size > 0) await Promise.all([...pending]);
    const failure = failures.shift();
    if (failure) throw failure;
  }
  await settle();

  const networkRequests = () => requests.filter((request) => NETWORK_SCHEME.test(request.url));
  return {
    networkRequests,
    extensionRequests: () => networkRequests().filter((request) => request.madeBy === 'extension'),
    watchedTargets: () => [...topLevel.values()].map((session) => ({ type: session.info.type, url: targetUrls.get(session.info.targetId) ?? session.info.url })),
    mark: () => sequence,
    settle,
    async stop() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
