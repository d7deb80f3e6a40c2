// A HEIC keeps its EXIF in an item of type 'Exif' (ISO/IEC 23008-12): the meta box's iinf names
// the items, iloc says where each item's bytes are. libheif-js does not expose metadata, and
// exifr's own HEIC reader refuses what heif-enc writes, so the item is found here and its TIFF
// structure handed to the same EXIF reader as a JPEG's. Every offset is checked against the file:
// a malformed box gives null (no capture time), never an exception.

interface Box {
  type: string;
  /** Where the box's content starts (after its header) and where the box ends. */
  body: number;
  end: number;
}

class Reader {
  private readonly view: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  uint(at: number, size: number): number {
    if (at + size > this.bytes.length) throw new RangeError('past the end');
    if (size === 0) return 0;
    if (size === 1) return this.view.getUint8(at);
    if (size === 2) return this.view.getUint16(at);
    if (size === 4) return this.view.getUint32(at);
    if (size === 8) return Number(this.view.getBigUint64(at));
    throw new RangeError(`a ${size}-byte field`);
  }

  text(at: number, length: number): string {
    return String.fromCharCode(...this.bytes.subarray(at, at + length));
  }

  boxes(start: number, end: number): Box[] {
    const found: Box[] = [];
    for (let at = start; at + 8 <= end;) {
      let size = this.uint(at, 4);
      let header = 8;
      if (size === 1) {
        size = this.uint(at + 8, 8);
        header = 16;
      } else if (size === 0) {
        size = end - at;
      }
      if (size < header || at + size > end) throw new RangeError('a box past its parent');
      found.push({ type: this.text(at + 4, 4), body: at + header, end: at + size });
      at += size;
    }
    return found;
  }
}

const childOf = (boxes: Box[], type: string): Box | undefined => boxes.find((box) => box.type === type);

/** The ID of the first item of type 'Exif' in an iinf box. */
function exifItemId(reader: Reader, iinf: Box): number | undefined {
  const version = reader.uint(iinf.body, 1);
  const entriesAt = iinf.body + 4 + (version === 0 ? 2 : 4);
  for (const infe of reader.boxes(entriesAt, iinf.end)) {
    if (infe.type !== 'infe') continue;
    const infeVersion = reader.uint(infe.body, 1);
    if (infeVersion < 2) continue; // versions 0 and 1 carry no item type
    const idSize = infeVersion === 2 ? 2 : 4;
    const id = reader.uint(infe.body + 4, idSize);
    const type = reader.text(infe.body + 4 + idSize + 2, 4);
    if (type === 'Exif') return id;
  }
  return undefined;
}

/** The file range of one item from an iloc box, when it is stored in the file as one extent. */
function itemRange(reader: Reader, iloc: Box, wanted: number): { start: number; length: number } | undefined {
  let at = iloc.body;
  const version = reader.uint(at, 1);
  at += 4;
  const sizes = reader.uint(at, 2);
  const offsetSize = (sizes >> 12) & 15;
  const lengthSize = (sizes >> 8) & 15;
  const baseOffsetSize = (sizes >> 4) & 15;
  const indexSize = version >= 1 ? sizes & 15 : 0;
  at += 2;
  const idSize = version === 2 ? 4 : 2;
  const itemCount = reader.uint(at, version === 2 ? 4 : 2);
  at += version === 2 ? 4 : 2;
  for (let item = 0; item < itemCount; item += 1) {
    const id = reader.uint(at, idSize);
    at += idSize;
    const constructionMethod = version >= 1 ? reader.uint(at, 2) & 15 : 0;
    if (version >= 1) at += 2;
    at += 2; // data_reference_index
    const baseOffset = reader.uint(at, baseOffsetSize);
    at += baseOffsetSize;
    const extentCount = reader.uint(at, 2);
    at += 2;
    const extentAt = at;
    at += extentCount * (indexSize + offsetSize + lengthSize);
    if (id !== wanted) continue;
    if (constructionMethod !== 0 || extentCount !== 1) return undefined;
    const offset = reader.uint(extentAt + indexSize, offsetSize);
    const length = reader.uint(extentAt + indexSize + offsetSize, lengthSize);
    return { start: baseOffset + offset, length };
  }
  return undefined;
}

/**
 * The TIFF structure (from its "II*"/"MM*" header) of a HEIF's EXIF item, or null when there is
 * none or it cannot be found. The item starts with a 32-bit offset to the TIFF header, which
 * phones point past an "Exif\0\0" prefix.
 */
export function heifExifTiff(bytes: Uint8Array): Uint8Array | null {
  try {
    const reader = new Reader(bytes);
    const meta = childOf(reader.boxes(0, bytes.length), 'meta');
    if (!meta) return null;
    const inMeta = reader.boxes(meta.body + 4, meta.end);
    const iinf = childOf(inMeta, 'iinf');
    const iloc = childOf(inMeta, 'iloc');
    if (!iinf || !iloc) return null;
    const id = exifItemId(reader, iinf);
    if (id === undefined) return null;
    const range = itemRange(reader, iloc, id);
    if (!range || range.length < 4 || range.start + range.length > bytes.length) return null;
    const tiffAt = range.start + 4 + reader.uint(range.start, 4);
    const end = range.start + range.length;
    if (tiffAt + 8 > end) return null;
    const order = reader.text(tiffAt, 2);
    return order === 'II' || order === 'MM' ? bytes.subarray(tiffAt, end) : null;
  } catch {
    return null;
  }
}
