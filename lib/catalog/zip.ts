/**
 * A look inside a ZIP file before handing it to exceljs, which inflates everything in memory:
 * a small upload must not be able to expand into gigabytes. The sizes an entry declares are
 * not trusted — each entry is inflated here with a hard cap on its output, so a forged header
 * cannot make the server allocate more than the budget.
 */
import { inflateRawSync } from "node:zlib";

export type ZipCheck = { ok: true; uncompressedBytes: number } | { ok: false; reason: "not-zip" | "too-large" };

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const STORED = 0;
const DEFLATED = 8;

interface Entry {
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeader: number;
}

function findEnd(view: DataView, length: number): number {
  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  for (let i = length - 22; i >= Math.max(0, length - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) return i;
  }
  return -1;
}

function centralDirectory(view: DataView, end: number): Entry[] | null {
  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // ZIP64 markers: never needed for a spreadsheet under the upload limit.
  if (count === 0xffff || directoryOffset === 0xffffffff) return null;
  const entries: Entry[] = [];
  let offset = directoryOffset;
  for (let n = 0; n < count; n += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL_HEADER) return null;
    const compressedSize = view.getUint32(offset + 20, true);
    if (compressedSize === 0xffffffff) return null;
    entries.push({
      method: view.getUint16(offset + 10, true),
      compressedSize,
      declaredSize: view.getUint32(offset + 24, true),
      localHeader: view.getUint32(offset + 42, true),
    });
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** The entry's real inflated size, or null when it is damaged; over `budget` gives Infinity. */
function inflatedSize(bytes: Uint8Array, view: DataView, entry: Entry, budget: number): number | null {
  const at = entry.localHeader;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_HEADER) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (start + entry.compressedSize > bytes.byteLength) return null;
  if (entry.method === STORED) return data.byteLength;
  if (entry.method !== DEFLATED) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget + 1) }).byteLength;
  } catch (e) {
    return (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? Infinity : null;
  }
}

export function inspectZip(bytes: Uint8Array, maxUncompressedBytes: number): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22 || view.getUint32(0, true) !== LOCAL_HEADER) return { ok: false, reason: "not-zip" };
  const end = findEnd(view, bytes.byteLength);
  const entries = end < 0 ? null : centralDirectory(view, end);
  if (!entries) return { ok: false, reason: "not-zip" };

  // What the headers claim is checked first (cheap); what the data really inflates to, second.
  if (entries.reduce((sum, e) => sum + e.declaredSize, 0) > maxUncompressedBytes) return { ok: false, reason: "too-large" };
  let total = 0;
  for (const entry of entries) {
    const size = inflatedSize(bytes, view, entry, maxUncompressedBytes - total);
    if (size === Infinity) return { ok: false, reason: "too-large" };
    // A header that lies about its entry is a damaged (or forged) file.
    if (size === null || size !== entry.declaredSize) return { ok: false, reason: "not-zip" };
    total += size;
    if (total > maxUncompressedBytes) return { ok: false, reason: "too-large" };
  }
  return { ok: true, uncompressedBytes: total };
}
