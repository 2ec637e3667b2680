import type { Strings } from '../../i18n/nb.ts';
import { UNALLOCATED } from '../domain/national.ts';
import { RATE_TERRITORIES } from '../domain/rate-territory.ts';
import { formatIndicator } from '../format/number.ts';

/**
 * The data rules «Om dataene» lists beside the catalogue's fixed ones (t.about.how), written from the rules'
 * own data so the page cannot drift from them: the rate-territory rule (domain/rate-territory.ts) with the
 * kommuner it applies to, and the whole country's rule (domain/national.ts) with IMDi's «uoppgitt kommune».
 */
export function dataRules(t: Strings): (readonly [lead: string, text: string])[] {
  const names = t.list(RATE_TERRITORIES.map((r) => r.name));
  const rest = t.list(
    UNALLOCATED.filter((u) => u.group === '' || u.group === 'totalt').map((u) =>
      t.national.restIn(
        `${formatIndicator(t, u.value, u.measure === 'tilskudd' ? 'kroner' : 'personer')} ${t.about.rules.measureWord[u.measure as 'bosatt' | 'tilskudd']}`,
        u.year,
      ),
    ),
  );
  return [t.about.rules.rateTerritory(names), t.about.rules.national(rest)];
}
