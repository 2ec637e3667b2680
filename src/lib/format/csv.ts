/** CSV cell: quoted only when needed, RFC 4180 style. */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(columns: string[], rows: (string | number | null)[][]): string {
  return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n';
}

/**
 * A text cell a spreadsheet would read as a formula (it starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return: a kommune name `=HYPERLINK(…)` in a raw
 * file) gets a leading `'`, as OWASP recommends for CSV injection. Only text:
 * numbers stay numbers, so a negative grant (a repayment) is still -12 500.
 */
export function neutralizeFormula<T extends string | number | null>(v: T): T {
  return (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v) as T;
}

/** For downloads: UTF-8 with BOM so Excel opens æøå correctly; text cells that would be formulas neutralized. */
export function toExcelCsv(columns: string[], rows: (string | number | null)[][]): string {
  return (
    '\uFEFF' +
    toCsv(
      columns.map(neutralizeFormula),
      rows.map((r) => r.map(neutralizeFormula)),
    )
  );
}
