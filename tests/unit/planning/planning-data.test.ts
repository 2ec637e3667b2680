import { nb as t } from '../../../src/i18n/nb.ts';
import { planningWordsFor } from '../../../src/lib/sentences/index.ts';
import { describe, expect, it } from 'vitest';
import { getFigures, getKommuner } from '../../../src/data/dataset.ts';
import { getPlanning } from '../../../src/data/planning.ts';
import { getProfile } from '../../../src/data/profile.ts';
import { newestYear } from '../../../src/lib/domain/coverage.ts';
import { seriesOf } from '../../../src/lib/domain/figure.ts';
import { renderScenario } from '../../../src/lib/planning/render-scenario.ts';
import { parseProposal, scenarioOf } from '../../../src/lib/domain/scenario.ts';
import { formatIndicator } from '../../../src/lib/format/number.ts';
import { WHOLE_DATASET } from '../whole-dataset.ts';

/** The planning view built from the published dataset: every kommune, and the rules it shares with the rest of the site. */
describe('«Planlegg vedtaket» from the published figures', () => {
  it(
    'works for all 357 kommuner: the default is IMDi’s newest request, and no page says NaN, undefined or null',
    WHOLE_DATASET,
    () => {
      const kommuner = getKommuner();
      expect(kommuner).toHaveLength(357);
      for (const k of kommuner) {
        const v = getPlanning(k, 'nb');
        const req = seriesOf(getFigures(k.code), 'anmodning');
        const y = newestYear(req);
        expect(v.defaultProposal, k.code).toBe(y === null ? null : req.get(y)!.value);
        const n = v.defaultProposal ?? 40;
        const html = renderScenario(
          planningWordsFor('nb'),
          v.basis,
          parseProposal(String(n), v.basis.population?.part.value ?? null),
          true,
        );
        expect(html, k.code).not.toMatch(/NaN|undefined|null|Infinity/);
        expect(html, k.code).toContain(`Et vedtak på `);
        expect(v.basis.history.length, k.code).toBeLessThanOrEqual(10);
        // Hidden, missing and not-applicable years stay without a number.
        for (const h of v.basis.history)
          if (h.status !== 'ok' && h.status !== 'lower-bound') expect(h.value).toBeNull();
        // The member lists hold every member of the group.
        for (const [i, g] of v.basis.peers.entries()) expect(v.members[i]).toHaveLength(g.members);
      }
    },
  );

  it('per 1000 by the site’s one rule: the newest year equals the profile’s key figure', WHOLE_DATASET, () => {
    for (const code of ['4601', '5514', '5001', '0301']) {
      const k = getKommuner().find((x) => x.code === code)!;
      const v = getPlanning(k, 'nb');
      const key = getProfile(k, 'nb').key!;
      const own = key.perThousand?.rows.find((r) => r.own);
      const h = v.basis.history.find((x) => x.year === key.year)!;
      if (own) expect(formatIndicator(t, h.value, 'per 1000', h.status), code).toBe(own.value);
    }
  });

  it('Ibestad: hidden years are hidden, the group medians say how many members they count', WHOLE_DATASET, () => {
    const v = getPlanning(getKommuner().find((x) => x.code === '5514')!, 'nb');
    expect(v.basis.history.filter((h) => h.status === 'suppressed').map((h) => h.year)).toEqual([
      2017, 2018, 2020, 2026,
    ]);
    const s = scenarioOf(v.basis, 5, false);
    for (const g of s.peers) {
      expect(g.counted).toBeLessThanOrEqual(g.members);
      expect(g.min!).toBeLessThanOrEqual(g.median!);
      expect(g.median!).toBeLessThanOrEqual(g.max!);
    }
    expect(v.basis.peers.map((g) => g.kind)).toEqual(['kostra', 'fylke', 'land']);
  });

  it(
    'Oslo, alone in its KOSTRA group and its fylke, is compared with the ten largest kommuner and the country',
    WHOLE_DATASET,
    () => {
      const v = getPlanning(getKommuner().find((x) => x.code === '0301')!, 'nb');
      expect(v.basis.peers.map((g) => [g.kind, g.members])).toEqual([
        ['largest', 10],
        ['land', 357],
      ]);
    },
  );
});
