import { closeSync, constants, fstatSync, lstatSync, openSync, readSync } from "node:fs";

/** Files larger than this are reported, not read: a manifest is a few kilobytes. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** The rule id of the diagnostic given to a file that cannot be read as text. */

/** How many leading bytes are searched for a NUL byte to tell a binary file (as git does). */
const BINARY_SNIFF_BYTES = 8000;

export interface ReadFailure {
  file: string;
  reason: string;
}

export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

export interface ReadOptions {
  maxBytes?: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Why a path cannot be opened, in words, from the error code of a failed stat or open. */
function reasonForCode(absolute: string, code: string | undefined): string {
  switch (code) {
    case "ENOENT": {
      let link = false;
      try {
        link = lstatSync(absolute).isSymbolicLink();
      } catch {}
      return link
        ? "it is a symbolic link to a file that does not exist; fix or remove the link"
        : "the file does not exist";
    }
    case "EACCES":
    case "EPERM":
      return "permission denied; make the file readable (chmod +r)";
    case "EISDIR":
      return "it is a directory, not a file";
    case "ELOOP":
      return "it is a symbolic link that points back to itself (a link loop); fix or remove the link";
    case "ENAMETOOLONG":
      return "the path is too long";
    default:
      return `the system refused to read it (${code ?? "unknown error"})`;
  }
}

/** Byte offset of the first byte that is not valid UTF-8 (the buffer is known to hold one). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  // Streaming decode of a prefix fails only on an invalid byte, not on a sequence cut at the end.
  const validPrefix = (n: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (validPrefix(mid)) lo = mid;
    else hi = mid - 1;
  }
  if (lo < bytes.length) {
    // The valid prefix may end inside a character that the next byte breaks: point at that character.
    let lead = lo - 1;
    while (lead > 0 && lead > lo - 4 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
    const byte = bytes[lead] ?? 0;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return lead >= 0 && lead + length > lo ? lead : lo;
  }
  // The whole buffer is a valid prefix: the text ends in the middle of a character; point at its start.
  let start = bytes.length - 1;
  while (start > 0 && ((bytes[start] as number) & 0xc0) === 0x80) start--;
  return start;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Decodes a file's bytes as UTF-8 text, or says why they are not manifest text. */
export function decodeSource(bytes: Uint8Array): ReadOutcome {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: "the file is UTF-16 encoded; save it as UTF-8" };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    return { ok: false, reason: "it is a binary file (it holds NUL bytes), not JSON text" };
  }
  // The fast path: Buffer decoding keeps a byte-order mark (for the no-bom rule) and turns invalid
  // bytes into U+FFFD; only a text holding U+FFFD needs the strict decoder to tell which it was.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("utf8");
  if (!text.includes("\uFFFD")) return { ok: true, text };
  try {
    return { ok: true, text: STRICT_UTF8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      reason: `invalid UTF-8 at line ${lineOf(bytes, offset)} (byte ${offset}); save the file with UTF-8 encoding`,
    };
  }
}

/**
 * Where a chunk of files is read to before it is linted: one buffer, reused, so reading leaves no
 * garbage (and no text waiting to be linted outlives a young-generation collection).
 */
export interface BytePool {
  buffer: Uint8Array;
  used: number;
}

/** A pool of `bytes` bytes, empty. */
export function bytePool(bytes: number): BytePool {
  return { buffer: new Uint8Array(bytes), used: 0 };
}

export type ByteOutcome = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/**
 * Reads one file's bytes, or says why it cannot be linted: missing, unreadable, a directory, not a
 * regular file (a FIFO would block) or larger than the limit. The bytes go into `pool` when they
 * fit there (valid until the pool is reset), else into a buffer of their own. Never throws.
 */
