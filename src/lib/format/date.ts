const MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
];

/** A file's vintage as a cut-off date: "2024-11-13" → "13.11.2024", "2023-09" → "september 2023", "2015" → "2015". */
export function formatVintage(vintage: string): string {
  const [y, m, d] = vintage.split('-');
  if (d) return `${Number(d)}.${Number(m)}.${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}
