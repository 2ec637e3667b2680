import { nb as t } from '../../../src/i18n/nb.ts';
import { describe, expect, it } from 'vitest';
import { countedShareCell, MIN_IMMIGRANTS, MIN_PEOPLE, shareCell } from '../../../src/lib/brief/small-groups.ts';
import { figure } from '../figure-fixture.ts';
import type { Figure } from '../../../src/lib/domain/figure.ts';

const f = (measure: string, value: number | null, o: Partial<Figure> = {}): Figure =>
  figure('9999', 2014, measure, value, { group: 'innvandrere', from: [], vintage: '2016-03-23', ...o });
const share = f('sysselsatte-andel', 58);

describe('a share in the brief: the people behind it, or «for få personer»', () => {
  it('keeps the precision the source published: a whole percentage has no false decimal (issue 22)', () => {
    expect(shareCell(t, share, undefined)).toBe('58\u00a0%');
    expect(shareCell(t, f('sysselsatte-grunn-andel', 54.5), undefined)).toBe('54,5\u00a0%');
  });
  it('shows the published count beside the published share', () => {
    expect(shareCell(t, share, f('sysselsatte', 862))).toBe('58\u00a0% (862\u00a0personer)');
    expect(shareCell(t, share, f('sysselsatte', MIN_PEOPLE))).toBe('58\u00a0% (10\u00a0personer)');
  });
  it('hides the share of fewer than MIN_PEOPLE people, and of a count the publisher hid', () => {
    expect(MIN_PEOPLE).toBe(10);
    expect(shareCell(t, share, f('sysselsatte', MIN_PEOPLE - 1))).toBe('for få personer');
    expect(shareCell(t, share, f('sysselsatte', null))).toBe('for få personer');
  });
  it('without a count, hides the share where the kommune has under MIN_IMMIGRANTS immigrants', () => {
    const botid = f('sysselsatte-botid-andel', 41.2, { group: '0_4' });
    const immigrants = (n: number) => f('innvandrere-grunn', n, { group: 'alle' });
    expect(shareCell(t, botid, undefined, immigrants(MIN_IMMIGRANTS - 1))).toBe('for få personer');
    expect(shareCell(t, botid, undefined, immigrants(MIN_IMMIGRANTS))).toBe('41,2\u00a0%');
    expect(shareCell(t, botid, undefined, undefined)).toBe('41,2\u00a0%');
    // A count, when there is one, decides, not the immigrant population.
    expect(shareCell(t, share, f('sysselsatte', 12), immigrants(20))).toBe('58\u00a0% (12\u00a0personer)');
  });
  it("keeps the publisher's own status word for a hidden or missing share", () => {
    expect(shareCell(t, f('sysselsatte-andel', null), f('sysselsatte', 3))).toBe('skjult');
    expect(shareCell(t, undefined, undefined)).toBe('–');
  });
  it('a share computed from two counts shows both, and is hidden for a group under MIN_PEOPLE', () => {
    const part = (n: number | null) => f('intro-status', n, { group: 'ettaar|arbutd' });
    const all = (n: number | null) => f('intro-status', n, { group: 'ettaar|alle' });
    expect(countedShareCell(t, part(12), all(40))).toBe('30,0\u00a0% (12 av 40\u00a0personer)');
    expect(countedShareCell(t, part(3), all(9))).toBe('for få personer');
    expect(countedShareCell(t, part(null), all(null))).toBe('for få personer');
    expect(countedShareCell(t, part(null), all(40))).toBe('skjult');
  });
});
