/**
 * The extension's only network request: the team pack at the subscription URL. Conditional
 * (the server answers 304 when nothing changed), without cookies or cache, carrying nothing
 * but the URL and the validators — never chat content.
 */

/** A pack file bigger than this is refused unread: the pending copy lives in storage.local (10 MB). */
export const SUBSCRIPTION_MAX_BYTES = 5 * 1024 * 1024;

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchPackResult =
  | { kind: 'not-modified' }
  | { kind: 'fetched'; bytes: Uint8Array; etag: string | null; lastModified: string | null }
  | { kind: 'failed'; message: string };

export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

export function conditionalHeaders(validators: Validators): Record<string, string> {
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  return headers;
}

export async function fetchPackConditionally(url: string, validators: Validators, fetchFunction: FetchFunction = fetch): Promise<FetchPackResult> {
  let response: Response;
  try {
    response = await fetchFunction(url, {
      method: 'GET',
      headers: conditionalHeaders(validators),
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
    });
  } catch (error) {
    return {
      kind: 'failed',
      message: `无法连接订阅地址（网络不通，或服务器没有发送 CORS 头，需要授予访问权限） / could not reach the subscription URL (offline, or the host sends no CORS headers and needs access granted): ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) return { kind: 'failed', message: `服务器回答 HTTP ${response.status} / the server answered HTTP ${response.status}` };
  const declared = Number(response.headers.get('Content-Length') ?? '0');
  if (declared > SUBSCRIPTION_MAX_BYTES) return tooLarge();
  const bytes = await readAtMost(response, SUBSCRIPTION_MAX_BYTES);
  if (!bytes) return tooLarge();
  return { kind: 'fetched', bytes, etag: response.headers.get('ETag'), lastModified: response.headers.get('Last-Modified') };
}

function tooLarge(): FetchPackResult {
  const mb = SUBSCRIPTION_MAX_BYTES / 1024 / 1024;
  return { kind: 'failed', message: `订阅的话术包超过 ${mb} MB，未下载；请拆成几个包 / the subscribed pack is larger than ${mb} MB; split it` };
}

/** The body, or null as soon as it passes `limit` (a lying or absent Content-Length cannot fill memory). */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > limit ? null : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
