import { describe, expect, it } from 'vitest';
import { buildBrief, type BriefInput } from '../../../src/lib/brief/build-brief.ts';
import { aggregateGroup } from '../../../src/lib/compare/aggregate.ts';
import { referenceValues } from '../../../src/lib/compare/reference-values.ts';
import { seriesDataOf } from '../../../src/lib/compare/series-data.ts';
import { coverageOf } from '../../../src/lib/domain/coverage.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';
import { figure } from '../figure-fixture.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';
import { getBrief } from '../../../src/data/brief.ts';
import { getKommuner, getSource } from '../../../src/data/dataset.ts';

/** A small kommune ("Testvik", 9999) and a neighbour in one group: enough for every section of the brief. */
const f = (region: string, year: number, measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure(region, year, measure, value, { from: [], ...o });
const own: Figure[] = [
  ...[2020, 2021, 2022, 2023].flatMap((y, i) => [
    f('9999', y, 'anmodning', 20),
    f('9999', y, 'vedtak', 10 + i),
    f('9999', y, 'bosatt', 8 + i),
    f('9999', y, 'befolkning', 2000),
  ]),
  f('9999', 2024, 'anmodning', 30),
  f('9999', 2024, 'vedtak', 15),
  f('9999', 2024, 'bosatt', null),
  f('9999', 2024, 'befolkning', 2000),
  f('9999', 2023, 'tilskudd', 3_000_000, { group: 'totalt' }),
  f('9999', 2014, 'tilskudd', 1_000_000, { group: 'totalt' }),
];
const other = own.map((x) => ({
  ...x,
  region: '9998',
  value: x.value === null ? 4 : x.value * 2,
  status: 'ok' as const,
}));
const data = new Map([
  ['9999', seriesDataOf('9999', 'Testvik', own)],
  ['9998', seriesDataOf('9998', 'Nabo', other)],
]);
const group = aggregateGroup(
  'land',
  'Hele landet (2 kommuner)',
  { members: ['9999', '9998'], dataOf: (r) => data.get(r), predecessors: [] },
  [2020, 2021, 2022, 2023, 2024],
);
const input: BriefInput = {
  name: 'Testvik',
  code: '9999',
  own,
  country: [],
  references: referenceValues(data.get('9999')!, [
    { ...group, id: 'fylke-99', label: 'Testfylke (2 kommuner)' },
    group,
  ]),
  sourceLabel: (id) => `Kilde ${id}`,
  coverage: (measure, g) => coverageOf([...own, ...other], measure, g),
};

describe('buildBrief', () => {
  const b = buildBrief(input);
  it('leads with Hovedpunkter: the newest decision, and a hidden figure said to be hidden (issue 22)', () => {
    expect(b.keyPoints.map((p) => p.text)).toEqual([
      'For 2024 ba IMDi Testvik bosette 30 flyktninger, og kommunen vedtok å bosette 15.',
      'Antallet bosatte i Testvik i 2024 er skjult fordi det er under 5.',
      'Flest bosatte på ett år i Testvik var 11 flyktninger, i 2023.',
      'I 2023 fikk Testvik 3,00 millioner kroner i tilskudd fra IMDi.',
    ]);
    expect(b.keyPoints.map((p) => p.target)).toEqual(['bosetting', 'bosetting', 'bosetting', 'tilskudd']);
  });
  it('says the record once, under capacity, not also under «Hvor mange?» (issue 22)', () => {
    const all = b.request.flatMap((r) => r.lines).filter((l) => l.startsWith('Flest bosatte'));
    expect(all).toHaveLength(1);
    expect(b.request.find((r) => r.heading === 'Kapasitet hvis behovet øker')!.lines[0]).toMatch(/^Flest bosatte/);
  });
  it('has the funnel for the last years, newest first, with shares from the one calculation', () => {
    expect(b.funnel.rows[0][0]).toBe('2024');
    expect(b.funnel.rows.find((r) => r[0] === '2023')).toEqual([
      '2023',
      '20',
      '13',
      '11',
      '65,0\u00a0%',
      '84,6\u00a0%',
    ]);
  });
  it('compares per 1000 inhabitants with the groups, for the newest year with a settled figure', () => {
    const settled = b.peers.rows.find((r) => r[0] === 'Bosatte per 1000 innbyggere')!;
    expect(settled.slice(0, 3)).toEqual(['Bosatte per 1000 innbyggere', '2023', '5,50']);
  });
  it('grants per inhabitant and per settled, and the years the sources lack, from the data', () => {
    expect(b.grants.rows[0]).toEqual(['2023', expect.stringContaining('3'), '1\u00a0500 kr', '272\u00a0727 kr']);
    expect(b.grants.summary).toContain('Kildene mangler tall for 2015–2022.');
    // The table shows the gap as a row, not a jump from 2023 to 2014 (issue 22).
    expect(b.grants.rows.map((r) => r[0])).toEqual(['2023', '2015–2022', '2014']);
    expect(b.grants.rows[1]).toEqual(['2015–2022', 'ikke i kilden', '–', '–']);
  });
  it('a «mangler» row after the last grant is among the missing years (finding 14)', () => {
    const withMissing = buildBrief({
      ...input,
      own: [...own, f('9999', 2024, 'tilskudd', null, { group: 'totalt', status: 'missing' })],
    });
    expect(withMissing.grants.rows[0]).toEqual(['2024', 'mangler', '–', '–']);
    expect(withMissing.grants.summary).toContain('Kildene mangler tall for 2015–2022 og 2024.');
  });
  it('a group value built on some members only says so, as on the comparison page (finding 3)', () => {
    // Nabo has no population 1.1.2024 (what 2023's settled are divided by, views.ts populationYear): the group's rate is over Testvik only, «(1 av 2)»; with Nabo's figure a «≥», also «≥».
    const noPop = new Map(data);
    noPop.set(
      '9998',
      seriesDataOf(
        '9998',
        'Nabo',
        other.filter((x) => !(x.measure === 'befolkning' && x.year === 2024)),
      ),
    );
    const partial = aggregateGroup(
      'land',
      'Hele landet (2 kommuner)',
      { members: ['9999', '9998'], dataOf: (r) => noPop.get(r), predecessors: [] },
      [2023],
    );
    const row = (g: typeof group) =>
      buildBrief({ ...input, references: referenceValues(data.get('9999')!, [g]) }).peers.rows.find(
        (r) => r[0] === 'Bosatte per 1000 innbyggere',
      )!;
    expect(row(partial)[3]).toMatch(/^5,50? \(1\u00a0av\u00a02\)$/);
    const bound = new Map(data);
    bound.set(
      '9998',
      seriesDataOf(
        '9998',
        'Nabo',
        other.map((x) => (x.measure === 'bosatt' && x.year === 2023 ? { ...x, flags: ['lower-bound' as const] } : x)),
      ),
    );
    const lower = aggregateGroup(
      'land',
      'Hele landet (2 kommuner)',
      { members: ['9999', '9998'], dataOf: (r) => bound.get(r), predecessors: [] },
      [2023],
    );
    expect(row(lower)[3]).toMatch(/^≥\u00a05,50? *$/);
  });
  it('labels the groups once, shortened', () => {
    expect(b.peers.columns).toEqual(['Mål', 'År', 'Testvik', 'Testfylke (2)', 'Hele landet (2)']);
  });
  it('numbers every source it cites, once', () => {
    const ids = b.sources.map((s) => s.text);
    expect(new Set(ids).size).toBe(ids.length);
    expect(b.sources.map((s) => s.n)).toEqual(ids.map((_, i) => i + 1));
  });
});

describe('buildBrief outcomes', () => {
  it('shows the count behind a share, and «for få personer» for a small group', () => {
    const extra = [
      f('9999', 2014, 'sysselsatte-andel', 58, { group: 'innvandrere' }),
      f('9999', 2014, 'sysselsatte', 862, { group: 'innvandrere' }),
      f('9999', 2014, 'sysselsatte-andel', 70, { group: 'befolkningen_ellers' }),
      f('9999', 2014, 'sysselsatte', 7, { group: 'befolkningen_ellers' }),
      f('9999', 2014, 'sysselsatte-botid-andel', 40, { group: '0_4' }),
      f('9999', 2014, 'innvandrere-grunn', 30, { group: 'alle' }),
      f('9999', 2013, 'sysselsatte-grunn-andel', 54.5, { group: 'flukt' }),
    ];
    const b = buildBrief({ ...input, own: [...own, ...extra] });
    expect(b.outcomes.rows.find((r) => r[0] === 'Sysselsatte innvandrere')?.[2]).toBe('58\u00a0% (862\u00a0personer)');
    expect(b.outcomes.rows.find((r) => r[0] === 'Sysselsatte i befolkningen ellers')?.[2]).toBe('for få personer');
    expect(b.outcomes.rows.find((r) => r[0] === 'Sysselsatte innvandrere, botid 0–4 år')?.[2]).toBe('for få personer');
    // IMDi's file by reason counts 20–66-year-olds, the rows above 15–74 (finding 25).
    expect(b.outcomes.rows.map((r) => r[0])).toContain('Sysselsatte 20–66 år, innvandret på grunn av flukt');
  });
});

describe('a divided former kommune in the brief (Ålesund and Haram 2020–2023, finding 6)', WHOLE_DATASET, () => {
  const brief = (code: string) => getBrief(getKommuner().find((k) => k.code === code)!, 'nb');
  it('Ålesund: the years 2020–2023 are former Ålesund (‡), and the print says who merged and split when', () => {
    const b = brief('1508');
    expect(b.funnel.rows.map((r) => r[0])).toEqual([
      '2026',
      '2025',
      '2024',
      '2023‡',
      '2022‡',
      '2021‡',
      '2020‡',
      '2019',
      '2018',
      '2017',
    ]);
    expect(b.funnelNote).toBe(
      'Ålesund ble slått sammen med Ørskog, Skodje, Sandøy og Haram i 2020. I 2024 ble Ålesund (kommunenr. 1507, 2020–2023) delt i Ålesund og Haram. År merket ‡ gjelder Ålesund (1507, 2020–2023); tallene er ikke delt opp.',
    );
    // The record is today's Ålesund's, and names the former kommune's own record in 2020–2023, as the chart shows it (issue 22).
    expect(b.request[2].lines).toContain(
      'Flest bosatte på ett år: 217 flyktninger i 2024 (for 2018 er bare et minstetall kjent; for 2020–2023, merket ‡, gjelder tallene Ålesund (1507, 2020–2023), som senere ble delt: flest der var 294 i 2023).',
    );
  });
  it('Haram: part of Ålesund 2020–2023, its own again from 2024', () => {
    const b = brief('1580');
    expect(b.funnel.rows.filter((r) => r[0].endsWith('‡')).map((r) => r[0])).toEqual([
      '2023‡',
      '2022‡',
      '2021‡',
      '2020‡',
    ]);
    expect(b.funnelNote).toMatch(
      /^Haram var en del av Ålesund \(kommunenr\. 1507\) 2020–2023 og ble egen kommune igjen i 2024\. År merket ‡/,
    );
  });
});

describe('buildBrief chart', () => {
  it('draws a provisional year as the profile does: a hollow, black-outlined bar, named in the legend; a hidden year as a word', () => {
    const provisional = [
      ...own.filter((x) => x.year !== 2024 || x.measure !== 'bosatt'),
      f('9999', 2024, 'bosatt', 9, { flags: ['provisional'] }),
      f('9999', 2019, 'anmodning', 20),
      f('9999', 2019, 'bosatt', null),
    ];
    const b = buildBrief({ ...input, own: provisional });
    const svg = b.funnel.chart;
    // A white bar with a black outline (the request rings are white and black too, but circles).
    expect(svg).toMatch(/<g fill="#ffffff" stroke="#000000"[^>]*><rect/);
    expect(svg).toContain('>skjult</text>');
    expect(b.funnel.legend).toContainEqual({ label: 'Bosatt, foreløpig', glyph: 'bar-hollow', color: '#000000' });
  });
});

describe('buildBrief caveats (data/warnings.csv)', () => {
  it('marks a grant total published with a caveat § and says the caveat under the table; nothing without one', () => {
    const text = '«Integreringstilskudd år 1–5» (4 000 000) er større enn kildens egen total (3 000 000).';
    const b = buildBrief({ ...input, caveats: [{ year: 2023, measure: 'tilskudd', text }] });
    expect(b.grants.rows.find((r) => r[0] === '2023')![1]).toMatch(/§$/);
    expect(b.grants.rows.find((r) => r[0] === '2014')![1]).not.toMatch(/§/);
    expect(b.grants.caveats).toEqual([`§ 2023: ${text} Se «Tall vist med forbehold» under Om dataene.`]);
    expect(b.funnel.caveats).toEqual([]);
    expect(buildBrief(input).grants.caveats).toEqual([]);
  });
});

describe('the brief’s source notes lead to the publisher', WHOLE_DATASET, () => {
  const brief = (code: string) => getBrief(getKommuner().find((k) => k.code === code)!, 'nb');
  // Oslo (a fylke and a KOSTRA group of one), Bergen, Ålesund (divided 2020–2023), Utsira (the smallest).
  it.each(['0301', '4601', '1508', '1151'])(
    '%s: every note links to its table’s own page, before the file used',
    (code) => {
      const notes = brief(code).sources;
      expect(notes.length).toBeGreaterThan(3);
      const tablesAt = new Map<string, Set<string>>();
      for (const n of notes) {
        const s = getSource(n.source);
        const urls = n.text.match(/https:\/\/[^\s)]+/g) ?? [];
        // One address, the publisher's own page for this source's table, named first.
        expect(urls, n.text).toEqual([s.publisherUrl]);
        expect(n.text.startsWith(`${s.publisher}: ${s.publisherPage}`), n.text).toBe(true);
        expect(n.text).not.toMatch(/github|imdi\.no\/tall-og-statistikk\/[;)\s]/);
        if (s.publisherPageNote) expect(n.text).toContain(s.publisherPageNote);
        else tablesAt.set(s.publisherUrl, (tablesAt.get(s.publisherUrl) ?? new Set()).add(s.table));
      }
      // Specific to its table: no address stands for two tables.
      for (const [url, tables] of tablesAt) expect([...tables], url).toHaveLength(1);
    },
  );
});
