/**
 * The whole ingest on the real publisher files in ../shared/data/raw (skipped
 * when they are not there), checked against figures published elsewhere.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from '../../../src/lib/ingest/build-dataset.ts';
import { serializeDataset } from '../../../src/lib/ingest/serialize.ts';
import { ingest } from '../../../scripts/ingest.ts';

const RAW = resolve(process.env.RAW_DIR ?? '../shared/data/raw');
const have = existsSync(join(RAW, 'SOURCES.md'));
const read = (p: string) => new Uint8Array(readFileSync(join(RAW, p)));

describe.skipIf(!have)('ingest of the real raw files', () => {
  let d: Dataset;
  beforeAll(async () => {
    d = await buildDataset(read);
  }, 60_000);
  const fig = (region: string, period: number, measure: string, group = '') => d.observations.find((o) => o.region === region && o.period === String(period) && o.measure === measure && o.group === group);
  const total = (period: number, measure: string) => d.observations.filter((o) => o.region !== '0000' && o.period === String(period) && o.measure === measure && o.group === '' && o.status === 'ok').reduce((s, o) => s + o.value!, 0);

  it('has the 357 kommuner of 2024 with fylke, names and groups', () => {
    expect(d.kommuner).toHaveLength(357);
    const k = d.kommuner.find((x) => x.code === '5612')!;
    expect(k).toMatchObject({ name: 'Kautokeino', slug: 'kautokeino', officialName: 'Guovdageaidnu - Kautokeino', otherNames: ['Guovdageaidnu'], otherNameLanguages: ['se'], fylkeName: 'Finnmark' });
    // Storfjord has a Northern Sami and a Kven name, each tagged with its own language.
    expect(d.kommuner.find((x) => x.code === '5538')).toMatchObject({ otherNames: ['Omasvuotna', 'Omasvuono'], otherNameLanguages: ['se', 'fkv'] });
    expect(d.kommuner.find((x) => x.code === '0301')).toMatchObject({ kostraGroup: 13, centrality: 1 });
  });

  it('reproduces IMDi\'s published national 2016 request and decision (18 517 / 16 523)', () => {
    expect(total(2016, 'anmodning')).toBe(18517);
    expect(total(2016, 'vedtak')).toBe(16523);
  });

  it('reproduces the national sum of settled refugees in 2016 (15 221)', () => {
    expect(total(2016, 'bosatt')).toBe(15221);
  });

  it('publishes the newest vintage: Oslo settled 1 926 in 2022 (Nov 2024 file), not 1 924 (Sep 2023)', () => {
    expect(fig('0301', 2022, 'bosatt')).toMatchObject({ value: 1926, source: 'imdi-flyktninger-2024' });
    expect(fig('0301', 2024, 'bosatt')!.flags).toContain('provisional');
  });

  it('keeps Ålesund 2020–2023 apart from today\'s Ålesund and Haram', () => {
    expect(fig('1508', 2022, 'bosatt')).toBeUndefined();
    expect(fig('1580', 2022, 'bosatt')).toBeUndefined();
    expect(fig('1507:2023', 2022, 'bosatt')).toMatchObject({ status: 'ok' });
    expect(fig('1580', 2024, 'anmodning')).toMatchObject({ status: 'ok' });
  });

  it('counts each figure once, whatever code or file it arrives under (issue 8)', () => {
    // Trondheim 2018–19 is under 1601 in both IMDi files; the kommune rows of the file sum to 5 350.
    expect(total(2018, 'anmodning')).toBe(5350);
    expect(total(2019, 'anmodning')).toBe(5350);
    expect(d.observations.filter((o) => o.region.startsWith('1601:') && Number(o.period) >= 2018)).toEqual([]);
    // Harstad 2012: 58 under 1903 in one file and 5402 in the other is one figure.
    expect(fig('5503', 2012, 'bosatt')).toMatchObject({ value: 58, flags: [] });
    expect(total(2012, 'bosatt')).toBe(5757);
    // No spurious lower bound where the old code's own cell is empty.
    expect(fig('5001', 2018, 'landbakgrunn', 'Eritrea')!.flags).toEqual([]);
  });

  it('resolves the codes of kommuner merged before 2011 (issue 8)', () => {
    expect(d.skipped).toEqual([]);
    expect(fig('1804', 2001, 'anmodning')).toMatchObject({ value: 130, from: ['1804', '1842'] });
    expect(fig('1160', 2002, 'anmodning')).toMatchObject({ value: 25, from: ['1154', '1214'] });
  });

  it('puts former kommuner that went whole into one kommune on it: Haram 1986–2019 on Haram, old Ålesund on Ålesund (issue 8)', () => {
    expect(fig('1580', 2019, 'befolkning')).toMatchObject({ value: 9383 });
    expect(fig('1508', 2019, 'befolkning')).toMatchObject({ value: 56250 });
    expect(fig('1507:2023', 2020, 'befolkning')).toMatchObject({ value: 66258 });
    expect(fig('1580', 2018, 'anmodning')).toMatchObject({ value: 10, from: ['1534'] });
    expect(d.predecessors.map((p) => p.key).filter((k) => /^15(04|23|29|34|46):/.test(k) && d.observations.some((o) => o.region === k && o.measure === 'bosatt'))).toEqual([]);
  });

  it('keeps the 2024 decision statuses: pending is not 0 and not missing', () => {
    const pending = d.observations.filter((o) => o.period === '2024' && o.measure === 'vedtak' && o.status === 'pending');
    expect(pending.length).toBe(5);
    expect(fig('5612', 2024, 'vedtak')).toMatchObject({ status: 'missing', value: null });
  });

  it('matches the scraped 2026 list on fylke + name, flagged as scraped', () => {
    const v = d.observations.filter((o) => o.period === '2026' && o.measure === 'vedtak');
    expect(v).toHaveLength(300);
    expect(v.reduce((s, o) => s + o.value!, 0)).toBe(9853);
    expect(fig('3114', 2026, 'vedtak')).toMatchObject({ value: 20, flags: ['provisional', 'scraped'] });
  });

  it('never publishes SSB\'s placeholder zeros for kommuner created by a split', () => {
    const heim = d.observations.filter((o) => o.region === '5055' && o.measure === 'befolkning' && Number(o.period) < 2020);
    expect(heim.filter((o) => o.value === 0)).toEqual([]);
    expect(fig('5055', 2020, 'befolkning')).toMatchObject({ value: 5963 });
    expect(fig('0301', 2025, 'befolkning')).toMatchObject({ value: expect.any(Number) });
  });

  it('is deterministic: the same files give the same bytes', async () => {
    const again = serializeDataset(await buildDataset(read));
    const first = serializeDataset(d);
    for (const name of Object.keys(first)) expect(again[name] === first[name], name).toBe(true);
  }, 60_000);
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
    writeFileSync(file, readFileSync(file, 'utf8').replace('"0301",2015,"kroner","tilskudd","inttilsk_1",125216500', '"0301",2015,"kroner","tilskudd","inttilsk_1",12x5'));
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'observations.csv'), 'published\n');
    await expect(ingest(raw, out)).rejects.toThrow(/imdi-imdikator-munch-2016\/tilskudd-kommune-2015.csv, line \d+, column "tabellvariabel": expected a number/);
    expect(readFileSync(join(out, 'observations.csv'), 'utf8')).toBe('published\n');
    expect(readdirSync(out)).toEqual(['observations.csv']);
  }, 60_000);
});
