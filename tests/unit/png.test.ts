import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../src/lib/png';

/** The chunks of a PNG file, by type (IDAT concatenated). */
function chunks(png: Uint8Array): Map<string, Uint8Array> {
  const view = new DataView(png.buffer, png.byteOffset);
  const found = new Map<string, Uint8Array>();
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const before = found.get(type) ?? new Uint8Array(0);
    found.set(type, Uint8Array.from([...before, ...data]));
    at += 12 + length;
  }
  return found;
}

/** The RGBA pixels of a PNG this encoder writes (8 bits, palette or RGBA, filter 0). */
function decode(png: Uint8Array): { type: number; rgba: Uint8Array } {
  const c = chunks(png);
  const ihdr = c.get('IHDR') ?? new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  const [width, height, type] = [view.getUint32(0), view.getUint32(4), ihdr[9] ?? 0];
  const data = unzlibSync(c.get('IDAT') ?? new Uint8Array(0));
  const palette = c.get('PLTE') ?? new Uint8Array(0);
  const rgba = new Uint8Array(width * height * 4);
  const stride = type === 3 ? width : width * 4;
  for (let y = 0; y < height; y++) {
    expect(data[y * (stride + 1)], 'filter type').toBe(0);
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    if (type === 6) rgba.set(row, y * width * 4);
    else
      row.forEach((i, x) =>
        rgba.set([...palette.subarray(i * 3, i * 3 + 3), 255], (y * width + x) * 4),
      );
  }
  return { type, rgba };
}

/** A `width` x `height` image of `colours` opaque colours, in a repeating pattern. */
function image(width: number, height: number, colours: number): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    const c = (p * 7) % colours;
    rgba.set([c & 0xff, (c * 3) >> 2, 255 - (c & 0x7f), 255], p * 4);
  }
  return rgba;
}

describe('PNG encoding', () => {
  it('keeps every pixel of an opaque image of 256 colours, with a palette', () => {
    const rgba = image(61, 17, 256);
    const png = encodePng(rgba, 61, 17);
    expect(decode(png)).toEqual({ type: 3, rgba });
    expect(chunks(png).get('PLTE')?.length).toBe(256 * 3);
  });

  it('stores an image of more than 256 colours as RGBA, every pixel kept', () => {
    const rgba = image(61, 17, 257);
    expect(decode(encodePng(rgba, 61, 17))).toEqual({ type: 6, rgba });
  });

  it('stores an image with a transparent pixel as RGBA, every pixel kept', () => {
    const rgba = image(20, 10, 4);
    rgba[4 * 37 + 3] = 128;
    expect(decode(encodePng(rgba, 20, 10))).toEqual({ type: 6, rgba });
  });

  it('reads pixels that do not start on a four-byte boundary', () => {
    const rgba = image(9, 5, 12);
    const shifted = new Uint8Array(rgba.length + 1).fill(7);
    shifted.set(rgba, 1);
    expect(decode(encodePng(shifted.subarray(1), 9, 5))).toEqual({ type: 3, rgba });
  });

  it('writes the same bytes for the same pixels', () => {
    const rgba = image(40, 30, 90);
    expect(Buffer.from(encodePng(rgba, 40, 30))).toEqual(
      Buffer.from(encodePng(rgba.slice(), 40, 30)),
    );
  });
});
