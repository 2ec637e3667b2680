/**
 * The whole ingest on the real publisher files in ../shared/data/raw (skipped
 * when they are not there), checked against figures published elsewhere.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RAW, rawSuite } from '../raw-dir.ts';
import { buildDataset, type Dataset } from '../../../src/lib/ingest/build-dataset.ts';
import { serializeDataset } from '../../../src/lib/ingest/publish/serialize.ts';
import { ingest } from '../../../scripts/ingest.ts';

const have = rawSuite('ingest of the real raw files reproduces the published figures (real-files)');
const read = (p: string) => new Uint8Array(readFileSync(join(RAW, p)));

describe.skipIf(!have)('ingest of the real raw files', () => {
  let d: Dataset;
  beforeAll(async () => {
    d = await buildDataset(read);
  }, 180_000);
  const fig = (region: string, period: number, measure: string, group = '') =>
    d.observations.find(
      (o) => o.region === region && o.period === String(period) && o.measure === measure && o.group === group,
    );
  const total = (period: number, measure: string) =>
    d.observations
      .filter(
        (o) =>
          o.region !== '0000' &&
          o.period === String(period) &&
          o.measure === measure &&
          o.group === '' &&
          o.status === 'ok',
      )
      .reduce((s, o) => s + o.value!, 0);

  it('has the 357 kommuner of 2024 with fylke, names and groups', () => {
    expect(d.kommuner).toHaveLength(357);
    const k = d.kommuner.find((x) => x.code === '5612')!;
    expect(k).toMatchObject({
      name: 'Kautokeino',
      slug: 'kautokeino',
      officialName: 'Guovdageaidnu - Kautokeino',
      otherNames: ['Guovdageaidnu'],
      otherNameLanguages: ['se'],
      fylkeName: 'Finnmark',
    });
    // Storfjord has a Northern Sami and a Kven name, each tagged with its own language.
    expect(d.kommuner.find((x) => x.code === '5538')).toMatchObject({
      otherNames: ['Omasvuotna', 'Omasvuono'],
      otherNameLanguages: ['se', 'fkv'],
    });
    expect(d.kommuner.find((x) => x.code === '0301')).toMatchObject({ kostraGroup: 13, centrality: 1 });
  });

  it("reproduces IMDi's published national 2016 request and decision (18 517 / 16 523)", () => {
    expect(total(2016, 'anmodning')).toBe(18517);
    expect(total(2016, 'vedtak')).toBe(16523);
  });

  it('reproduces the national sum of settled refugees in 2016 (15 221)', () => {
    expect(total(2016, 'bosatt')).toBe(15221);
  });

  it("publishes IMDi's final pages: Oslo settled 1 924 in 2022 (final page of Feb 2025, as IMDi's Sep 2023 export; not 1 926 from the Nov 2024 extract); 2024 likewise", () => {
    expect(fig('0301', 2022, 'bosatt')).toMatchObject({ value: 1924, source: 'imdi-nokkeltall-2022' });
    expect(fig('0301', 2022, 'bosatt', 'ukrainere')).toMatchObject({ value: 1616, source: 'imdi-nokkeltall-2022' });
    // Stange's decision is misprinted on the 2022 page (500): the export's 150 stands, and the misprint is listed.
    expect(fig('3413', 2022, 'vedtak')).toMatchObject({ value: 150, source: 'imdi-bosatt-anmodede-2023' });
    expect(d.warnings.find((w) => w.region === '3413' && w.period === '2022')?.message).toMatch(/500/);
    // A settled figure the page hides (Kvænangen) is the one IMDi's other files print.
    expect(fig('5546', 2022, 'bosatt')).toMatchObject({ value: 5, status: 'ok' });
    expect(fig('0301', 2024, 'bosatt')).toMatchObject({
      value: 1539,
      flags: ['scraped'],
      source: 'imdi-nokkeltall-2024',
    });
    // Horten's decision was revised from 110 (Nov 2024) to 115 (Jan 2025).
    expect(fig('3901', 2024, 'vedtak')).toMatchObject({ value: 115 });
    expect(d.observations.some((o) => o.measure === 'bosatt-nokkeltall')).toBe(false);
  });

  it("has 2025 and 2026 from IMDi's pages: final 2025, 2026 to 28 September flagged provisional (issue 8)", () => {
    expect(fig('0301', 2025, 'bosatt')).toMatchObject({ value: 665, flags: ['scraped'] });
    expect(fig('0301', 2025, 'vedtak')).toMatchObject({ value: 850 });
    expect(fig('0301', 2026, 'bosatt')).toMatchObject({
      value: 386,
      flags: ['provisional', 'scraped'],
      vintage: '2026-09-28',
    });
    expect(total(2025, 'anmodning')).toBe(12640);
    expect(total(2026, 'anmodning')).toBe(13000);
    expect(total(2024, 'anmodning')).toBe(37000);
  });

  it('marks totals with a hidden part as lower bounds, and keeps a complete older figure over them (issue 8)', () => {
    const lower = d.observations.filter(
      (o) =>
        o.measure === 'bosatt' &&
        o.group === '' &&
        o.flags.includes('lower-bound') &&
        o.source === 'imdi-flyktninger-2024',
    );
    expect(lower.length).toBeGreaterThan(100);
    expect(lower.every((o) => o.period === '2023')).toBe(true);
    // 2022: IMDi's final page (Feb 2025) gives every settled figure but the four it hides.
    const fromPage = d.observations.filter(
      (o) => o.measure === 'bosatt' && o.group === '' && o.period === '2022' && o.source === 'imdi-nokkeltall-2022',
    );
    expect(fromPage.length).toBeGreaterThanOrEqual(340);
  });

  it('keeps the decision statuses: pending is not 0 and not missing; a «.» decision after a request is missing (issue 8)', () => {
    const pending = d.observations.filter(
      (o) => o.period === '2024' && o.measure === 'vedtak' && o.status === 'pending',
    );
    expect(pending.length).toBe(5);
    expect(fig('5612', 2023, 'vedtak')).toMatchObject({ status: 'missing', value: null });
    expect(fig('5612', 2025, 'vedtak')).toMatchObject({ status: 'pending' });
    expect(fig('3907', 2026, 'vedtak')).toMatchObject({ status: 'ok', value: 0 });
  });

  it("supersedes the scraped April 2026 list with IMDi's 28 September page, matched on fylke + name", () => {
    const v = d.observations.filter((o) => o.period === '2026' && o.measure === 'vedtak' && !o.region.includes(':'));
    expect(v).toHaveLength(357);
    expect(v.every((o) => o.flags.includes('scraped') && o.flags.includes('provisional'))).toBe(true);
    expect(v.filter((o) => o.source === 'imdi-vedtak-2026')).toEqual([]);
  });

  it("never publishes SSB's placeholder zeros for kommuner created by a split", () => {
    const heim = d.observations.filter(
      (o) => o.region === '5055' && o.measure === 'befolkning' && Number(o.period) < 2020,
    );
    expect(heim.filter((o) => o.value === 0)).toEqual([]);
    expect(fig('5055', 2020, 'befolkning')).toMatchObject({ value: 5963 });
    expect(fig('0301', 2025, 'befolkning')).toMatchObject({ value: expect.any(Number) });
  });

  it('is deterministic: the same files give the same bytes', async () => {
    const again = serializeDataset(await buildDataset(read));
    const first = serializeDataset(d);
    for (const name of Object.keys(first)) expect(again[name] === first[name], name).toBe(true);
  }, 180_000);
});

describe.skipIf(!have)('a failed ingest', () => {
  it('names the bad file and leaves the published data untouched', async () => {
    const raw = mkdtempSync(join(tmpdir(), 'raw-'));
    for (const dir of readdirSync(RAW, { withFileTypes: true })) {
      if (dir.isDirectory()) symlinkSync(join(RAW, dir.name), join(raw, dir.name));
    }
    // Replace one folder with a copy holding a corrupted file.
    const broken = 'imdi-imdikator-munch-2016';
    const { rmSync } = await import('node:fs');
    rmSync(join(raw, broken));
    cpSync(join(RAW, broken), join(raw, broken), { recursive: true });
    const file = join(raw, broken, 'tilskudd-kommune-2015.csv');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '"0301",2015,"kroner","tilskudd","inttilsk_1",125216500',
        '"0301",2015,"kroner","tilskudd","inttilsk_1",12x5',
      ),
    );
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'observations.csv'), 'published\n');
    await expect(ingest(raw, out)).rejects.toThrow(
      /imdi-imdikator-munch-2016\/tilskudd-kommune-2015.csv, line \d+, column "tabellvariabel": expected a number/,
    );
    expect(readFileSync(join(out, 'observations.csv'), 'utf8')).toBe('published\n');
    expect(readdirSync(out)).toEqual(['observations.csv']);
  }, 180_000);
});
