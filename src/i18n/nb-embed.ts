/**
 * «Bygg inn»: the embed code under each profile panel and on the comparison
 * page, and the minimal embed pages (/kommune/<nr>-<navn>/figur/<panel>/,
 * /sammenlign/figur/), bokmål. Part of the catalogue as `t.embed` (i18n/nb.ts).
 */
export const embed = {
  /** The «Bygg inn» toggle. */
  summary: 'Bygg inn',
  intro:
    'Lim inn koden på en nettside for å vise figuren der, med tabell, kilde og lenke hit. Figuren setter ingen informasjonskapsler og henter ingenting fra andre nettsteder.',
  /** Label of the iframe code box. */
  code: 'HTML-kode',
  /** Label of the optional resize script box. */
  script: 'Valgfritt: skriptet gir rammen samme høyde som innholdet (legg det inn én gang per side)',
  /** Link to the embed page itself. */
  preview: 'Se figuren slik den vises innebygd',
  /** The iframe's title: what the frame holds, for screen readers. */
  frameTitle: (what: string, where: string) => `${what} – ${where} (Bosettingstall)`,
  /** On the embed page: the link back to the panel on the profile. */
  back: (name: string) => `Alle tall for ${name} på Bosettingstall`,
  /** The comparison embed: what it shows. */
  compareTitle: 'Sammenligning av kommuner',
  compareWhere: 'valgte kommuner',
  backCompare: 'Åpne sammenligningen på Bosettingstall',
  /** The comparison embed without JavaScript shows the default view, not the link's. */
  compareNoScript: 'Uten JavaScript viser figuren standardutvalget, ikke kommunene i lenken.',
  /** The comparison's «Bygg inn»: the code follows the view. */
  compareIntro:
    'Lim inn koden på en nettside for å vise figuren med kommunene, målet og årene du har valgt nå, med tabell, kilde og lenke hit. Koden følger utvalget ditt.',
} as const;