export function readBytes(absolute: string, options: ReadOptions = {}, pool?: BytePool): ByteOutcome {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  let fd: number;
  try {
    // Non-blocking, so opening a named pipe returns at once; fstat then says what was opened.
    fd = openSync(absolute, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, reason: reasonForCode(absolute, (error as NodeJS.ErrnoException).code) };
  }
  try {
    return readInto(fd, maxBytes, pool) ?? readStatted(fd, absolute, maxBytes, pool);
  } catch (error) {
    return { ok: false, reason: reasonForCode(absolute, (error as NodeJS.ErrnoException).code) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The common case in one read, without fstat (3 µs a file): a regular file that fits in what is left
 * of the pool, whose read comes back short of the room it had (a regular file reads short only at its
 * end). Anything else (no pool, an empty or a full read, an error such as a directory's or a pipe's)
 * is undefined, and readStatted decides with fstat.
 */
function readInto(fd: number, maxBytes: number, pool: BytePool | undefined): ByteOutcome | undefined {
  if (!pool) return undefined;
  const room = Math.min(pool.buffer.length - pool.used, maxBytes + 1);
  let read: number;
  try {
    read = room > 0 ? readSync(fd, pool.buffer, pool.used, room, 0) : 0;
  } catch {
    return undefined;
  }
  if (read === 0 || read === room) return undefined;
  const bytes = pool.buffer.subarray(pool.used, pool.used + read);
  pool.used += read;
  return { ok: true, bytes };
}

/** Reads a file whose size fstat gives, into the pool when it fits there, else a buffer of its own. */
function readStatted(fd: number, absolute: string, maxBytes: number, pool: BytePool | undefined): ByteOutcome {
  const stat = fstatSync(fd);
  if (stat.isDirectory()) return { ok: false, reason: reasonForCode(absolute, "EISDIR") };
  if (!stat.isFile()) {
    return { ok: false, reason: "it is not a regular file (a device, socket or named pipe)" };
  }
  const size = stat.size;
  // Files of /proc and /sys say they are empty and are not: read them to their end, within the limit.
  if (size === 0) return readUnsized(fd, maxBytes);
  if (size > maxBytes) {
    return {
      ok: false,
      reason: `the file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit; a manifest is a few kilobytes`,
    };
  }
  const fits = pool !== undefined && size <= pool.buffer.length - pool.used;
  const bytes = fits ? pool.buffer.subarray(pool.used, pool.used + size) : new Uint8Array(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, bytes, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  if (fits) pool.used += read;
  return { ok: true, bytes: bytes.subarray(0, read) };
}

/** Reads a file whose size is unknown until its end, refusing it past `maxBytes`. */
function readUnsized(fd: number, maxBytes: number): ByteOutcome {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(65536);
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) {
      return { ok: false, reason: `the file is over the ${megabytes(maxBytes)} limit; a manifest is a few kilobytes` };
    }
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * Reads one file as UTF-8 text, or says why it cannot be linted: missing, unreadable, a directory,
 * not a regular file, larger than the limit, binary, or not valid UTF-8. Never throws. With a `pool`,
 * the bytes are read into it from its start (the text is decoded before this returns).
 */
export function readSource(absolute: string, options: ReadOptions = {}, pool?: BytePool): ReadOutcome {
  if (pool) pool.used = 0;
  const outcome = readBytes(absolute, options, pool);
  return outcome.ok ? decodeSource(outcome.bytes) : outcome;
}

/**
 * Standard input as UTF-8 text, read as files are: at most `maxBytes` (the rest is not read), binary
 * and invalid UTF-8 refused with the same reasons. Never throws.
 */
export function readStdin(options: ReadOptions = {}): ReadOutcome {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_FILE_BYTES;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    const chunk = new Uint8Array(65536);
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A non-blocking pipe with nothing yet: wait a little and read again.
      if (code === "EAGAIN") {
        Atomics.wait(pause, 0, 0, 10);
        continue;
      }
      if (code === "EOF") break;
      return { ok: false, reason: `standard input cannot be read (${code ?? (error as Error).message})` };
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > maxBytes) {
      return {
        ok: false,
        reason: `standard input is over the ${megabytes(maxBytes)} limit; a manifest is a few kilobytes`,
      };
    }
  }
  return decodeSource(Buffer.concat(chunks, total));
}
