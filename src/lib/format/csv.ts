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
  return (typeof v === 'string' && FORMULA_START.has(v.charCodeAt(0)) ? `'${v}` : v) as T;
}
/** = + - @ tab CR (a set lookup: the open-data files test every text cell of the dataset). */
const FORMULA_START = new Set([...'=+-@\t\r'].map((c) => c.charCodeAt(0)));

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

/** The CSV for Norwegian Excel: `;` between cells and a decimal comma, so a double click opens columns and numbers. */
export interface NorwegianExcelCsv {
  delimiter: ';';
  decimal: ',';
}

/** One cell of the Norwegian Excel CSV: numbers with a decimal comma, text quoted when it holds `;`, a quote or a line break. */
export function excelCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v).replace('.', ',');
  return /[";\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** One line of the Norwegian Excel CSV (no BOM, no line end), formula-like text neutralized. */
export function excelCsvLine(cells: readonly (string | number | null)[]): string {
  return cells.map((c) => excelCell(neutralizeFormula(c))).join(';');
}

/** One line of the machine CSV (comma, decimal point; no line end), formula-like text neutralized. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map((c) => csvCell(neutralizeFormula(c))).join(',');
}
