/**
 * Reads a QR code back into text, so a test can check what a printed code
 * actually says rather than that some SVG was produced. It is a decoder for
 * clean, computer-drawn symbols only: no error correction is attempted, and
 * only what our pages print is supported (versions 1–10, level M, numeric,
 * alphanumeric and byte segments). Positions, masks and block sizes follow
 * ISO/IEC 18004 and are written out here rather than taken from the encoder.
 */

export type Matrix = boolean[][];

/** qrcode's SVG draws dark runs as `M x y` / `m dx 0` moves and `h n` lines, y being the row's centre. */
export function matrixFromQrcodeSvg(svg: string): Matrix {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/.exec(svg);
  const d = /<path[^>]*stroke="[^"]*"[^>]*d="([^"]+)"/.exec(svg) ?? /<path[^>]*d="([^"]+)"[^>]*stroke=/.exec(svg);
  if (!viewBox || !d) throw new Error("not an SVG drawn by the qrcode package");
  const commands = [...d[1].matchAll(/([Mmh])([^Mmh]*)/g)].map((m) => ({ op: m[1], args: m[2].trim().split(/[\s,]+/).map(Number) }));
  const margin = commands[0].args[0];
  const size = Number(viewBox[1]) - 2 * margin;
  const matrix: Matrix = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const { op, args } of commands) {
    if (op === "M") [x, y] = args;
    else if (op === "m") x += args[0];
    else {
      const row = y - 0.5 - margin;
      for (let i = 0; i < args[0]; i++) matrix[row][x - margin + i] = true;
      x += args[0];
    }
  }
  return matrix;
}

const ALIGNMENT: number[][] = [[], [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];
/** Level M: EC codewords per block, then [blocks, data codewords per block] groups. */
const BLOCKS_M: [number, [number, number][]][] = [
  [0, []],
  [10, [[1, 16]]],
  [16, [[1, 28]]],
  [26, [[1, 44]]],
  [18, [[2, 32]]],
  [24, [[2, 43]]],
  [16, [[4, 27]]],
  [18, [[4, 31]]],
  [22, [[2, 38], [2, 39]]],
  [22, [[3, 36], [2, 37]]],
  [26, [[4, 43], [1, 44]]],
];
const MASKS: ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i + j) % 2) + ((i * j) % 3)) % 2 === 0,
];
const ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

export function decodeQr(m: Matrix): string {
  const size = m.length;
  const version = (size - 17) / 4;
  if (!Number.isInteger(version) || version < 1 || version > 10) throw new Error(`unsupported QR size ${size}`);

  // Format information, the copy beside the top-left finder: bit i, least significant first.
  let format = 0;
  for (let i = 0; i < 15; i++) {
    const row = i < 6 ? i : i < 8 ? i + 1 : size - 15 + i;
    if (m[row][8]) format |= 1 << i;
  }
  const data = (format ^ 0x5412) >> 10;
  if (data >> 3 !== 0b00) throw new Error("only error correction level M is supported");
  const mask = MASKS[data & 7];

  const reserved = (r: number, c: number) => {
    if ((r < 9 && c < 9) || (r < 9 && c >= size - 8) || (r >= size - 8 && c < 9)) return true;
    if (r === 6 || c === 6) return true;
    const centres = ALIGNMENT[version];
    for (const ar of centres)
      for (const ac of centres) {
        const onFinder = (ar === 6 && ac === 6) || (ar === 6 && ac === size - 7) || (ar === size - 7 && ac === 6);
        if (!onFinder && Math.abs(r - ar) <= 2 && Math.abs(c - ac) <= 2) return true;
      }
    if (version >= 7 && ((r < 6 && c >= size - 11 && c < size - 8) || (c < 6 && r >= size - 11 && r < size - 8))) return true;
    return false;
  };

  const bits: number[] = [];
  let upward = true;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let k = 0; k < size; k++) {
      const r = upward ? size - 1 - k : k;
      for (const c of [right, right - 1]) if (!reserved(r, c)) bits.push(Number(m[r][c] !== mask(r, c)));
    }
    upward = !upward;
  }
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) codewords.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));

  // Data codewords are interleaved across blocks: first of each block, second of each block…
  const blockSizes = BLOCKS_M[version][1].flatMap(([n, len]) => Array<number>(n).fill(len));
  const blocks: number[][] = blockSizes.map(() => []);
  let next = 0;
  for (let i = 0; i < Math.max(...blockSizes); i++) blockSizes.forEach((len, b) => i < len && blocks[b].push(codewords[next++]));
  const stream = blocks.flat().flatMap((byte) => Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1));

  let pos = 0;
  const read = (n: number) => {
    let v = 0;
    for (let i = 0; i < n; i++) v = (v << 1) | (stream[pos++] ?? 0);
    return v;
  };
  const wide = version >= 10;
  let text = "";
  while (pos + 4 <= stream.length) {
    const mode = read(4);
    if (mode === 0) break;
    if (mode === 0b0001) {
      let count = read(wide ? 12 : 10);
      for (; count >= 3; count -= 3) text += String(read(10)).padStart(3, "0");
      if (count === 2) text += String(read(7)).padStart(2, "0");
      if (count === 1) text += String(read(4));
    } else if (mode === 0b0010) {
      let count = read(wide ? 11 : 9);
      for (; count >= 2; count -= 2) {
        const v = read(11);
        text += ALNUM[Math.floor(v / 45)] + ALNUM[v % 45];
      }
      if (count === 1) text += ALNUM[read(6)];
    } else if (mode === 0b0100) {
      const count = read(wide ? 16 : 8);
      text += new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from({ length: count }, () => read(8)));
    } else {
      throw new Error(`unsupported QR segment mode ${mode.toString(2)}`);
    }
  }
  return text;
}
