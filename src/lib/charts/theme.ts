/** Shared chart look: colour-blind-safe palette (Okabe–Ito) and sizes. */
export const COLORS = {
  request: '#999999',
  decision: '#0072B2',
  settled: '#E69F00',
  immigrants: '#D55E00',
  rest: '#0072B2',
  all: '#555555',
  refugees: '#009E73',
};

export const CHART = { width: 640, height: 260, marginLeft: 56, fontSize: 12 };
