/** Small figures helpers the benchmark modules share. */
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const lo = s[Math.floor((s.length - 1) / 2)];
  const hi = s[Math.ceil((s.length - 1) / 2)];
  return lo === undefined || hi === undefined ? NaN : (lo + hi) / 2;
};
export const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;
