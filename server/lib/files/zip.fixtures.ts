/** Zips for the tests of the readers that guard against them. */
import { readZipDirectory } from './zip-guard.ts';

/** Rewrites the uncompressed size an entry declares, in its local header and in the central directory. */
export function lieAboutSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = new Uint8Array(zip); // a copy at offset 0 (a Buffer's slice() would share the pool)
  const view = new DataView(copy.buffer);
  for (const entry of readZipDirectory(copy)) {
    if (entry.name !== name) continue;
    view.setUint32(entry.localHeaderOffset + 22, size, true);
  }
  // Central directory records: signature 0x02014b50, uncompressed size at +24, name at +46.
  for (let p = 0; p < copy.length - 46; p += 1) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(copy.subarray(p + 46, p + 46 + nameLength)) === name) view.setUint32(p + 24, size, true);
  }
  return copy;
}
