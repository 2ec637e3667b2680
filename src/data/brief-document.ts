import { briefDocument, htmlText, type BriefDocument } from '../lib/brief/brief-document.ts';
import { MIN_IMMIGRANTS, MIN_PEOPLE } from '../lib/brief/small-groups.ts';
import { kommunePath, officialName, type Kommune } from '../lib/domain/kommune.ts';
import { parseProposal } from '../lib/domain/scenario.ts';
import { renderScenario } from '../lib/planning/render-scenario.ts';
import { messages } from '../i18n/index.ts';
import { DEFAULT_LOCALE, localePath, type Locale } from '../i18n/locales.ts';
import { planningWordsFor } from '../lib/sentences/index.ts';
import { datasetStamp, getBrief } from './brief.ts';
import { getPlanning } from './planning.ts';

/**
 * The brief page's content for the Word download (src/lib/brief/docx.ts), from the same
 * model the page renders (getBrief, the proposal block's default) — written beside the
 * page as notat.json and read by the browser only when «Last ned som Word» is clicked.
 */
export function getBriefDocument(k: Kommune, site: URL | undefined, locale: Locale = DEFAULT_LOCALE): BriefDocument {
  const t = messages(locale);
  const plan = getPlanning(k, locale).basis;
  const proposal = plan.request
    ? renderScenario(
        planningWordsFor(locale),
        plan,
        parseProposal(String(plan.request.value), plan.population?.part.value ?? null),
        false,
        {
          chart: false,
          head: false,
        },
      )
    : '';
  return briefDocument(
    getBrief(k, locale),
    {
      name: k.name,
      officialName: officialName(k),
      code: k.code,
      slug: k.slug,
      fylkeName: k.fylkeName,
      kostraGroup: k.kostraGroup,
      centrality: k.centrality,
      address: new URL(localePath(locale, `${kommunePath(k)}notat/`), site ?? 'http://localhost:4321/').href,
      proposal: htmlText(proposal),
      smallGroups: t.brief.smallGroups(MIN_PEOPLE, MIN_IMMIGRANTS),
    },
    t,
    datasetStamp(),
  );
}
