import { formatSeconds, REQUEST_HEADERS } from "./options.js";
import type { ReceivedResponse } from "./types.js";

export type TransportResult = { ok: true; response: ReceivedResponse } | { ok: false; error: string };
export type Transport = (url: string, body: unknown, timeoutMs: number) => Promise<TransportResult>;

/**
 * POSTs a JSON body with Node's fetch. Redirects are never followed (the 3xx comes back to be
 * reported) and the whole exchange, body included, is bounded by the timeout.
 */
export const postJson: Transport = async (url, body, timeoutMs) => {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: REQUEST_HEADERS,
      body: JSON.stringify(body),
      redirect: "manual",
      signal,
    });
    const bodyText = await res.text();
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
    return { ok: false, error: describeFailure(error, url, timeoutMs) };
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
