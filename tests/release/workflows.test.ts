/**
 * The CI workflows (.github/workflows): valid workflow syntax, the triggers and steps that make a
 * release, and every action pinned to a full commit SHA.
 *
 * The syntax check is the part of GitHub's workflow schema (SchemaStore's github-workflow.json) that
 * our workflows use, written as strict zod objects: an unknown or misspelled key fails, as on GitHub.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { z } from 'zod';

const DIR = join(import.meta.dirname, '../../.github/workflows');

const expression = z.string().regex(/\$\{\{.*\}\}/);
const permissionLevel = z.enum(['read', 'write', 'none']);
const permissions = z.union([
  z.enum(['read-all', 'write-all']),
  z.partialRecord(
    z.enum(['actions', 'attestations', 'checks', 'contents', 'deployments', 'id-token', 'issues', 'discussions', 'packages', 'pages', 'pull-requests', 'repository-projects', 'security-events', 'statuses']),
    permissionLevel,
  ),
]);
const env = z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), z.union([z.string(), z.number(), z.boolean()]));
const globs = z.array(z.string().min(1)).min(1);
const refFilter = z
  .strictObject({ branches: globs, 'branches-ignore': globs, tags: globs, 'tags-ignore': globs, paths: globs, 'paths-ignore': globs })
  .partial()
  .nullable();
const step = z
  .strictObject({
    id: z.string().regex(/^[_a-zA-Z][a-zA-Z0-9_-]*$/).optional(),
    name: z.string().optional(),
    if: z.union([z.string(), z.boolean()]).optional(),
    uses: z.string().optional(),
    run: z.string().optional(),
    with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    env: env.optional(),
    shell: z.string().optional(),
    'working-directory': z.string().optional(),
    'continue-on-error': z.union([z.boolean(), expression]).optional(),
    'timeout-minutes': z.number().optional(),
  })
  .refine((s) => (s.uses === undefined) !== (s.run === undefined), 'a step has exactly one of `uses` and `run`');
const job = z.strictObject({
  name: z.string().optional(),
  'runs-on': z.union([z.string(), z.array(z.string())]),
  'timeout-minutes': z.number().positive().optional(),
  permissions: permissions.optional(),
  env: env.optional(),
  if: z.string().optional(),
  needs: z.union([z.string(), z.array(z.string())]).optional(),
  concurrency: z.union([z.string(), z.strictObject({ group: z.string(), 'cancel-in-progress': z.union([z.boolean(), expression]).optional() })]).optional(),
  steps: z.array(step).min(1),
});
const workflow = z.strictObject({
  name: z.string().optional(),
  'run-name': z.string().optional(),
  on: z.strictObject({
    push: refFilter.optional(),
    pull_request: z
      .strictObject({ types: z.array(z.string()).optional(), branches: globs.optional(), 'branches-ignore': globs.optional(), paths: globs.optional(), 'paths-ignore': globs.optional() })
      .nullable()
      .optional(),
    release: z
      .strictObject({ types: z.array(z.enum(['published', 'unpublished', 'created', 'edited', 'deleted', 'prereleased', 'released'])).min(1) })
      .optional(),
    workflow_dispatch: z.null().optional(),
  }),
  permissions: permissions.optional(),
  env: env.optional(),
  concurrency: z.strictObject({ group: z.string(), 'cancel-in-progress': z.union([z.boolean(), expression]).optional() }).optional(),
  jobs: z.record(z.string().regex(/^[_a-zA-Z][a-zA-Z0-9_-]*$/), job),
});
type Workflow = z.infer<typeof workflow>;
type Step = Workflow['jobs'][string]['steps'][number];

function load(file: string): { text: string; wf: Workflow } {
  const text = readFileSync(join(DIR, file), 'utf8');
  const doc = parseDocument(text);
  expect(doc.errors, `${file}: YAML errors`).toEqual([]);
  const parsed = workflow.safeParse(doc.toJS());
  expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`), `${file}: workflow syntax`).toEqual([]);
  return { text, wf: parsed.data! };
}

const steps = (wf: Workflow): Step[] => Object.values(wf.jobs).flatMap((j) => j.steps);
/** Index of the first step whose `run` matches, or -1. */
const runIndex = (all: Step[], re: RegExp) => all.findIndex((s) => s.run !== undefined && re.test(s.run));
const usesIndex = (all: Step[], action: string) => all.findIndex((s) => s.uses?.startsWith(`${action}@`));

