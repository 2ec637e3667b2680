/** CSV cell: quoted only when needed, RFC 4180 style. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(columns: string[], rows: (string | number | null)[][]): string {
  return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/** For downloads: UTF-8 with BOM so Excel opens æøå correctly. */
export function toExcelCsv(columns: string[], rows: (string | number | null)[][]): string {
  return '\uFEFF' + toCsv(columns, rows);
}
