/**
 * Build-time access to the published dataset in data/. Read once per build.
 * Only this folder and scripts/ touch files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import {
  KOMMUNER,
  OBSERVATIONS,
  PREDECESSORS,
  SKIPPED,
  WARNINGS,
  SOURCES,
  type CsvTable,
  type PredecessorRow,
  type SourceFileRow,
} from '../lib/domain/dataset-schema.ts';
import { coverageOf, coverageOfYears, type Coverage } from '../lib/domain/coverage.ts';
import { formatVintage } from '../lib/format/date.ts';
import { dataVersionOf } from '../lib/domain/data-version.ts';
import { messages, type Locale } from '../i18n/index.ts';
import { warningIn } from '../i18n/data-texts.ts';
import { sentencesFor } from '../lib/sentences/index.ts';
import type { Figure } from '../lib/domain/figure.ts';
import type { Kommune } from '../lib/domain/kommune.ts';
import { checkGeneration, GENERATION_FILE } from '../lib/ingest/publish/generation.ts';

export const DATA = join(process.cwd(), 'data');

/** One published table, read with the columns and row reader declared in domain/dataset-schema.ts. */
export function readTable<W, R>(t: CsvTable<W, R>): R[] {
  const text = readFileSync(join(DATA, t.file), 'utf8');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const missing = t.columns.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) throw new Error(`data/${t.file}: missing column(s) ${missing.join(', ')}`);
  return parsed.data.map(t.read);
}

export type SourceInfo = SourceFileRow;
export type PredecessorInfo = PredecessorRow;

let cache: ReturnType<typeof load> | undefined;

function load() {
  // Every file must belong to the generation ingest published together (data/generation.json).
  const bytesOf = (name: string) => (existsSync(join(DATA, name)) ? readFileSync(join(DATA, name)) : undefined);
  const problems = checkGeneration(bytesOf(GENERATION_FILE)?.toString('utf8'), bytesOf);
  if (problems.length)
    throw new Error(`data/ is not one published dataset: ${problems.join('; ')}. Re-run npm run ingest.`);
  const kommuner: Kommune[] = readTable(KOMMUNER);
  const byRegion = new Map<string, Figure[]>();
  for (const f of readTable(OBSERVATIONS)) {
    let list = byRegion.get(f.region);
    if (!list) byRegion.set(f.region, (list = []));
    list.push(f);
  }
  const sources: SourceInfo[] = readTable(SOURCES);
  const predecessors: PredecessorInfo[] = readTable(PREDECESSORS);
  const skipped = readTable(SKIPPED);
  const warnings = readTable(WARNINGS);
  const dataVersion = versionOf();
  return { kommuner, byRegion, sources, predecessors, skipped, warnings, dataVersion };
}

function versionOf(): string {
  // Short content hash of the published observations, shown on every page (and naming releases in CHANGES.md).
  return dataVersionOf(readFileSync(join(DATA, 'observations.csv')));
}

export function dataset() {
  return (cache ??= load());
}

const coverageCache = new Map<string, Coverage>();
/** Which years the published dataset has values for a measure (or one group of it) in any kommune. */
export function datasetCoverage(measure: string, group?: string): Coverage {
  const key = `${measure}|${group ?? '*'}`;
  let c = coverageCache.get(key);
  if (!c) {
    const all = function* () {
      for (const [region, figs] of dataset().byRegion) if (region !== '0000') yield* figs;
    };
    coverageCache.set(key, (c = coverageOf(all(), measure, group)));
  }
  return c;
}

/** The known gaps «Om dataene» lists, with their years read from the dataset. */
export function datasetGaps(locale: Locale): string[] {
  const G = messages(locale).about.gapsFromData;
  const newest = (measures: string[]) => coverageOfYears(measures.flatMap((m) => datasetCoverage(m).years)).last!;
  const grants = datasetCoverage('tilskudd', 'totalt');
  const settled = [...dataset().byRegion.values()]
    .flat()
    .filter((f) => f.measure === 'bosatt' && f.group === '' && f.status === 'ok');
  const last = Math.max(...settled.map((f) => f.year));
  const provisional = settled
    .filter((f) => f.year === last && f.flags.includes('provisional'))
    .map((f) => f.vintage)
    .sort()
    .at(-1);
  return [
    G.rates(
      newest(['sysselsatte-andel', 'lavinntekt-andel', 'sosialhjelp-andel', 'barnehage-andel']),
      newest(['intro-deltakere', 'intro-status']),
      newest(['utdanning']),
    ),
    G.grants(sentencesFor(locale).gapsText(grants), grants.last!),
    G.settled(last, provisional && formatVintage(provisional, locale)),
  ];
}

export function getKommuner(): Kommune[] {
  return dataset().kommuner;
}

/** The caveats ingest recorded for a region's figures (data/warnings.csv), to mark them where they are shown. */
export function getCaveats(region: string, locale: Locale): { year: number; measure: string; text: string }[] {
  // The data's text is our bokmål; nynorsk and English read theirs from the catalogue (i18n/data-texts.ts).
  return dataset()
    .warnings.filter((w) => w.region === region && /^\d{4}$/.test(w.period))
    .map((w) => ({ year: Number(w.period), measure: w.measure, text: warningIn(w, locale) }));
}

export function getFigures(region: string): Figure[] {
  return dataset().byRegion.get(region) ?? [];
}

export function getSource(id: string): SourceInfo {
  const s = dataset().sources.find((x) => x.id === id);
  if (!s) throw new Error(`unknown source ${id}`);
  return s;
}

export function getPredecessor(key: string): PredecessorInfo {
  const p = dataset().predecessors.find((x) => x.key === key);
  if (!p) throw new Error(`unknown predecessor ${key}`);
  return p;
}

/**
 * The divided former kommuner whose years the kommune has no settlement
 * figures of its own for (before its first, or in a gap: Ålesund and Haram
 * 2020–2023): the profile's Hovedpunkter and the brief show them apart.
 */
export function splitPredecessors(k: Kommune): PredecessorInfo[] {
  const ownYears = getFigures(k.code)
    .filter((f) => f.measure === 'bosatt' || f.measure === 'anmodning')
    .map((f) => f.year);
  return k.predecessors
    .map(getPredecessor)
    .filter((p) => p.kind === 'split' && !ownYears.some((y) => y >= p.firstYear && y <= p.lastYear));
}
