import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/domain/observation.ts';
import { extractRows } from '../../../src/lib/ingest/read/extract-rows.ts';
import type { RawTable } from '../../../src/lib/raw/raw-table.ts';
import { applyRowStatus, ROW_STATUS_RULES } from '../../../src/lib/ingest/harmonize/row-status.ts';
import { getSource } from '../../../src/lib/ingest/sources/sources.ts';

const o = (
  region: string,
  period: string,
  measure: string,
  value: number | null,
  status: Observation['status'],
  { group = '', source = 'imdi-bosatt-anmodede-2023' } = {},
): Observation => ({ region, period, measure, group, value, status, flags: [], from: [region], source });
const statusOf = (obs: Observation[], region: string, period: string, measure: string, group = '') =>
  obs.find((x) => x.region === region && x.period === period && x.measure === measure && x.group === group)?.status;

describe('status words that depend on the row (row-status.ts)', () => {
  it('a «.» request beside a positive decision or settled count is missing (Oslo 1996: request «.», decision 200)', () => {
    const { observations } = applyRowStatus([
      o('0301', '1996', 'anmodning', null, 'not-applicable'),
      o('0301', '1996', 'vedtak', 200, 'ok'),
      o('1103', '2014', 'anmodning', null, 'not-applicable'),
      o('1103', '2014', 'bosatt', 3, 'ok'),
      o('1101', '1996', 'anmodning', null, 'not-applicable'),
      o('1101', '1996', 'vedtak', 0, 'ok'),
    ]);
    expect(statusOf(observations, '0301', '1996', 'anmodning')).toBe('missing');
    expect(statusOf(observations, '1103', '2014', 'anmodning')).toBe('missing');
    expect(statusOf(observations, '1101', '1996', 'anmodning')).toBe('not-applicable');
  });

  it('a «.» decision after a request is missing; without one it is «ingen anmodning»', () => {
    const { observations } = applyRowStatus([
      o('5612', '2023', 'anmodning', 10, 'ok'),
      o('5612', '2023', 'vedtak', null, 'not-applicable'),
      o('0301', '2023', 'anmodning', 0, 'ok'),
      o('0301', '2023', 'vedtak', null, 'not-applicable'),
      o('1101', '2024', 'ema-anmodning', 5, 'ok'),
      o('1101', '2024', 'ema-vedtak', null, 'not-applicable'),
    ]);
    expect(observations.map((x) => x.status)).toEqual(['ok', 'missing', 'ok', 'not-applicable', 'ok', 'missing']);
  });

  it('a «.» settled count after a request is missing, not «ikke aktuelt» (Sokndal 2014: request 10, decision 10)', () => {
    const { observations } = applyRowStatus([
      o('1111', '2014', 'anmodning', 10, 'ok'),
      o('1111', '2014', 'vedtak', 10, 'ok'),
      o('1111', '2014', 'bosatt', null, 'not-applicable'),
      o('1111', '2018', 'anmodning', null, 'not-applicable'),
      o('1111', '2018', 'bosatt', null, 'not-applicable'),
    ]);
    expect(statusOf(observations, '1111', '2014', 'bosatt')).toBe('missing');
    expect(statusOf(observations, '1111', '2018', 'bosatt')).toBe('not-applicable');
  });

  it('the original request exists only in the years the file carries it: elsewhere no row («ikke i kilden»)', () => {
    const { observations, counts } = applyRowStatus([
      o('0301', '2016', 'opprinnelig-anmodning', null, 'missing'),
      o('1103', '2016', 'opprinnelig-anmodning', null, 'missing'),
      o('0301', '2020', 'opprinnelig-anmodning', 400, 'ok'),
      o('1103', '2020', 'opprinnelig-anmodning', null, 'missing'),
    ]);
    expect(observations.map((x) => `${x.region} ${x.period} ${x.status}`)).toEqual([
      '0301 2020 ok',
      '1103 2020 missing',
    ]);
    expect(counts.find((c) => c.id === 'original-request-years')?.count).toBe(2);
  });

  it('a «.» in the country-background file is a cell without a figure (missing), in every group', () => {
    const { observations } = applyRowStatus([
      o('0301', '2010', 'landbakgrunn', null, 'not-applicable', { group: 'Syria' }),
      o('0301', '2010', 'landbakgrunn', 12, 'ok', { group: 'Polen' }),
    ]);
    expect(observations.map((x) => x.status)).toEqual(['missing', 'ok']);
  });

  it('no decision row where the same file gives the request and other kommuner’s decisions: missing (Kautokeino 2016)', () => {
    const { observations, counts } = applyRowStatus([
      o('5612', '2016', 'anmodning', 20, 'ok'),
      o('0301', '2016', 'anmodning', 1000, 'ok'),
      o('0301', '2016', 'vedtak', 1000, 'ok'),
      // Another file's request, in a year that file gives no decision at all: no row is made up.
      o('0301', '2027', 'anmodning', 50, 'ok', { source: 'other' }),
    ]);
    expect(statusOf(observations, '5612', '2016', 'vedtak')).toBe('missing');
    expect(observations.find((x) => x.region === '5612' && x.measure === 'vedtak')).toMatchObject({
      value: null,
      source: 'imdi-bosatt-anmodede-2023',
      from: ['5612'],
    });
    expect(statusOf(observations, '0301', '2027', 'vedtak')).toBeUndefined();
    expect(counts.find((c) => c.id === 'no-decision-row')?.count).toBe(1);
  });

  it('every rule has its sentence on «Om dataene»', async () => {
    const { t } = await import('../../../src/i18n/nb.ts');
    for (const r of ROW_STATUS_RULES) expect(t.about.rowRules[r.id as keyof typeof t.about.rowRules]).toBeTruthy();
  });
});

describe('an EMA decision worded «har ikke vedtatt hvor mange» is pending', () => {
  it('reads the wording column of IMDi’s extract', () => {
    const spec = getSource('imdi-flyktninger-2024');
    const columns = [
      'year',
      'Kommunenummer',
      'innvandr',
      'ukrainere',
      'ukr_prikket',
      'ovrige',
      'ovr_prikket',
      'innvandr_anmodet',
      'innvandr_vedtak',
      'ema_anmodet_2024',
      'ema_vedtak_2024',
      'ema_vedtak_2024_string',
    ];
    const row = (code: string, req: string, dec: string, words: string) => [
      '2024',
      code,
      '10',
      '5',
      '',
      '5',
      '',
      '10',
      '10',
      req,
      dec,
      words,
    ];
    const t: RawTable = {
      file: 'app_flyktninger_oppsummert.xlsx',
      columns,
      rows: [
        row(
          '0301',
          '53',
          '',
          'er anmodet å bosette 53 enslige mindreårige i 2024, men har ikke vedtatt hvor mange de vil ta i mot.',
        ),
        row('1101', '', '', ' er ikke anmodet å bosette enslige mindreårige i 2024.'),
        row('1103', '5', '5', 'er anmodet å bosette 5 enslige mindreårige, og har vedtatt å bosette 5.'),
      ].map((cells, i) => ({ line: i + 2, cells })),
    };
    const { rows } = extractRows(t, spec, { excerpt: true });
    const dec = rows.filter((r) => r.measure === 'ema-vedtak').map((r) => [r.code, r.status]);
    expect(dec).toEqual([
      ['0301', 'pending'],
      ['1101', 'not-applicable'],
      ['1103', 'ok'],
    ]);
  });
});
