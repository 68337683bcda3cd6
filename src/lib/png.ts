/**
 * A small PNG encoder for rendered images (the share cards). A card has a few flat colours and
 * the anti-aliased edges of three text colours, under 256 colours in all: stored with a palette
 * it keeps every pixel exactly and is a third the size of resvg's RGBA PNG, and writing it here
 * (palette, then fflate's deflate) is quicker than resvg's own encoder. An image with
 * transparency or more than 256 colours is stored as RGBA. Same pixels, same bytes: fflate is
 * plain JavaScript, where Node's zlib may compress differently from one build or CPU to another.
 */
import { zlibSync } from 'fflate';
import { crc32 } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** One chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(new TextEncoder().encode(type), 4);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * The image as palette indices, each row led by filter type 0, and its palette (RGB), if it is
 * opaque and has at most 256 colours; else undefined.
 */
export function toPalette(
  rgba: Uint8Array,
  width: number,
  height: number,
): { rows: Uint8Array; palette: Uint8Array } | undefined {
  // Four bytes a pixel read as one number (copied first if not on a 4-byte boundary).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  const index = new Map<number, number>();
  const rows = new Uint8Array(height * (width + 1));
  let last = -1;
  let current = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0, p = y * width, r = y * (width + 1) + 1; x < width; x++, p++, r++) {
      const colour = pixels[p] ?? 0;
      if (colour !== last) {
        // Opaque means alpha 255, the top byte of a little-endian read (the byte order of every
        // platform Node runs on).
        if (colour >>> 24 !== 0xff) return undefined;
        let known = index.get(colour);
        if (known === undefined) {
          if (index.size === 256) return undefined;
          known = index.size;
          index.set(colour, known);
        }
        current = known;
        last = colour;
      }
      rows[r] = current;
    }
  }
  const palette = new Uint8Array(index.size * 3);
  for (const [colour, i] of index)
    palette.set([colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff], i * 3);
  return { rows, palette };
}

/** The image header: size, bit depth 8, colour type (3 palette, 6 RGBA), no interlacing. */
function header(width: number, height: number, colourType: 3 | 6): Uint8Array {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  data.set([8, colourType, 0, 0, 0], 8);
  return data;
}

/** RGBA rows, each led by filter type 0. */
function rgbaRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const rows = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++)
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return rows;
}

/** Non-premultiplied RGBA pixels, row by row, as a PNG file. */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const indexed = toPalette(rgba, width, height);
  const parts = [
    SIGNATURE,
    chunk('IHDR', header(width, height, indexed ? 3 : 6)),
    ...(indexed ? [chunk('PLTE', indexed.palette)] : []),
    chunk('IDAT', zlibSync(indexed?.rows ?? rgbaRows(rgba, width, height), { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/**
 * What the encoder writes, for a cache of encoded images to key on: its own code, and its bytes
 * for a small image of many colours and one of few (which change if fflate's deflate does).
 */
export function encoderFingerprint(): string {
  const probe = (colours: number) =>
    Uint8Array.from({ length: 64 * 8 * 4 }, (_, i) => (i % 4 === 3 ? 255 : (i * 37) % colours));
  const bytes = [probe(251), probe(7)].map((p) =>
    Buffer.from(encodePng(p, 64, 8)).toString('base64'),
  );
  return [chunk, toPalette, header, rgbaRows, encodePng, ...bytes].join('\n');
}
