/**
 * `deck serve` in a real browser (Debian's chromium): the page shows every slide as the PDF draws
 * it, with its number and file name; a save changes the slide in place (no reload, only that slide
 * replaced, the reader's scroll position kept); a content error shows as an overlay naming
 * file:line:column and goes when it is fixed; the PDF link downloads the current PDF.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, haveChromium, launchChromium, type Chromium } from '../html/chromium.js';
import { startServe, type ServeSession } from './session.js';

let chromium: Chromium;
let s: ServeSession;
let page: Page;
/** What the page reported as errors (a script error, a request the policy blocked, …). */
const pageErrors: string[] = [];

/** Generous: a build on a busy 2-core machine; the measured time is in `npm run bench:serve`. */
const ARRIVES = { timeout: 15_000, polling: 'mutation' as const };

beforeAll(async () => {
  if (!haveChromium) return;
  [chromium, s] = await Promise.all([launchChromium(), startServe()]);
  expect((await s.next()).ok).toBe(true);
  page = await chromium.browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => void (m.type() === 'error' && pageErrors.push(m.text())));
  page.on('response', (r) => void (r.status() >= 400 && pageErrors.push(`${r.status()} ${r.url()}`)));
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(s.url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('figure.lysbilde[data-hash] svg').length === 7, ARRIVES);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  if (s) expect(await s.stop()).toBe(0);
});

const slideText = (n: number) => page.$eval(`#lysbilde-${n} .flate svg`, (svg) => svg.textContent ?? '');

describe.skipIf(!haveChromium)('deck serve in chromium', () => {
  it('shows every slide as the PDF draws it, with its number and file name, and a link to the PDF', async () => {
    const captions = await page.$$eval('figure.lysbilde figcaption', (fs) => fs.map((f) => f.textContent));
    expect(captions).toEqual(['101-forside.yaml', '202-innhold.yaml', '303-plattformen.yaml', '404-hendelser.yaml', '505-meldinger.yaml', '606-treffpunkt.yaml', '707-slutt.yaml']);
    expect(await slideText(4)).toContain('Hvordan melde inn hendelser');
    // The very slide SVG of the build: its roles and its chart as drawn.
    expect(await page.$eval('#lysbilde-5 .flate svg', (svg) => svg.querySelector('g[data-role="chart"]')?.getAttribute('aria-label'))).toMatch(/^Søylediagram: /);
    expect(await page.title()).toBe('Oppsummering fra Altinn sentralforvaltning – november 2025 – Forhåndsvisning');
    const pdf = await page.$eval('#pdf', (a) => ({ href: (a as HTMLAnchorElement).getAttribute('href'), download: a.hasAttribute('download'), text: a.textContent, hidden: (a as HTMLElement).hidden }));
    expect(pdf).toEqual({ href: '/mini.pdf', download: true, text: 'Last ned PDF', hidden: false });
    const got = await page.evaluate(async () => {
      const r = await fetch('/mini.pdf');
      return { status: r.status, type: r.headers.get('content-type'), start: new TextDecoder().decode((await r.arrayBuffer()).slice(0, 5)) };
    });
    expect(got).toEqual({ status: 200, type: 'application/pdf', start: '%PDF-' });
  });

  it('after a save, shows the new title in place: no reload, only that slide replaced, scroll position kept', async () => {
    await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      w.deckMarker = 'same page';
      w.slide2 = document.querySelector('#lysbilde-2 .flate svg');
      w.slide4 = document.querySelector('#lysbilde-4 .flate svg');
      document.querySelector('#lysbilde-3')!.scrollIntoView();
      window.scrollBy(0, 37);
    });
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(500);
    const changed = page.waitForFunction(() => document.querySelector('#lysbilde-4 .flate svg')?.textContent?.includes('Slik melder du inn hendelser'), ARRIVES);
    const saved = Date.now();
    s.edit('04-hendelser.yaml', (t) => t.replace('title: Hvordan melde inn hendelser', 'title: Slik melder du inn hendelser'));
    await changed;
    const after = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        marker: w.deckMarker,
        slide2Kept: w.slide2 === document.querySelector('#lysbilde-2 .flate svg'),
        slide4Replaced: w.slide4 !== document.querySelector('#lysbilde-4 .flate svg'),
        scrollY: window.scrollY,
      };
    });
    console.log(`deck serve: the new title was in the page ${Date.now() - saved} ms after the save`);
    expect(after).toEqual({ marker: 'same page', slide2Kept: true, slide4Replaced: true, scrollY: scrolled });
  });

  it('shows a content error as an overlay naming file:line:column, and takes it away when fixed', async () => {
    const overlay = page.waitForFunction(() => !document.querySelector<HTMLElement>('#feil')!.hidden, ARRIVES);
    s.edit('04-hendelser.yaml', (t) => t.replace('title: Slik melder', 'title: "Slik melder'));
    await overlay;
    const shown = await page.$eval('#feil', (o) => ({ title: o.querySelector('h2')!.textContent, items: [...o.querySelectorAll('li')].map((li) => li.textContent), visible: o.getBoundingClientRect().height > 0 }));
    expect(shown.visible).toBe(true);
    expect(shown.title).toBe('Det er en feil i innholdet');
    expect(shown.items).toHaveLength(1);
    expect(shown.items[0]).toMatch(/04-hendelser\.yaml:2:8teksten begynner med anførselstegn \("\), men slutter ikke med det\./);
    // The slides stay as last built.
    expect(await slideText(4)).toContain('Slik melder du inn hendelser');

    const gone = page.waitForFunction(() => document.querySelector<HTMLElement>('#feil')!.hidden, ARRIVES);
    s.edit('04-hendelser.yaml', (t) => t.replace('title: "Slik melder', 'title: Slik melder'));
    await gone;
    expect(await page.$eval('#feil', (o) => o.getBoundingClientRect().height)).toBe(0);
  });

  it('a slide added to the folder appears, numbered, after the others', async () => {
    const added = page.waitForFunction(() => document.querySelector('#lysbilde-8 .flate svg'), ARRIVES);
    writeFileSync(join(s.dir, '08-ekstra.yaml'), 'layout: divider\ntitle: Et nytt lysbilde\n');
    await added;
    expect(await page.$eval('#lysbilde-8 figcaption', (f) => f.textContent)).toBe('808-ekstra.yaml');
    expect(await slideText(8)).toContain('Et nytt lysbilde');
    // Every footer now counts 8 slides: all slides were replaced, in place.
    expect(await page.$$eval('figure.lysbilde', (fs) => fs.map((f) => f.id))).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `lysbilde-${n}`));
  });

  it('is itself accessible: no WCAG 2.1 A/AA violations found by axe-core, also with the overlay shown', async () => {
    expect(await axeViolations(page)).toEqual([]);
    const overlay = page.waitForFunction(() => !document.querySelector<HTMLElement>('#feil')!.hidden, ARRIVES);
    s.edit('deck.yaml', (t) => t.replace('month: "2025-11"', 'month: "2025-13"'));
    await overlay;
    expect(await axeViolations(page)).toEqual([]);
    const gone = page.waitForFunction(() => document.querySelector<HTMLElement>('#feil')!.hidden, ARRIVES);
    s.edit('deck.yaml', (t) => t.replace('month: "2025-13"', 'month: "2025-11"'));
    await gone;
  });

  it('reported no error in the page all along (script, policy, requests)', () => {
    expect(pageErrors).toEqual([]);
  });
});
