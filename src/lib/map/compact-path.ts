/**
 * Shorten an SVG path of straight lines (d3-geo's M/L/Z output) for inline
 * maps: coordinates rounded to `digits` decimals, written relative to the
 * previous rounded point (so rounding never drifts), repeated points
 * dropped, and rings that collapse to under three points dropped — unless
 * that would leave nothing, so a tiny island keeps its shape.
 */
export function compactPath(d: string, digits = 1): string {
  const f = 10 ** digits;
  const rings: [number, number][][] = [];
  const re = /([MLZ])([^MLZ]*)/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(d))) {
    const cmd = m[1].toUpperCase();
    if (cmd === 'Z') continue;
    const nums = m[2]
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (cmd === 'M') rings.push([]);
    const ring = rings.at(-1);
    if (!ring) continue;
    for (let i = 0; i + 1 < nums.length; i += 2) {
      const p: [number, number] = [Math.round(nums[i] * f), Math.round(nums[i + 1] * f)];
      const last = ring.at(-1);
      if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
    }
  }
  for (const r of rings) if (r.length > 1 && r[0][0] === r.at(-1)![0] && r[0][1] === r.at(-1)![1]) r.pop();
  let keep = rings.filter((r) => r.length >= 3);
  if (keep.length === 0) keep = rings.filter((r) => r.length > 0).slice(0, 1);
  const num = (v: number) => {
    const s = String(v / f);
    return s.startsWith('0.') ? s.slice(1) : s.startsWith('-0.') ? `-${s.slice(2)}` : s;
  };
  const pair = (x: number, y: number) => `${num(x)}${y < 0 ? '' : ','}${num(y)}`;
  let out = '';
  let prev: [number, number] = [0, 0];
  for (const r of keep) {
    out += `M${pair(r[0][0], r[0][1])}`;
    prev = r[0];
    if (r.length > 1) out += 'l';
    for (let i = 1; i < r.length; i++) {
      const [x, y] = r[i];
      const dx = x - prev[0];
      const dy = y - prev[1];
      out += `${i > 1 && dx >= 0 ? ' ' : ''}${pair(dx, dy)}`;
      prev = r[i];
    }
    out += 'z';
  }
  return out;
}
