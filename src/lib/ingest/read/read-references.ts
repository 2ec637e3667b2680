import { indexChanges, type ChangeIndex } from '../../domain/code-changes.ts';
import { CODE_LIST_CSV, checkChangeTargets, checkCodeLists } from '../check/check-code-lists.ts';
import {
  LIFESPAN_COLUMNS,
  mergeChanges,
  readCodeChanges,
  readCodeLifespans,
  readSkdeChanges,
  SKDE_COLUMNS,
} from './read-code-changes.ts';
import { type CurrentKommune, KOMMUNE_LIST_COLUMNS, readKommuneList } from './read-kommune-list.ts';
import {
  type NorwegianNames,
  OFFICIAL_NAME_COLUMNS,
  type OfficialNames,
  readNorwegianNames,
  readOfficialNames,
} from './read-kommune-names.ts';
import { KOSTRA_GROUP_COLUMNS, type KostraGroup, readKostraGroups } from './read-kostra-groups.ts';
import type { RawFiles } from '../../raw/read-once.ts';
import { CODE_LIST_YEARS, codeListFile, referenceFile } from '../sources/references.ts';
import { TERRITORY_DECISIONS } from '../harmonize/territory-decisions.ts';

/** What the reference files give: the change index, today's kommuner, their names and groups. */
export interface References {
  index: ChangeIndex;
  current: CurrentKommune[];
  names: Map<string, OfficialNames>;
  groups: Map<string, KostraGroup>;
  norwegian: NorwegianNames;
}

/** The reference files, read in the order their checks depend on: changes, today's list, the code lists, names, groups. */
export async function readReferences(files: RawFiles, { year }: { year: number }): Promise<References> {
  const lifespans = readCodeLifespans(await files.xlsx(referenceFile('lifespans'), { required: LIFESPAN_COLUMNS }));
  const klass = referenceFile('changes');
  const skde = referenceFile('changesBefore2011');
  const klassChanges = readCodeChanges(files.text(klass, 'utf-8'), { file: klass });
  const skdeTable = files.csv(skde, { encoding: 'utf-8', delimiter: ',', required: SKDE_COLUMNS });
  const skdeChanges = readSkdeChanges(skdeTable);
  const changes = [...klassChanges, ...mergeChanges(lifespans.changes, skdeChanges, lifespans.startOf, { file: skde })];
  const current = readKommuneList(
    files.csv(referenceFile('current'), { encoding: 'utf-8', delimiter: ',', required: KOMMUNE_LIST_COLUMNS }),
    { year: year },
  );
  const index = indexChanges(
    changes,
    current.map((c) => c.code),
    year,
    TERRITORY_DECISIONS,
  );
  checkChangeTargets(klassChanges, index, (i) => ({ where: { file: klass, column: 'newCode' }, record: i + 1 }));
  checkChangeTargets(skdeChanges, index, (i) => ({
    where: { file: skde, line: skdeTable.rows[i].line, column: 'to_code' },
  }));
  for (const year of CODE_LIST_YEARS)
    checkCodeLists([{ year, table: files.csv(codeListFile(year), CODE_LIST_CSV) }], index);
  const names = readOfficialNames(
    files.csv(referenceFile('names'), { encoding: 'utf-8', delimiter: ',', required: OFFICIAL_NAME_COLUMNS }),
    { current: new Set(current.map((c) => c.code)) },
  );
  const groups = readKostraGroups(await files.xlsx(referenceFile('groups'), { required: KOSTRA_GROUP_COLUMNS }));
  const languages = referenceFile('languages');
  const norwegian = readNorwegianNames(files.text(languages, 'utf-8'), { file: languages });
  return { index, current, names, groups, norwegian };
}
