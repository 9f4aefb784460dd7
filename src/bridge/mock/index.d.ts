// Types of the mock bridge (the modules are plain JavaScript so generated bridge projects can copy them as they are).
import type { IncomingMessage, ServerResponse } from "node:http";

export type MockEndpointKind = "auth-validation" | "contact-sync" | "interaction-retrieval" | "agent-sync" | "action";

export interface MockAuthField {
  name: string;
  type: "input" | "oauth";
  source: string;
  mandatory: boolean;
}

export interface MockRoute {
  path: string;
  kind: MockEndpointKind;
  action?: { name: string; inputs: { key: string; mandatory: boolean }[] };
}

export interface MockIntegration {
  name: string;
  authenticationType: string;
  authFields: MockAuthField[];
  interactionTypes: string[];
  routes: MockRoute[];
}

export type Auth = Record<string, unknown>;

/** The functions a bridge calls to reach the data: the sample backend, or a developer's system. */
export interface BridgeSystem {
  authenticate(auth: Auth): Promise<boolean>;
  authValidation(auth: Auth): Promise<Record<string, unknown>>;
  contactPage(request: { auth: Auth; checkpoint?: string; offset?: string; context?: unknown }): Promise<{
    contacts: Record<string, unknown>[];
    checkpoint?: string;
    nextOffset?: string;
    context?: unknown;
  }>;
  interactions(request: {
    auth: Auth;
    contact: { id: string; name?: unknown; emails: unknown[]; phones: unknown[] };
    types: string[];
  }): Promise<Record<string, unknown>[]>;
  agentPage(request: {
    auth: Auth;
    offset?: number;
  }): Promise<{ agents: Record<string, unknown>[]; nextOffset?: number }>;
  runAction(request: {
    auth: Auth;
    action: string;
    data: Record<string, unknown>;
    contactId?: string;
    agentId?: string;
  }): Promise<{
    message?: string;
    externalId?: string;
    contactExternalId?: string;
    contactExternalType?: string;
    contactExternalUrl?: string;
  }>;
}

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void;

export class BridgeError extends Error {
  constructor(status: number, message: string);
  status: number;
}
export function unauthorized(message?: string): BridgeError;
export function badRequest(message: string): BridgeError;

export function describeIntegration(manifest: unknown, actions?: readonly unknown[]): MockIntegration;
export function checkedAuthKeys(integration: MockIntegration, oauthTokenKey?: string): string[];
export function sampleCredentials(integration: MockIntegration, oauthTokenKey?: string): Record<string, string>;
export function createSampleBackend(options: {
  integration: MockIntegration;
  credentials: Auth;
  oauthTokenKey?: string;
}): BridgeSystem;
export function createBridgeHandler(options: {
  integration: MockIntegration;
  system: BridgeSystem;
  onError?: (error: unknown) => void;
}): RequestHandler;

export interface ListeningBridge {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface MockBridge {
  integration: MockIntegration;
  /** The credentials it accepts. */
  credentials: Auth;
  handler: RequestHandler;
  listen(port?: number, host?: string): Promise<ListeningBridge>;
}

export function createMockBridge(options: {
  manifest: unknown;
  actions?: readonly unknown[];
  credentials?: Auth;
  oauthTokenKey?: string;
  onError?: (error: unknown) => void;
}): MockBridge;
