/** The endpoints Talkdesk calls on a bridge. */
export type EndpointKind = "auth-validation" | "contact-sync" | "interaction-retrieval" | "agent-sync" | "action";

export const ENDPOINT_KINDS: readonly EndpointKind[] = [
  "auth-validation",
  "contact-sync",
  "interaction-retrieval",
  "agent-sync",
  "action",
];

/** One contract check: passed or failed, with the reason in words. */
export interface Check {
  id: string;
  ok: boolean;
  message: string;
  /** True when the check rests on a behaviour the two generations of Talkdesk's docs disagree on. */
  assumed?: boolean;
  /** A passed check that still deserves attention (shown as WARN; the run does not fail for it). */
  warning?: boolean;
}

/** Where a request's endpoint is declared: the endpoint key in the manifest or action file (1-based). */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** JSON pointer of the endpoint key's value, such as `/contact_synchronization_endpoint`. */
  pointer: string;
}

export interface SentRequest {
  method: "POST";
  url: string;
  /** The JSON body as sent, with every credential masked. */
  body: unknown;
}

export interface ReceivedResponse {
  status: number;
  contentType: string | undefined;
  location: string | undefined;
  /** The body text with every credential masked (never truncated here; formatters truncate). */
  bodyText: string;
}

export interface CallRecord {
  kind: EndpointKind;
  /** "contact sync, page 2", "action create_ticket". */
  label: string;
  request?: SentRequest;
  response?: ReceivedResponse;
  /** Transport failure: timeout, refused connection... */
  error?: string;
  /** Why the call was not sent (no endpoint, a mandatory input without value). */
  skipped?: string;
  checks: Check[];
  notes: string[];
  /** The endpoint key this call's URL comes from (absent when the manifest could not be placed). */
  location?: SourceLocation;
}

export interface Assumption {
  id: string;
  text: string;
}

export interface BridgeReport {
  integration: string;
  /** Where the requests went: the --base origin, or "production (manifest endpoints)". */
  target: string;
  assumptions: Assumption[];
  /** Set-up notes: legacy endpoint keys used, actions ignored, the sample contact used... */
  notes: string[];
  calls: CallRecord[];
  summary: { calls: number; checks: number; failed: number; warnings: number; skipped: number };
}

export interface ActionInput {
  key: string;
  mandatory: boolean;
  /** Canonical input type (Text when absent or unknown). */
  type: string;
  format: string | undefined;
}

export interface ActionInfo {
  name: string;
  file: string;
  endpoint: string | undefined;
  inputs: ActionInput[];
  /** Where `endpoint` is written in the action file. */
  location?: SourceLocation;
}

export interface AuthField {
  name: string;
  mandatory: boolean;
  /** `input` (the user types it) or `oauth` (the OAuth authority provides it). */
  type: string;
}

export interface IntegrationInfo {
  name: string;
  file: string;
  authenticationType: string;
  authFields: AuthField[];
  interactionTypes: string[];
  /** Endpoint URLs after the --base rewrite; absent when the manifest has none. */
  endpoints: Partial<Record<Exclude<EndpointKind, "action">, string>>;
  /** Where each endpoint key is written in the manifest. */
  locations: Partial<Record<Exclude<EndpointKind, "action">, SourceLocation>>;
}

/** Everything the runner needs, resolved and validated by the setup step. */
export interface BridgePlan {
  integration: IntegrationInfo;
  actions: ActionInfo[];
  /** The auth object sent in every body (unmasked). */
  auth: Record<string, unknown>;
  target: string;
  /** Notes about the set-up, shown once (legacy endpoint keys, actions ignored...). */
  notes: string[];
}

/** A contact as the contact sync returns it (only the fields the tester reads are typed). */
export interface SyncedContact {
  id: string;
  name?: string;
  company?: string;
  title?: string;
  address?: string;
  twitter?: string;
  emails?: string[];
  phones?: string[];
  websites?: string[];
  [key: string]: unknown;
}
