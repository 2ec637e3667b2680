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

/** "november 2024": the month of a vintage ("2024-11" or "2024-11-13"); a bare year stays a year. */
export function monthOf(vintage: string): string {
  const [y, m] = vintage.split('-');
  return m ? `${MONTHS[Number(m) - 1]} ${y}` : y;
}

/** A file's vintage as a cut-off date: "2024-11-13" → "13.11.2024", "2023-09" → "september 2023", "2015" → "2015". */
export function formatVintage(vintage: string): string {
  const [y, m, d] = vintage.split('-');
  if (d) return `${Number(d)}.${Number(m)}.${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y;
}

/** A file's vintage in words: "2024-11-13" → "13. november 2024", "2023-09" → "september 2023", "2015" → "2015". */
export function dateInWords(vintage: string): string {
  const [y, m, d] = vintage.split('-');
  if (d) return `${Number(d)}. ${MONTHS[Number(m) - 1]} ${y}`;
  return monthOf(vintage);
}
