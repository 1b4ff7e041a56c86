/**
 * A look at a ZIP file's central directory before handing it to exceljs, which inflates
 * everything in memory: a small upload must not be able to expand into gigabytes.
 */

export type ZipCheck = { ok: true; uncompressedBytes: number } | { ok: false; reason: "not-zip" | "too-large" };

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;

export function inspectZip(bytes: Uint8Array, maxUncompressedBytes: number): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22 || view.getUint32(0, true) !== LOCAL_HEADER) return { ok: false, reason: "not-zip" };

  // The end record sits in the last 22 bytes plus an optional comment of up to 64 KB.
  let end = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i -= 1) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return { ok: false, reason: "not-zip" };

  const count = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // ZIP64 markers: never needed for a spreadsheet under the upload limit.
  if (count === 0xffff || directoryOffset === 0xffffffff) return { ok: false, reason: "not-zip" };

  let offset = directoryOffset;
  let total = 0;
  for (let n = 0; n < count; n += 1) {
    if (offset + 46 > end || view.getUint32(offset, true) !== CENTRAL_HEADER) return { ok: false, reason: "not-zip" };
    const size = view.getUint32(offset + 24, true);
    if (size === 0xffffffff) return { ok: false, reason: "not-zip" };
    total += size;
    if (total > maxUncompressedBytes) return { ok: false, reason: "too-large" };
    const nameExtraComment =
      view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    offset += 46 + nameExtraComment;
  }
  return { ok: true, uncompressedBytes: total };
}
