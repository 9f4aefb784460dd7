export const GENERATOR_VERSION: number;

export interface CorpusOptions {
  seed?: number;
  integrations?: number;
  actions?: number;
  /** Share of files that get one or two mistakes (default 0.1). */
  brokenShare?: number;
  /** Leave the mistakes out: the same corpus with every file clean. */
  clean?: boolean;
}

export interface CorpusFile {
  /** Relative, forward slashes. */
  path: string;
  text: string;
  broken: boolean;
  /** Names of the mistakes made in this file (empty when clean). */
  mistakes: string[];
}

export interface Random {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Random;
export function generateCorpus(options?: CorpusOptions): { files: CorpusFile[] };
export function writeCorpus(dir: string, options?: CorpusOptions): { files: number; broken: number; hash: string };
export function corpusHash(files: readonly { path: string; text: string }[]): string;
