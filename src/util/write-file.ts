import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from "node:fs";
import path from "node:path";

/** A file whose mode has no write bit: it is left as it is, as editors leave it (even for root). */
export class ReadOnlyFileError extends Error {
  readonly code = "EREADONLY";
  constructor(readonly file: string) {
    super("the file is read-only; make it writable (chmod u+w) to let td-integration change it");
    this.name = "ReadOnlyFileError";
  }
}

/** What a failed write means, in words: the error's own message for ours, the code's meaning otherwise. */
export function writeFailureReason(error: unknown): string {
  if (error instanceof ReadOnlyFileError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "no space left on the device";
    case "EROFS":
      return "the file system is read-only";
    case "EISDIR":
      return "it is a directory";
    case "ENOTDIR":
      return "a part of the path is a file, not a directory";
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

const TEMPORARY_MARK = ".td-integration-";
const TEMPORARY_END = ".tmp";

/**
 * The temporary file a write goes through: hidden, beside the target, named after it and this
 * process, and not ending in .json, so no walk or glob lints it and a later write can find it.
 */
export function temporaryNameFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}${TEMPORARY_MARK}${process.pid}${TEMPORARY_END}`);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Removes the temporary files that writes of `file` by processes no longer running left behind (a kill -9). */
export function removeLeftovers(file: string): void {
  const prefix = `.${path.basename(file)}${TEMPORARY_MARK}`;
  let names: string[];
  try {
    names = readdirSync(path.dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(TEMPORARY_END)) continue;
    const pid = Number(name.slice(prefix.length, -TEMPORARY_END.length));
    if (!Number.isSafeInteger(pid) || pid <= 0 || (pid !== process.pid && processIsAlive(pid))) continue;
    rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

/** Bytes written at a time by writeInBatches. */
const BATCH_BYTES = 65536;

/**
 * Writes pieces of text encoded into batches of about 64 KB: fewer writes than pieces, less memory
 * than one string, and each piece encoded once (a joined string holding one `…` would be re-encoded
 * whole as two-byte text). Each batch is a new buffer, so an asynchronous stream may keep it.
 */
export function writeInBatches(pieces: Iterable<string>, write: (bytes: Uint8Array) => void): void {
  let batch: Buffer | undefined;
  let used = 0;
  const flush = () => {
    if (batch && used > 0) write(batch.subarray(0, used));
    batch = undefined;
    used = 0;
  };
  for (const piece of pieces) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (used + piece.length * 3 > BATCH_BYTES) flush();
    if (piece.length * 3 > BATCH_BYTES) {
      write(Buffer.from(piece, "utf8"));
      continue;
    }
    batch ??= Buffer.allocUnsafeSlow(BATCH_BYTES);
    used += batch.write(piece, used, "utf8");
  }
  flush();
}

function writeAll(fd: number, content: string | Iterable<string>): void {
  if (typeof content === "string") writeInBatches([content], (bytes) => writeSync(fd, bytes));
  else writeInBatches(content, (bytes) => writeSync(fd, bytes));
}

/** True when the mode gives nobody the right to write: such a file is read-only for us too. */
export function isReadOnly(stat: Stats): boolean {
  return (stat.mode & 0o222) === 0;
}

const CANNOT_CREATE_BESIDE = new Set(["EACCES", "EPERM", "EROFS"]);

const SIGNAL_EXIT_CODES: [NodeJS.Signals, number][] = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
];
let signalsHeld = false;

/**
 * Once a process writes, Ctrl+C and kill take effect between writes, not in the middle of one: a
 * write is synchronous, so the handler runs after it has renamed its temporary file into place.
 */
function holdSignalsBetweenWrites(): void {
  if (signalsHeld) return;
  signalsHeld = true;
  for (const [signal, code] of SIGNAL_EXIT_CODES) process.once(signal, () => process.exit(code));
}

/**
 * Writes `content` to `file` so that a crash or kill never leaves it half-written: through a
 * temporary file beside it (see temporaryNameFor) and a rename. An existing file keeps its mode and
 * owner; a read-only one (no write bit) is refused with ReadOnlyFileError; a symbolic link stays a
 * link and its target is written. When the folder refuses new files but the file itself may be
 * written, it is written in place, as editors do.
 */
export function writeFileSafely(file: string, content: string | Iterable<string>): void {
  holdSignalsBetweenWrites();
  const existing = statSync(file, { throwIfNoEntry: false });
  const target = existing ? realpathSync(file) : file;
  if (existing && isReadOnly(existing)) throw new ReadOnlyFileError(file);
  removeLeftovers(target);
  const temporary = temporaryNameFor(target);
  let fd: number;
  try {
    fd = openSync(temporary, "wx", existing ? existing.mode & 0o7777 : 0o666);
  } catch (error) {
    if (existing && CANNOT_CREATE_BESIDE.has((error as NodeJS.ErrnoException).code ?? "")) {
      writeInPlace(target, content);
      return;
    }
    throw error;
  }
  try {
    if (existing) {
      fchmodSync(fd, existing.mode & 0o7777);
      if (process.getuid?.() === 0) fchownSync(fd, existing.uid, existing.gid);
    }
    writeAll(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temporary, target);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {}
    rmSync(temporary, { force: true });
    throw error;
  }
}

function writeInPlace(file: string, content: string | Iterable<string>): void {
  const fd = openSync(file, "r+");
  try {
    // Pieces may be a one-pass iterator: written as they come, then the file is cut to their end.
    let length = 0;
    const counted = typeof content === "string" ? [content] : content;
    writeInBatches(counted, (bytes) => {
      writeSync(fd, bytes, 0, bytes.length, length);
      length += bytes.length;
    });
    // ftruncate after the write: a shorter text leaves no tail of the old one.
    ftruncateSync(fd, length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** True when `file` resolves inside `root` (never `root` itself, never through `..`). */
export function isInside(root: string, file: string): boolean {
  const relative = path.relative(path.resolve(root), path.resolve(root, file));
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
}

/** The real path of `file` (links resolved), for a path that may not exist yet: its deepest existing ancestor's real path plus the rest. */
function realPathOf(file: string): string {
  let probe = path.resolve(file);
  let rest = "";
  for (;;) {
    try {
      return path.join(realpathSync(probe), rest);
    } catch {
      const parent = path.dirname(probe);
      if (parent === probe) return path.join(probe, rest);
      rest = path.join(path.basename(probe), rest);
      probe = parent;
    }
  }
}

/**
 * Like isInside, and also after following symbolic links: a link inside `root` (a folder or an
 * existing file) that points elsewhere would make a write land outside it.
 */
export function resolvesInside(root: string, file: string): boolean {
  if (!isInside(root, file)) return false;
  const realRoot = realPathOf(root);
  return isInside(realRoot, realPathOf(path.resolve(root, file)));
}
