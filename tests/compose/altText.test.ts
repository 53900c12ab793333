/** The text alternative a screen reader reads for each chart: generated from its data, in Norwegian. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { chartAltText } from '../../src/render/charts/altText.js';
import type { CategoriesChart, MonthlyChart, UptimeChart } from '../../src/validate/schema.js';

const hasEspeak = spawnSync('sh', ['-c', 'command -v espeak-ng']).status === 0;
/** How eSpeak NG (NVDA's default voice) reads `text` in Norwegian, as phonemes. */
const phonemes = (text: string) => spawnSync('espeak-ng', ['-v', 'nb', '-q', '-x', text], { encoding: 'utf8' }).stdout.trim();

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
    const alt = (chartAltText(messages, { title: 'Meldingstjeneste', subtitle: 'totalt antall meldinger ut gjennom Altinn de siste år' }));
    expect(alt).toBe(
      'Søylediagram: Meldingstjeneste, totalt antall meldinger ut gjennom Altinn de siste år, per måned fra 2022 til 2025, én søyle per år. ' +
        'Siste verdi november 2025: 4 951 197, 1,7 % høyere enn november 2024 (4 866 260). ' +
        'I 2025 var januar høyest (7 120 449) og oktober lavest (4 871 990). ' +
        'I de 3 månedene med tall i 2025 var snittet per måned 1,5 % lavere enn i de samme månedene i 2024.',
    );
  });

  it('says «lavere» for a fall, and names the month compared with', () => {
    const chart: MonthlyChart = { kind: 'monthly', years: { '2024': { okt: 5871576 }, '2025': { okt: 4871990 } } };
    expect((chartAltText(chart, { title: 'Meldingstjeneste' }))).toContain('Siste verdi oktober 2025: 4 871 990, 17,0 % lavere enn oktober 2024 (5 871 576).');
  });

  it('says when there is nothing to compare with', () => {
    const chart: MonthlyChart = { kind: 'monthly', years: { '2025': { jan: 12, feb: 14.5 } } };
    expect((chartAltText(chart, { title: 'Tilda' }))).toBe(
      'Søylediagram: Tilda, per måned 2025, én søyle per år. Siste verdi februar 2025: 14,50; ingen verdi for februar 2024 å sammenligne med. ' +
        'I 2025 var februar høyest (14,50) og januar lavest (12).',
    );
  });

  it('says that a chart without numbers is empty, and invents no number', () => {
    const chart: MonthlyChart = { kind: 'monthly', years: { '2023': {}, '2024': {}, '2025': {} } };
    const alt = chartAltText(chart, { title: 'Bruk av autorisasjon via Maskinporten' });
    expect(alt).toBe('Søylediagram: Bruk av autorisasjon via Maskinporten fra 2023 til 2025. Diagrammet er tomt: det finnes ingen tall for denne perioden.');
    expect(alt.replace(/\b20\d\d\b/g, '')).not.toMatch(/\d/);
  });

  it('lists every value of a categories chart by category', () => {
    const chart: CategoriesChart = {
      kind: 'categories',
      categories: ['Tjenesteinstanser', 'Dataoppslag mot Skatteetaten'],
      series: { eBevis: [1530, 1530], Drosjeløyve: [192, 192] },
    };
    expect((chartAltText(chart, { title: 'data.altinn.no', subtitle: 'eBevis og Drosjeløyve' }))).toBe(
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
    expect((chartAltText(chart, { title: 'Sluttbrukerløsning' }))).toBe(
      'Linjediagram: Sluttbrukerløsning, oppetid per måned fra november 2024 til november 2025, med kravet på 99,90 % som stiplet linje. ' +
        'Siste verdi november 2025: 99,98 %, over kravet på 99,90 %. Samme måned året før (november 2024): 99,97 %. ' +
        '1 av 4 måneder lå under kravet: desember 2024 (99,85 %). ' +
        'Høyeste oppetid: 99,98 % (november 2025); laveste: 99,85 % (desember 2024).',
    );
    const below: UptimeChart = { kind: 'uptime', requirement: 99.9, months: { '2025-11': 99.54 } };
    expect((chartAltText(below, { title: 'Oppetid' }))).toContain('Siste verdi november 2025: 99,54 %, under kravet på 99,90 %.');
    const met: UptimeChart = { kind: 'uptime', requirement: 99.9, months: { '2025-10': 99.95, '2025-11': 99.9 } };
    expect((chartAltText(met, { title: 'Oppetid' }))).toContain('akkurat på kravet på 99,90 %. Alle 2 månedene lå på eller over kravet.');
  });

  it('names the highest and lowest month of the latest year, ties together, and none when all are equal', () => {
    const chart: MonthlyChart = { kind: 'monthly', years: { '2025': { jan: 30, feb: 10, mar: 30, apr: 10, mai: 20 } } };
    expect(chartAltText(chart, { title: 'Bits' })).toContain('I 2025 var januar og mars høyest (30) og februar og april lavest (10).');
    const flat: MonthlyChart = { kind: 'monthly', years: { '2025': { jan: 5, feb: 5 } } };
    expect(chartAltText(flat, { title: 'Bits' })).not.toMatch(/høyest|lavest/);
  });

  it('compares the months so far with the same months of the year before, on average', () => {
    const chart: MonthlyChart = {
      kind: 'monthly',
      years: { '2024': { jan: 100, feb: 100, mar: 100, apr: 999 }, '2025': { jan: 100, feb: 110, mar: 120 } },
    };
    expect(chartAltText(chart, { title: 'Samtykker' })).toContain('Fra januar til mars 2025 var snittet per måned 10,0 % høyere enn i de samme månedene i 2024.');
    // A month missing the year before: no average, since the months would not be the same.
    const gap: MonthlyChart = { kind: 'monthly', years: { '2024': { jan: 100, mar: 100 }, '2025': { jan: 100, feb: 110, mar: 120 } } };
    expect(chartAltText(gap, { title: 'Samtykker' })).not.toContain('snittet');
    const skipped: MonthlyChart = { kind: 'monthly', years: { '2024': { jan: 100, mar: 100 }, '2025': { jan: 90, mar: 90 } } };
    expect(chartAltText(skipped, { title: 'Samtykker' })).toContain('I de 2 månedene med tall i 2025 var snittet per måned 10,0 % lavere enn i de samme månedene i 2024.');
  });

  it('writes numbers for the ear: no no-break space between digits, a hyphen-minus before a negative number', () => {
    const negative: CategoriesChart = { kind: 'categories', categories: ['Endring'], series: { '2025': [-12500] } };
    const charts = [messages, negative, { kind: 'uptime', requirement: 99.9, months: { '2025-11': 99.98 } } as UptimeChart];
    for (const chart of charts) {
      const alt = chartAltText(chart, { title: 'Diagram\u00a0med tall' });
      expect(alt).not.toMatch(/\d[\u00a0\u202f]\d/);
      expect(alt).not.toMatch(/[\u00a0\u202f\u2212]/);
    }
    expect(chartAltText(negative, { title: 'x' })).toContain('2025 -12 500');
  });

  it.skipIf(!hasEspeak)('is read by eSpeak NG with each grouped number as one number (install espeak-ng to run this check)', () => {
    const alt = chartAltText(messages, { title: 'Meldingstjeneste' });
    const grouped = [...alt.matchAll(/\d{1,3}(?: \d{3})+/g)].map((m) => m[0]);
    expect(grouped).toContain('4 951 197');
    for (const n of grouped) expect(phonemes(n), n).toBe(phonemes(n.replace(/ /g, '')));
    // The check can fail: with no-break spaces eSpeak NG reads three numbers.
    expect(phonemes('4\u00a0951\u00a0197')).not.toBe(phonemes('4951197'));
  });

  it('does not repeat a subtitle that equals the title', () => {
    expect(chartAltText(messages, { title: 'Meldingstjeneste', subtitle: 'meldingstjeneste' })).toMatch(/^Søylediagram: Meldingstjeneste, per måned/);
  });
});
