/** One dev session: what the page shows, and the steps a person takes on it, one at a time. */
import path from "node:path";
import { envNameFor } from "../bridge/credentials.js";
import { readSource } from "../document/read.js";
import { CONTACT_FIELDS } from "../manifest/vocabulary.js";
import { isPlainObject } from "../util/suggest.js";
import type { ActionReply, DevBridge, Outcome, ShownInteraction } from "./bridge-session.js";
import { type DevPageState, pageDocument, pageSections } from "./page.js";
import { type RenderFiles, type WorkspaceInput, type WorkspaceView, workspaceView } from "./workspace.js";

export interface DevSessionSetup {
  workspace: WorkspaceInput;
  renderFiles: RenderFiles;
  /** Absent in preview mode: nothing is sent. */
  bridge?: DevBridge;
  /** Where the requests go, as reports show it. */
  target?: string;
  credentials?: string;
  env: Readonly<Record<string, string | undefined>>;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class DevSession {
  private view: WorkspaceView;
  private connectOutcome?: Outcome;
  private syncOutcome?: Outcome;
  private chosen?: string;
  private interactions?: { outcome: Outcome; list: ShownInteraction[] };
  private readonly replies = new Map<string, ActionReply>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly setup: DevSessionSetup) {
    this.view = { manifest: setup.workspace.manifest, actions: [], diagnostics: [] };
  }

  /** Told after every change of what the page shows. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }

  /** Steps run one after another: a sync and a Run never interleave their requests. */
  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Lints and renders the files again (after a change on disk), with the chosen contact's values. */
  reload(): Promise<void> {
    return this.enqueue(async () => {
      await this.render();
      this.changed();
    });
  }

  private async render(): Promise<void> {
    try {
      const results = await this.setup.renderFiles(this.contactFields());
      this.view = workspaceView(this.setup.workspace, results);
    } catch (error) {
      this.view = {
        manifest: this.setup.workspace.manifest,
        actions: [],
        diagnostics: [],
        loadError: `The files cannot be read: ${reasonOf(error)}`,
      };
    }
  }

  /** Every contact field, empty where the synced contact has no value (no sample value stands in). */
  private contactFields(): Record<string, string> | undefined {
    if (this.chosen === undefined || !this.setup.bridge) return undefined;
    const values = this.setup.bridge.contactFields(this.chosen);
    if (!values) return undefined;
    const all: Record<string, string> = {};
    for (const field of CONTACT_FIELDS) all[field] = values[field] ?? "";
    return all;
  }

  /** Auth fields with a value from --credentials or TD_AUTH_* (names only: the values never leave the server). */
  private presetFields(): Set<string> {
    const names = new Set<string>();
    let fileValues: Record<string, unknown> = {};
    if (this.setup.credentials !== undefined) {
      const read = readSource(path.resolve(this.setup.workspace.cwd, this.setup.credentials));
      if (read.ok) {
        try {
          const value: unknown = JSON.parse(read.text);
          if (isPlainObject(value)) fileValues = value;
        } catch {}
      }
    }
    for (const field of this.view.integration?.authFields ?? []) {
      if (field.name === undefined) continue;
      const fromFile = fileValues[field.name];
      if (
        this.setup.env[envNameFor(field.name)] !== undefined ||
        (fromFile !== undefined && fromFile !== null && fromFile !== "")
      ) {
        names.add(field.name);
      }
    }
    return names;
  }

  private state(): DevPageState {
    const bridge = this.setup.bridge;
    return {
      workspace: this.view,
      target: bridge ? this.setup.target : undefined,
      presetFields: this.presetFields(),
      connect: this.connectOutcome,
      sync: this.syncOutcome,
      contacts: bridge?.shownContacts() ?? [],
      chosen: this.chosen,
      interactions: this.interactions,
      replies: this.replies,
      calls: bridge?.calls ?? [],
      assumptions: bridge ? bridge.assumptions(this.view.integration?.authenticationType?.toLowerCase() ?? "none") : [],
    };
  }

  sections(): Record<string, string> {
    return pageSections(this.state());
  }

  document(): string {
    const state = this.state();
    return pageDocument(state, pageSections(state));
  }

  private step(work: (bridge: DevBridge) => Promise<void>): Promise<void> {
    return this.enqueue(async () => {
      const bridge = this.setup.bridge;
      if (!bridge) return;
      await work(bridge);
      this.changed();
    });
  }

  connect(values: Record<string, string>): Promise<void> {
    return this.step(async (bridge) => {
      this.connectOutcome = await bridge.connect(values);
    });
  }

  sync(): Promise<void> {
    return this.step(async (bridge) => {
      this.syncOutcome = await bridge.sync();
      if (this.chosen !== undefined && !bridge.contact(this.chosen)) {
        this.chosen = undefined;
        this.interactions = undefined;
      }
      await this.render();
    });
  }

  choose(id: string): Promise<void> {
    return this.step(async (bridge) => {
      if (!bridge.contact(id)) return;
      this.chosen = id;
      const { outcome, interactions } = await bridge.interactions(id);
      this.interactions = { outcome, list: interactions };
      await this.render();
    });
  }

  runAction(name: string, values: Record<string, string>): Promise<void> {
    return this.step(async (bridge) => {
      this.replies.set(name, await bridge.runAction(name, values, this.chosen));
    });
  }
}
