/**
 * The zip container of a Word file, read and written by hand over fflate's raw DEFLATE: reading
 * must bound what a hostile archive can cost (entry count, declared and actual decompressed size,
 * checked while inflating, never after), and writing an annotated copy must carry every entry it
 * does not change as the very bytes it was stored as — neither is offered by a whole-archive
 * unzip/zip call.
 */
import { deflateSync, Inflate } from 'fflate';

/** One entry as stored: its compressed bytes untouched. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused when read. */
  method: number;
  crc: number;
  size: number;
  /** The compressed bytes. */
  data: Uint8Array;
  /** General-purpose flags; bit 0 is encryption. */
  flags: number;
}

export type ZipFault = 'notZip' | 'truncated' | 'tooManyEntries' | 'tooLargeUnpacked' | 'encrypted' | 'badEntry';

export class ZipError extends Error {
  constructor(readonly fault: ZipFault) {
    super(fault);
  }
}

export const ZIP_LIMITS = {
  /** A Word file has tens of parts; thousands means an archive built to exhaust a reader. */
  entries: 5000,
  /** Decompressed bytes of the parts read (document, styles, numbering, properties) together. */
  unpacked: 64 * 1024 * 1024,
};

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

/** The entries of a zip, from its central directory; names in the archive's order. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint32(0, true) !== LOCAL)
    throw new ZipError(bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b ? 'truncated' : 'notZip');
  // The end record is in the last 22 + 65,535 (comment) bytes.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new ZipError('truncated');
  const count = view.getUint16(end + 10, true);
  const directoryAt = view.getUint32(end + 16, true);
  if (count > ZIP_LIMITS.entries) throw new ZipError('tooManyEntries');
  const entries: ZipEntry[] = [];
  let at = directoryAt;
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw new ZipError('truncated');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipError('truncated');
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw new ZipError('truncated');
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataAt + compressed > bytes.length) throw new ZipError('truncated');
    entries.push({ name, method, crc, size, flags, data: bytes.subarray(dataAt, dataAt + compressed) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** What inflating may still produce across one file's parts. */
export class UnpackBudget {
  constructor(public left = ZIP_LIMITS.unpacked) {}
}

/** An entry's bytes, inflated in slices so an archive that expands past the budget stops early. */
export function unpack(entry: ZipEntry, budget: UnpackBudget): Uint8Array {
  if (entry.flags & 1) throw new ZipError('encrypted');
  if (entry.size > budget.left) throw new ZipError('tooLargeUnpacked');
  let out: Uint8Array;
  if (entry.method === 0) out = entry.data;
  else if (entry.method === 8) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    const inflater = new Inflate((chunk, final) => {
      chunks.push(chunk);
      total += chunk.length;
      done = final;
    });
    // 4 KiB of DEFLATE expands to at most about 4 MiB: the budget is checked between slices.
    const SLICE = 4096;
    try {
      for (let at = 0; at < entry.data.length && !done; at += SLICE) {
        inflater.push(entry.data.subarray(at, at + SLICE), at + SLICE >= entry.data.length);
        // More than the entry declares is a damaged (or lying) entry: stop before the rest is inflated.
        if (total > entry.size) throw new ZipError('badEntry');
      }
    } catch (error) {
      if (error instanceof ZipError) throw error;
      throw new ZipError('badEntry');
    }
    out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
  } else throw new ZipError('badEntry');
  if (out.length !== entry.size) throw new ZipError(out.length < entry.size ? 'truncated' : 'badEntry');
  budget.left -= out.length;
  return out;
}

/** A new entry for `writeZip`, deflated. */
export function newEntry(name: string, content: Uint8Array): ZipEntry {
  return { name, method: 8, crc: crc32(content), size: content.length, flags: 0, data: deflateSync(content) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** The zip checksum (node:zlib has one only from Node 20.15; the engines field allows any 20). */
function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A zip of `entries` in their order; each entry's stored bytes are written as they are. */
export function writeZip(entries: readonly ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = encoder.encode(entry.name);
    // Bit 11: the name is UTF-8. Bit 3 (sizes after the data) is cleared: they are in the header.
    const flags = (entry.flags & ~0x8) | 0x800;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, LOCAL, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, entry.method, true);
    lv.setUint32(14, entry.crc, true);
    lv.setUint32(18, entry.data.length, true);
    lv.setUint32(22, entry.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, CENTRAL, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, entry.method, true);
    cv.setUint32(16, entry.crc, true);
    cv.setUint32(20, entry.data.length, true);
    cv.setUint32(24, entry.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, entry.data);
    centrals.push(central);
    offset += local.length + entry.data.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
