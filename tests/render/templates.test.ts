/**
 * The layouts come precompiled from the install (npm run prepare), and a template edited after the
 * install still takes effect: that one is compiled when it is used, the others still come precompiled,
 * and without any precompiled file every slide is drawn exactly as with it.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkEdition, renderAll } from '../../src/build.js';
import { TEMPLATES_DIR } from '../../src/paths.js';
import { precompiledModule, templateStats, useTemplates } from '../../src/render/templates.js';
import { MINI } from '../helpers.js';

const work = mkdtempSync(join(tmpdir(), 'deck-templates-'));
const templates = join(work, 'templates');
cpSync(TEMPLATES_DIR, templates, { recursive: true });
const precompiled = join(work, 'precompiled-templates.cjs');
writeFileSync(precompiled, precompiledModule(templates));

async function slides(): Promise<string[]> {
  const { edition } = checkEdition(MINI);
  return (await renderAll(edition!, () => {})).map((s) => s.svg);
}

afterAll(() => useTemplates(TEMPLATES_DIR));

describe('templates', () => {
  it('without a precompiled file compiles every template and draws the same slides as with one', async () => {
    useTemplates(templates, precompiled);
    const fromInstall = await slides();
    expect(templateStats()).toMatchObject({ compiled: 0 });
    expect(templateStats().precompiled).toBeGreaterThan(5);

    useTemplates(templates, join(work, 'missing.cjs'));
    expect(await slides()).toEqual(fromInstall);
    expect(templateStats()).toMatchObject({ precompiled: 0 });
  });

  it('takes an edit made after the install: the edited partial is compiled, the rest still comes precompiled', async () => {
    const footer = join(templates, 'partials', 'footer.hbs');
    writeFileSync(footer, readFileSync(footer, 'utf8').replace('{{{text "Digdir"', '{{{text "DIGDIR"'));
    useTemplates(templates, precompiled);
    const svgs = await slides();
    // Page 4 (a text slide) has a footer; the title page has none.
    expect(svgs[3]).toContain('DIGDIR');
    expect(svgs[0]).not.toContain('DIGDIR');
    expect(templateStats().compiled).toBe(1);
    expect(templateStats().precompiled).toBeGreaterThan(5);
  });
});
