/**
 * A download's file name: the site, what it holds (kommune codes, measure, year …) and a date,
 * e.g. `bosettingstall-0301-4601-5001-bosatt-per1000-2026-12-06`, so two downloads of different
 * kommuner, measures or days never overwrite each other in the downloads folder.
 */
export function downloadName(parts: readonly (string | number)[], date: Date | string): string {
  const day = typeof date === 'string' ? date : localDay(date);
  return ['bosettingstall', ...parts, day]
    .map((p) => String(p).replace(/[^\w.-]+/g, '-'))
    .filter(Boolean)
    .join('-');
}

/** YYYY-MM-DD in the reader's own time zone (the day they downloaded). */
function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
