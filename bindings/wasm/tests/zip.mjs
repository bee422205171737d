// Reads one file out of a ZIP package (a .docx): the central directory, then the entry's data,
// stored or deflated. Enough for the tests to look inside the Word files the package writes.

import { inflateRawSync } from "node:zlib";

/**
 * The named entry of a ZIP archive as text, or undefined when the archive has no such entry.
 * @param {Uint8Array} bytes
 * @param {string} name
 */
export function zipEntry(bytes, name) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error("not a ZIP archive: no end of central directory");
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error("broken central directory");
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const entryName = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + size);
      return decoder.decode(method === 8 ? inflateRawSync(data) : data);
    }
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}
