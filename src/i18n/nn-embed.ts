import type { Strings } from './nb.ts';

/** «Bygg inn» and the embed pages, nynorsk (see nb-embed.ts). */
export const embed: Strings['embed'] = {
  summary: 'Bygg inn',
  intro:
    'Lim inn koden på ei nettside for å vise figuren der, med tabell, kjelde og lenkje hit. Figuren set ingen informasjonskapslar og hentar ingenting frå andre nettstader.',
  code: 'HTML-kode',
  script: 'Valfritt: skriptet gir ramma same høgd som innhaldet (legg det inn éin gong per side)',
  preview: 'Sjå figuren slik han blir vist innebygd',
  frameTitle: (what: string, where: string) => `${what} – ${where} (Bosettingstall)`,
  back: (name: string) => `Alle tal for ${name} på Bosettingstall`,
  compareTitle: 'Samanlikning av kommunar',
  compareWhere: 'valde kommunar',
  backCompare: 'Opne samanlikninga på Bosettingstall',
  compareNoScript: 'Utan JavaScript viser figuren standardutvalet, ikkje kommunane i lenkja.',
  compareIntro:
    'Lim inn koden på ei nettside for å vise figuren med kommunane, målet og åra du har valt no, med tabell, kjelde og lenkje hit. Koden følgjer utvalet ditt.',
};
