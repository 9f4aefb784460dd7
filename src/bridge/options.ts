import type { Assumption } from "./types.js";

/**
 * Where Talkdesk's older docs (Talkdesk/api, integrations/) and its current docs disagree, the
 * tester's behaviour is an option; every report lists the values used as "assumed".
 */
export interface BridgeOptions {
  /** Auth validation success: older docs 204, current docs 200 (optionally returning auth fields). */
  authSuccess: "2xx" | "204" | "200";
  /** Agent sync paging: current docs page with an integer meta.offset / next_offset; older docs do not page. */
  agentPaging: "offset" | "none";
  /** The auth key under which an OAuth access token travels. */
  oauthTokenKey: string;
  /** Contact field whose values must ascend (the field the bridge uses as its checkpoint). */
  checkpointField: string;
  /** meta.synchronization_checkpoint for the contact sync run (absent = initial sync). */
  checkpoint?: string;
  timeoutMs: number;
  /** The largest reply body read, in bytes after decompression. */
  maxBodyBytes?: number;
  maxPages: number;
  /** Only these actions (by name); all when absent. */
  actionNames?: string[];
  /** Send one request with an altered credential and expect 401 (default true; `--no-negative-auth` turns it off). */
  invalidCredentials?: boolean;
  /** Input values per action name, used before the defaults written in the action file. */
  actionData?: Record<string, Record<string, unknown>>;
}

export const DEFAULT_OPTIONS: BridgeOptions = {
  authSuccess: "2xx",
  agentPaging: "offset",
  oauthTokenKey: "access_token",
  checkpointField: "updated_at",
  timeoutMs: 10_000,
  maxPages: 100,
};

export const REQUEST_HEADERS = { "content-type": "application/json", accept: "application/json" } as const;

export function assumptionsFor(options: BridgeOptions, oauth: boolean): Assumption[] {
  const list: Assumption[] = [
    {
      id: "auth-success",
      text:
        options.authSuccess === "2xx"
          ? "auth validation succeeds with any 2xx: 204 (older docs) or 200 with optional auth fields (current docs) (--auth-success 2xx)"
          : `auth validation must answer exactly ${options.authSuccess} (--auth-success ${options.authSuccess})`,
    },
    {
      id: "agent-paging",
      text:
        options.agentPaging === "offset"
          ? "agent sync pages with an integer meta.offset taken from next_offset, as the current docs describe (--agent-paging offset)"
          : "agent sync is one request without paging, as the older docs describe (--agent-paging none)",
    },
    {
      id: "headers",
      text: "requests carry Content-Type: application/json and Accept: application/json; credentials travel only in the body's auth object",
    },
    {
      id: "timeout",
      text: `a bridge must answer within ${formatSeconds(options.timeoutMs)} (--timeout)`,
    },
  ];
  if (oauth) {
    list.push({
      id: "oauth-token-key",
      text: `the OAuth access token travels as auth.${options.oauthTokenKey} (--oauth-token-key)`,
    });
  }
  return list;
}

export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(3).replace(/0+$/, "")} s`;
}

export function isOauth(authenticationType: string): boolean {
  return authenticationType.startsWith("oauth2");
}
