import { formatSeconds, REQUEST_HEADERS } from "./options.js";
import type { ReceivedResponse } from "./types.js";

export type TransportResult =
  | { ok: true; response: ReceivedResponse }
  /** `unreachable`: the host refused the connection or does not exist (every later request there would fail alike). */
  | { ok: false; error: string; unreachable?: boolean };
export type Transport = (
  url: string,
  body: unknown,
  timeoutMs: number,
  maxBodyBytes?: number,
) => Promise<TransportResult>;

/** The largest reply body read (after decompression), unless --max-body says otherwise. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

class BodyTooLarge {}

/** The body as text, read until its end or until it passes `maxBytes` decoded bytes (then the read stops). */
async function readBody(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return "";
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

/**
 * POSTs a JSON body with Node's fetch. Redirects are never followed (the 3xx comes back to be
 * reported) and the whole exchange, body included, is bounded by the timeout.
 */
export const postJson: Transport = async (url, body, timeoutMs, maxBodyBytes = DEFAULT_MAX_BODY_BYTES) => {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: REQUEST_HEADERS,
      body: JSON.stringify(body),
      redirect: "manual",
      signal,
    });
    const bodyText = await readBody(res, maxBodyBytes);
    return {
      ok: true,
      response: {
        status: res.status,
        contentType: res.headers.get("content-type") ?? undefined,
        location: res.headers.get("location") ?? undefined,
        bodyText,
      },
    };
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return {
        ok: false,
        error: `the reply body is over ${formatMegabytes(maxBodyBytes)} (decoded): a bridge replies with a page of data, not more; the rest was not read (--max-body raises the limit)`,
      };
    }
    const code = (error as { cause?: { code?: string } }).cause?.code;
    const unreachable = code === "ECONNREFUSED" || code === "ENOTFOUND";
    return unreachable
      ? { ok: false, error: describeFailure(error, url, timeoutMs), unreachable }
      : { ok: false, error: describeFailure(error, url, timeoutMs) };
  }
};

function describeFailure(error: unknown, url: string, timeoutMs: number): string {
  const err = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === "TimeoutError" || err.name === "AbortError") {
    return `no answer within ${formatSeconds(timeoutMs)}: the bridge must reply before Talkdesk's timeout (raise --timeout only to investigate)`;
  }
  const cause = err.cause;
  if (cause?.code === "ECONNREFUSED") return `connection refused by ${new URL(url).host}: is the bridge running there?`;
  if (cause?.code === "ENOTFOUND")
    return `host ${new URL(url).hostname} not found: check --base or the manifest's endpoint`;
  const detail = cause?.message ?? cause?.code ?? err.message ?? String(error);
  return `request failed: ${detail}`;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