describe.each(['release.yml', 'pr.yml'])('%s', (file) => {
  it('is valid YAML and valid workflow syntax', () => {
    load(file);
  });

  it('pins every action to a full commit SHA, with its version in a comment', () => {
    const { text, wf } = load(file);
    const uses = steps(wf).flatMap((s) => (s.uses ? [s.uses] : []));
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      expect(u, 'owner/repo@<40 hex digits>').toMatch(/^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/);
      const line = text.split('\n').find((l) => l.includes(`uses: ${u}`));
      expect(line, u).toMatch(/# v\d+\.\d+\.\d+\s*$/);
    }
    // The same action is pinned to the same commit everywhere.
    const byAction = new Map<string, Set<string>>();
    for (const u of uses) {
      const [a, sha] = u.split('@') as [string, string];
      byAction.set(a, (byAction.get(a) ?? new Set()).add(sha));
    }
    for (const [a, shas] of byAction) expect(shas.size, a).toBe(1);
  });

  it('sets up Node.js 20 with the npm cache, then runs npm ci, npm test and the build in that order', () => {
    const all = steps(load(file).wf);
    const node = all.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with).toMatchObject({ 'node-version': 20, cache: 'npm' });
    const checkout = usesIndex(all, 'actions/checkout');
    const ci = runIndex(all, /^npm ci$/m);
    const test = runIndex(all, /^npm test$/m);
    const build = runIndex(all, /^\s*npm run build\b/m);
    expect(checkout).toBe(0);
    expect(ci).toBeGreaterThan(usesIndex(all, 'actions/setup-node'));
    expect(test).toBeGreaterThan(ci);
    expect(build).toBeGreaterThan(test);
  });

  it('does not keep the checkout credentials for later steps', () => {
    const all = steps(load(file).wf);
    expect(all.find((s) => s.uses?.startsWith('actions/checkout@'))?.with).toMatchObject({ 'persist-credentials': false });
  });
});

describe('release.yml', () => {
  let wf: Workflow;
  let all: Step[];
  beforeAll(() => {
    wf = load('release.yml').wf;
    all = steps(wf);
  });

  it('runs when a release is published and when a v* tag is pushed', () => {
    expect(wf.on.release?.types).toEqual(['published']);
    expect(wf.on.push?.tags).toEqual(['v*']);
    expect(wf.on.pull_request).toBeUndefined();
  });

  it('may write to the repository (to attach to the release), and only that', () => {
    expect(wf.permissions).toEqual({ contents: 'write' });
  });

  it("attaches the edition's PDF and its HTML edition, found after the build, to the release of the tag, after checking it", () => {
    const build = all[runIndex(all, /npm run build/)]!;
    expect(build.id).toBe('build');
    expect(build.run).toContain('ls -d content/[0-9][0-9][0-9][0-9]-[0-9][0-9]');
    expect(build.run).toMatch(/npm run build -- "\$edition" --html$/m);
    expect(build.run).toContain('pdf="$(ls dist/*.pdf)"');
    expect(build.run).toContain('html="${pdf%.pdf}.html"');
    expect(build.run).toContain('echo "html=$html" >> "$GITHUB_OUTPUT"');
    expect(build.run).toContain('>> "$GITHUB_OUTPUT"');
    const check = runIndex(all, /qpdf --check "\$PDF"/);
    const upload = runIndex(all, /gh release upload/);
    expect(check).toBeGreaterThan(runIndex(all, /npm run build/));
    expect(upload).toBeGreaterThan(check);
    const step = all[upload]!;
    expect(step.run).toMatch(/gh release upload "\$TAG" "\$PDF" "\$PDF\.sha256" "\$HTML" "\$HTML\.sha256" --clobber/);
    expect(step.env).toMatchObject({ GH_TOKEN: '${{ github.token }}', PDF: '${{ steps.build.outputs.pdf }}', HTML: '${{ steps.build.outputs.html }}' });
    expect(Object.values(wf.jobs)[0]!.env?.TAG).toBe('${{ github.event.release.tag_name || github.ref_name }}');
  });
});

describe('pr.yml', () => {
  let wf: Workflow;
  let all: Step[];
  beforeAll(() => {
    wf = load('pr.yml').wf;
    all = steps(wf);
  });

  it('runs on every pull request, read-only', () => {
    expect(wf.on).toHaveProperty('pull_request');
    expect(wf.on.release).toBeUndefined();
    expect(wf.permissions).toEqual({ contents: 'read' });
  });

  it('makes slide previews when deck has the preview command, and skips them otherwise', () => {
    const preview = all[runIndex(all, /preview/)]!;
    expect(preview.run).toMatch(/if node lib\/cli\/bin\.js --help \| grep -q 'deck preview'; then/);
    expect(preview.run).toContain('else');
  });

  it('uploads the PDF and the HTML edition (both required) and the previews as artifacts, after the build', () => {
    const uploads = all.filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((u) => u.with?.name)).toEqual(['deck-pdf', 'deck-html', 'deck-previews']);
    expect(String(uploads[0]!.with?.path)).toContain('dist/*.pdf');
    expect(uploads[0]!.with?.['if-no-files-found']).toBe('error');
    expect(uploads[1]!.with).toMatchObject({ path: 'dist/*.html', 'if-no-files-found': 'error' });
    expect(all[runIndex(all, /npm run build/)]!.run).toMatch(/npm run build -- "\$edition" --html$/m);
    expect(all.indexOf(uploads[0]!)).toBeGreaterThan(runIndex(all, /npm run build/));
  });
});
