/**
 * The in-memory cache of `deck watch`: a slide whose content has not changed is not laid out again,
 * a chart whose data and box have not changed is not drawn again, and a page whose slide SVG has
 * not changed is not drawn again (its content stream, glyphs and links are reused).
 *
 *   laid-out slide SVG  keyed by the slide's content, deck.yaml's content, its page number and the
 *                       deck's page count (the footer), the logo file, the content of its pictures
 *                       and the templates' version
 *   chart SVG           keyed by the chart's data, the size of its box and the templates' version
 *   prepared picture    keyed by the picture file's content and the pixel size it is prepared at
 *   page drawing        keyed by the slide's finished SVG; reused only while the pictures it shows
 *                       still have the same content
 *
 * The keys use the parsed content rather than the file text, so an edit to a comment or to the
 * spacing of a file draws nothing again. The templates' version is that of the templates as last
 * read (watch reads them again before each build): after a template is saved, every slide is laid
 * out again and every chart drawn again, and the pages whose SVG came out the same are not. Entries that the last successful build did not use are
 * dropped, so the cache never holds more than one edition.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuildCache } from '../build.js';
import { drawingKey, drawPage, type ComposeOptions } from '../compose/composePdf.js';
import type { PageDrawing } from '../compose/draw/drawSlide.js';
import type { RenderedChart } from '../render/charts/index.js';
import { startChartRenderer, type ChartRenderer } from '../render/charts/pool.js';
import { layoutSlide, type LaidOutSlide } from '../render/renderSlide.js';
import { preparer, type PicturePreparer, type PreparedPicture } from '../render/pictures/prepare.js';
import { templatesGeneration, templatesVersion } from '../render/templates.js';
import type { Edition, Slide } from '../validate/validate.js';

export interface CacheStats {
  slidesLaidOut: number;
  slidesFromCache: number;
  chartsDrawn: number;
  chartsFromCache: number;
  /** Pages drawn in this build, and pages whose drawing came from an earlier build. */
  pagesDrawn: number;
  pagesReused: number;
}

const NO_STATS: CacheStats = { slidesLaidOut: 0, slidesFromCache: 0, chartsDrawn: 0, chartsFromCache: 0, pagesDrawn: 0, pagesReused: 0 };

export interface RenderCache extends BuildCache {
  /** Starts counting for a new build. */
  startBuild(): void;
  /** After a successful build: forgets what that build did not use. */
  keepOnlyUsed(): void;
  stats(): CacheStats;
  close(): Promise<void>;
}

interface Entry<T> {
  value: T;
  used: number;
}

export function createRenderCache(inner: ChartRenderer = startChartRenderer()): RenderCache {
  let templates = templatesVersion();
  let templatesOf = templatesGeneration();
  const currentTemplates = () => {
    if (templatesOf !== templatesGeneration()) {
      templates = templatesVersion();
      templatesOf = templatesGeneration();
    }
    return templates;
  };
  const layouts = new Map<string, Entry<LaidOutSlide>>();
  const charts = new Map<string, Entry<Promise<RenderedChart>>>();
  const drawings = new Map<string, Entry<PageDrawing>>();
  const pictures = new Map<string, Entry<Promise<PreparedPicture>>>();
  let generation = 0;
  let stats: CacheStats = { ...NO_STATS };

  const chartRenderer: ChartRenderer = {
    render(chart, box) {
      const key = hash(currentTemplates(), JSON.stringify(chart), `${box.width}x${box.height}`);
      const hit = charts.get(key);
      if (hit) {
        hit.used = generation;
        stats.chartsFromCache++;
        return hit.value;
      }
      stats.chartsDrawn++;
      const value = inner.render(chart, box);
      value.catch(() => charts.delete(key));
      charts.set(key, { value, used: generation });
      return value;
    },
    close: () => inner.close(),
  };

  const compose: ComposeOptions = {
    draw(svg, page) {
      const key = drawingKey(svg);
      const hit = drawings.get(key);
      if (hit && hit.value.pictures.every((p) => p.href.startsWith('data:') || fileKey(p.href) === p.key)) {
        hit.used = generation;
        stats.pagesReused++;
        return hit.value;
      }
      stats.pagesDrawn++;
      const value = drawPage(svg, page);
      drawings.set(key, { value, used: generation });
      return value;
    },
  };

  const picturePreparer: PicturePreparer = {
    prepare(source, size) {
      const key = hash(source.key, `${size.width}x${size.height}`);
      const hit = pictures.get(key);
      if (hit) {
        hit.used = generation;
        return hit.value;
      }
      const value = preparer.prepare(source, size);
      value.catch(() => pictures.delete(key));
      pictures.set(key, { value, used: generation });
      return value;
    },
  };

  return {
    parsed: new Map(),
    charts: chartRenderer,
    pictures: picturePreparer,
    compose,
    layout(edition: Edition, slide: Slide): LaidOutSlide {
      const key = hash(
        currentTemplates(),
        slide.file.path,
        String(slide.page),
        String(edition.slides.length),
        JSON.stringify(slide.content),
        JSON.stringify(edition.deck),
        logoStamp(edition),
        slide.pictures.map((p) => p.source.key).join(','),
      );
      const hit = layouts.get(key);
      if (hit) {
        hit.used = generation;
        stats.slidesFromCache++;
        // Same content, but the warnings of the render stage must point into today's parse of the file.
        return { ...hit.value, slide };
      }
      stats.slidesLaidOut++;
      const value = layoutSlide(edition, slide);
      layouts.set(key, { value, used: generation });
      return value;
    },
    startBuild() {
      generation++;
      stats = { ...NO_STATS };
    },
    keepOnlyUsed() {
      for (const map of [layouts, charts, drawings, pictures] as Map<string, Entry<unknown>>[]) {
        for (const [k, e] of map) if (e.used !== generation) map.delete(k);
      }
    },
    stats: () => ({ ...stats }),
    close: () => inner.close(),
  };
}

function hash(...parts: string[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\u0000');
  return h.digest('hex');
}

/** The content hash of a picture file as the drawer names it (undefined when it cannot be read). */
function fileKey(path: string): string | undefined {
  try {
    return createHash('sha1').update(readFileSync(path.replace(/^file:\/\//i, ''))).digest('hex');
  } catch {
    return undefined;
  }
}

function logoStamp(edition: Edition): string {
  if (!edition.deck.logo) return '';
  try {
    const s = statSync(resolve(edition.dir, edition.deck.logo));
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}
