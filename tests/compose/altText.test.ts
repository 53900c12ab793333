/** The text alternative a screen reader reads for each chart: generated from its data, in Norwegian. */
import { describe, expect, it } from 'vitest';
import { chartAltText } from '../../src/render/charts/altText.js';
import type { CategoriesChart, MonthlyChart, UptimeChart } from '../../src/validate/schema.js';

const nb = (s: string) => s.replace(/\u00a0/g, ' ');

const messages: MonthlyChart = {
  kind: 'monthly',
  years: {
    '2024': { jan: 6463278, okt: 5871576, nov: 4866260, des: 8644804 },
    '2025': { jan: 7120449, okt: 4871990, nov: 4951197 },
    '2023': { jan: 6397333, nov: 4556908 },
    '2022': { jan: 5375362 },
  },
};

describe('chartAltText', () => {
  it('says what a monthly chart shows, its period, the latest value and the change on the same month last year', () => {
    const alt = nb(chartAltText(messages, { title: 'Meldingstjeneste', subtitle: 'totalt antall meldinger ut gjennom Altinn de siste år' }));
    expect(alt).toBe(
      'Søylediagram: Meldingstjeneste, totalt antall meldinger ut gjennom Altinn de siste år, per måned 2022–2025, én søyle per år. ' +
        'Siste verdi november 2025: 4 951 197, 1,7 % høyere enn november 2024 (4 866 260).',
    );
  });

  it('says «lavere» for a fall, and names the month compared with', () => {
    const chart: MonthlyChart = { kind: 'monthly', years: { '2024': { okt: 5871576 }, '2025': { okt: 4871990 } } };
    expect(nb(chartAltText(chart, { title: 'Meldingstjeneste' }))).toContain('Siste verdi oktober 2025: 4 871 990, 17,0 % lavere enn oktober 2024 (5 871 576).');
  });

  it('says when there is nothing to compare with', () => {
    const chart: MonthlyChart = { kind: 'monthly', years: { '2025': { jan: 12, feb: 14.5 } } };
    expect(nb(chartAltText(chart, { title: 'Tilda' }))).toBe(
      'Søylediagram: Tilda, per måned 2025, én søyle per år. Siste verdi februar 2025: 14,50; ingen verdi for februar 2024 å sammenligne med.',
    );
  });

  it('says that a chart without numbers is empty, and invents no number', () => {
    const chart: MonthlyChart = { kind: 'monthly', years: { '2023': {}, '2024': {}, '2025': {} } };
    const alt = chartAltText(chart, { title: 'Bruk av autorisasjon via Maskinporten' });
    expect(alt).toBe('Søylediagram: Bruk av autorisasjon via Maskinporten 2023–2025. Diagrammet er tomt: det finnes ingen tall for denne perioden.');
    expect(alt.replace(/\b20\d\d\b/g, '')).not.toMatch(/\d/);
  });

  it('lists every value of a categories chart by category', () => {
    const chart: CategoriesChart = {
      kind: 'categories',
      categories: ['Tjenesteinstanser', 'Dataoppslag mot Skatteetaten'],
      series: { eBevis: [1530, 1530], Drosjeløyve: [192, 192] },
    };
    expect(nb(chartAltText(chart, { title: 'data.altinn.no', subtitle: 'eBevis og Drosjeløyve' }))).toBe(
      'Gruppert søylediagram: data.altinn.no, eBevis og Drosjeløyve. 2 kategorier med én søyle hver for eBevis og Drosjeløyve. ' +
        'Tjenesteinstanser: eBevis 1 530, Drosjeløyve 192; Dataoppslag mot Skatteetaten: eBevis 1 530, Drosjeløyve 192.',
    );
  });

  it('compares the latest uptime with the requirement and names the months below it', () => {
    const chart: UptimeChart = {
      kind: 'uptime',
      requirement: 99.9,
      months: { '2024-11': 99.97, '2024-12': 99.85, '2025-10': 99.94, '2025-11': 99.98 },
    };
    expect(nb(chartAltText(chart, { title: 'Sluttbrukerløsning' }))).toBe(
      'Linjediagram: Sluttbrukerløsning, oppetid per måned fra november 2024 til november 2025, med kravet på 99,90 % som stiplet linje. ' +
        'Siste verdi november 2025: 99,98 %, over kravet på 99,90 %. Samme måned året før (november 2024): 99,97 %. ' +
        '1 av 4 måneder lå under kravet: desember 2024 (99,85 %).',
    );
    const below: UptimeChart = { kind: 'uptime', requirement: 99.9, months: { '2025-11': 99.54 } };
    expect(nb(chartAltText(below, { title: 'Oppetid' }))).toContain('Siste verdi november 2025: 99,54 %, under kravet på 99,90 %.');
    const met: UptimeChart = { kind: 'uptime', requirement: 99.9, months: { '2025-10': 99.95, '2025-11': 99.9 } };
    expect(nb(chartAltText(met, { title: 'Oppetid' }))).toContain('akkurat på kravet på 99,90 %. Alle 2 månedene lå på eller over kravet.');
  });

  it('does not repeat a subtitle that equals the title', () => {
    expect(chartAltText(messages, { title: 'Meldingstjeneste', subtitle: 'meldingstjeneste' })).toMatch(/^Søylediagram: Meldingstjeneste, per måned/);
  });
});
