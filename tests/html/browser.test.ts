/**
 * The HTML edition in a real browser (Debian's chromium): no WCAG 2.1 A/AA violations found by
 * axe-core on a wide screen and on a phone; nothing fetched; on a wide screen each slide a 16:9 box
 * with the text where the slide has it; on a phone one readable column; printed, one slide a page.
 */
import { pathToFileURL } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../helpers.js';
import { axeViolations, haveChromium, launchChromium, type Chromium } from './chromium.js';
import { buildNovember } from './novemberBuild.js';

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

let chromium: Chromium;
let url: string;

beforeAll(async () => {
  if (!haveChromium) return;
  const [nov, c] = await Promise.all([buildNovember(), launchChromium()]);
  url = pathToFileURL(nov.file).href;
  chromium = c;
}, 120_000);

afterAll(async () => {
  await chromium?.close();
});

/** The page at a viewport, every request other than the page itself recorded. */
async function open(viewport: typeof WIDE | typeof PHONE): Promise<{ page: Page; requests: string[] }> {
  const page = await chromium.browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) requests.push(r.url());
  });
  // A request the page's policy blocked, or anything else the page reports as an error.
  page.on('console', (m) => void (m.type() === 'error' && requests.push(m.text())));
  await page.setViewport(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page, requests };
}

describe.skipIf(!haveChromium)('HTML edition in chromium', () => {
  it('on a wide screen: no WCAG 2.1 A/AA violations (axe-core), nothing fetched, both fonts in use', async () => {
    const { page, requests } = await open(WIDE);
    const loadedFaces = await page.evaluate(() => [...document.fonts].filter((f) => f.family === 'Inter' && f.status === 'loaded').map((f) => f.weight));
    expect(loadedFaces.sort()).toEqual(['400', '600 700']);
    expect(await axeViolations(page)).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('on a phone: no WCAG 2.1 A/AA violations (axe-core)', async () => {
    const { page } = await open(PHONE);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('on a wide screen: every slide a 16:9 box, its title where the slide puts it (x 48, baseline 69.4 of 960)', async () => {
    const { page } = await open(WIDE);
    const boxes = await page.$$eval('.slide', (slides) =>
      slides.map((s) => {
        const b = s.getBoundingClientRect();
        const title = s.querySelector('h2 .l')?.getBoundingClientRect();
        return { width: b.width, height: b.height, left: b.left, top: b.top, titleLeft: title?.left, titleTop: title?.top, titleHeight: title?.height };
      }),
    );
    expect(boxes).toHaveLength(40);
    for (const b of boxes) expect(b.height).toBeCloseTo((b.width * 9) / 16, 0);
    // Slide 5, a text slide: its title at x = 48, its 26-unit line box ending at the baseline 69.4 + 0.2 em.
    const s5 = boxes[4]!;
    const unit = s5.width / 960;
    expect(Math.abs(s5.titleLeft! - s5.left - 48 * unit)).toBeLessThan(1.5);
    expect(Math.abs(s5.titleTop! - s5.top - (69.4 - 0.8 * 26) * unit)).toBeLessThan(1.5);
    expect(s5.titleHeight).toBeCloseTo(26 * unit, 0);
    await page.close();
  });

  it('on a phone: one column without sideways scrolling, body text at 16 px or more, wide tables scroll in their own box', async () => {
    const { page } = await open(PHONE);
    const m = await page.evaluate(() => {
      const px = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
      const texts = [...document.querySelectorAll('.slide p, .slide li')].filter((e) => e.textContent!.trim());
      const table = document.querySelector('#lysbilde-9 section.table')!;
      const chart = document.querySelector('#lysbilde-9 svg.chart')!.getBoundingClientRect();
      const slide = document.querySelector('#lysbilde-9 .slide')!.getBoundingClientRect();
      return {
        pageWidth: document.documentElement.scrollWidth,
        smallest: Math.min(...texts.map(px)),
        deco: getComputedStyle(document.querySelector('.deco')!).display,
        tableScrolls: table.scrollWidth > table.clientWidth,
        chartInside: chart.left >= slide.left && chart.right <= slide.right && chart.width > slide.width * 0.8,
      };
    });
    expect(m.pageWidth).toBeLessThanOrEqual(PHONE.width);
    expect(m.smallest).toBeGreaterThanOrEqual(16);
    expect(m.deco).toBe('none');
    expect(m.tableScrolls).toBe(true);
    expect(m.chartInside).toBe(true);
    await page.close();
  });

  it('printed: one slide per page, 40 pages in the slide format', async () => {
    const { page } = await open(WIDE);
    const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    await page.close();
    const read = await readPdf(pdf);
    expect(read.pages).toHaveLength(40);
    expect(read.pages[4]).toContain('Hvordan melde inn hendelser');
    expect(read.pages[8]).toContain('Meldingstjeneste');
    expect(read.pages[8]).toContain('12 473 228');
    // 960 × 540 CSS px = 720 × 405 pt (chromium rounds the height to its device units)
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes).toHaveLength(40);
    for (const [w, h] of boxes) {
      expect(w).toBe(720);
      expect(h).toBeCloseTo(405, 0);
    }
  });
});
