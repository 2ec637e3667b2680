/**
 * Build-time access to the published dataset in data/. Read once per build.
 * Only this folder and scripts/ touch files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { parseFigure, type Figure } from '../lib/domain/figure.ts';
import type { Kommune } from '../lib/domain/kommune.ts';
import { checkGeneration, GENERATION_FILE } from '../lib/ingest/generation.ts';

const DATA = join(process.cwd(), 'data');

function readCsv(name: string): Record<string, string>[] {
  const text = readFileSync(join(DATA, name), 'utf8');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

export interface SourceInfo {
  id: string; file: string; publisher: string; table: string; title: string; origin: string; licence: string; vintage: string; sha256: string; figures: number; notes: string;
}
export interface PredecessorInfo { key: string; code: string; name: string; firstYear: number; lastYear: number; kind: 'split' | 'part-of-split' | 'merged'; successors: string[] }

let cache: ReturnType<typeof load> | undefined;

function load() {
  // Every file must belong to the generation ingest published together (data/generation.json).
  const bytesOf = (name: string) => (existsSync(join(DATA, name)) ? readFileSync(join(DATA, name)) : undefined);
  const problems = checkGeneration(bytesOf(GENERATION_FILE)?.toString('utf8'), bytesOf);
  if (problems.length) throw new Error(`data/ is not one published dataset: ${problems.join('; ')}. Re-run npm run ingest.`);
  const kommuner: Kommune[] = readCsv('kommuner.csv').map((r) => ({
    code: r.code, slug: r.slug, name: r.name, officialName: r.officialName,
    otherNames: r.otherNames ? r.otherNames.split(';') : [],
    otherNameLanguages: r.otherNames ? r.otherNameLanguages.split(';') : [],
    fylkeCode: r.fylkeCode, fylkeName: r.fylkeName,
    kostraGroup: r.kostraGroup ? Number(r.kostraGroup) : null,
    centrality: r.centrality ? Number(r.centrality) : null,
    predecessors: r.predecessors ? r.predecessors.split(';') : [],
    history: r.history ? r.history.split(';') : [],
  }));
  const byRegion = new Map<string, Figure[]>();
  for (const r of readCsv('observations.csv')) {
    const f = parseFigure(r);
    let list = byRegion.get(f.region);
    if (!list) byRegion.set(f.region, (list = []));
    list.push(f);
  }
  const sources: SourceInfo[] = readCsv('sources.csv').map((r) => ({ ...r, figures: Number(r.figures) }) as SourceInfo);
  const predecessors: PredecessorInfo[] = readCsv('predecessors.csv').map((r) => ({ key: r.key, code: r.code, name: r.name, firstYear: Number(r.firstYear), lastYear: Number(r.lastYear), kind: r.kind as PredecessorInfo['kind'], successors: r.successors.split(';') }));
  const skipped = readCsv('skipped.csv').map((r) => ({ source: r.source, code: r.code, rows: Number(r.rows) }));
  const dataVersion = versionOf();
  return { kommuner, byRegion, sources, predecessors, skipped, dataVersion };
}

function versionOf(): string {
  // Short content hash of the published observations, shown on every page.
  const bytes = readFileSync(join(DATA, 'observations.csv'));
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export function dataset() {
  return (cache ??= load());
}

export function getKommuner(): Kommune[] {
  return dataset().kommuner;
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
