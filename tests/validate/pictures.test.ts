/**
 * Bad pictures are content errors at the `file` field (or `image` for the alt text), found by
 * `deck check` without drawing, in plain Norwegian; a build stops with exit 1, no stack trace, and
 * the previous PDF unchanged. Every picture here is made by the test.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionWith, runCli } from '../helpers.js';
import { jpegPicture, plainPng, pngPicture, svgPicture } from '../pictureFiles.js';

const slide = (file: string, more = '  alt: Skjermbilde av innboksen\n') => `layout: picture\ntitle: Bilde\nimage:\n  file: ${file}\n${more}`;
/** Where `file:` of the slide above has its value. */
const AT = '04-bilde.yaml:4:9';

let png: Buffer;
let jpeg: Buffer;
beforeAll(async () => {
  png = await pngPicture(400, 300);
  jpeg = await jpegPicture(400, 300);
});

/** An edition whose slide 4 shows `file`, after `setup` has put things in its folder. */
function edition(file: string, setup: (dir: string) => void = () => {}, more?: string): string {
  const dir = editionWith({ '04-hendelser.yaml': null, '04-bilde.yaml': slide(file, more) });
  mkdirSync(join(dir, 'bilder'));
  setup(dir);
  return dir;
}

async function problemsOf(dir: string): Promise<string[]> {
  const r = await runCli(['check', dir]);
  expect(r.err).not.toMatch(/\n\s+at /);
  const shown = relative(process.cwd(), dir);
  return r.err
    .split('\n')
    .filter((l) => l && !l.startsWith('deck:') && !l.includes('advarsel:'))
    .map((l) => l.replace(`${shown}/`, ''));
}

const put = (name: string, bytes: Buffer | string) => (dir: string) => writeFileSync(join(dir, name), bytes);

const CASES: Record<string, { file: string; setup?: (dir: string) => void; more?: string; message: string; at?: string }> = {
  'a missing file': {
    file: 'bilder/mangler.png',
    message: 'fant ikke bildet «bilder/mangler.png». Sjekk at navnet er skrevet riktig, med store og små bokstaver, og at filen ligger der.',
  },
  'a file named with other capitals': {
    file: 'bilder/Skjerm.PNG',
    setup: (d) => writeFileSync(join(d, 'bilder', 'skjerm.png'), png),
    message: 'fant ikke bildet «bilder/Skjerm.PNG». Mente du «bilder/skjerm.png»?',
  },
  'a folder': {
    file: 'bilder/mappe.png',
    setup: (d) => mkdirSync(join(d, 'bilder', 'mappe.png')),
    message: '«bilder/mappe.png» er en mappe, ikke et bilde. Skriv navnet på selve bildefilen, for eksempel «bilder/mappe.png/skjermbilde.png».',
  },
  'a FIFO (which must not make the check wait)': {
    file: 'bilder/fifo.png',
    setup: (d) => execFileSync('mkfifo', [join(d, 'bilder', 'fifo.png')]),
    message: '«bilder/fifo.png» er ikke en vanlig fil, men en spesialfil, og kan ikke leses som et bilde. Legg en vanlig bildefil der.',
  },
  'a truncated PNG': {
    file: 'bilder/kuttet.png',
    setup: (d) => writeFileSync(join(d, 'bilder', 'kuttet.png'), png.subarray(0, Math.floor(png.length / 2))),
    message: '«bilder/kuttet.png» er skadet eller ufullstendig og kan ikke vises. Lagre bildet på nytt, eller hent det på nytt fra der det kom fra.',
  },
  'a PNG with damaged image data': {
    file: 'bilder/skadet.png',
    setup: (d) => {
      const b = Buffer.from(png);
      const idat = b.indexOf('IDAT');
      for (let i = idat + 20; i < idat + 40; i++) b[i] = b[i]! ^ 0x5a;
      writeFileSync(join(d, 'bilder', 'skadet.png'), b);
    },
    message: '«bilder/skadet.png» er skadet eller ufullstendig og kan ikke vises. Lagre bildet på nytt, eller hent det på nytt fra der det kom fra.',
  },
  'a truncated JPEG': {
    file: 'bilder/kuttet.jpg',
    setup: (d) => writeFileSync(join(d, 'bilder', 'kuttet.jpg'), jpeg.subarray(0, Math.floor(jpeg.length * 0.7))),
    message: '«bilder/kuttet.jpg» er skadet eller ufullstendig og kan ikke vises. Lagre bildet på nytt, eller hent det på nytt fra der det kom fra.',
  },
  'a .png that is a JPEG': {
    file: 'bilder/foto.png',
    setup: (d) => writeFileSync(join(d, 'bilder', 'foto.png'), jpeg),
    message: '«bilder/foto.png» heter .png, men er et JPEG-bilde. Gi filen endelsen .jpg, eller lagre bildet på nytt som PNG.',
  },
  'a .jpg that is a PNG': {
    file: 'bilder/skjerm.jpg',
    setup: (d) => writeFileSync(join(d, 'bilder', 'skjerm.jpg'), png),
    message: '«bilder/skjerm.jpg» heter .jpg, men er et PNG-bilde. Gi filen endelsen .png, eller lagre bildet på nytt som JPEG.',
  },
  'a .png that is a web page': {
    file: 'bilder/side.png',
    setup: (d) => writeFileSync(join(d, 'bilder', 'side.png'), '<!DOCTYPE html>\n<html><head><title>Bilde</title></head><body><img src="x.png"></body></html>\n'),
    message: '«bilder/side.png» er ikke et bilde, men en nettside (HTML). Det skjer ofte når et bilde lagres fra nettleseren. Åpne bildet for seg selv, og lagre det på nytt.',
  },
  'a GIF': {
    file: 'bilder/anim.png',
    setup: (d) => writeFileSync(join(d, 'bilder', 'anim.png'), Buffer.from('GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;', 'latin1')),
    message: '«bilder/anim.png» er et GIF-bilde, som ikke kan brukes. Lagre bildet på nytt som PNG eller JPEG.',
  },
  'a file over 20 MB': {
    file: 'bilder/stor.png',
    setup: (d) => {
      writeFileSync(join(d, 'bilder', 'stor.png'), png);
      truncateSync(join(d, 'bilder', 'stor.png'), 21 * 1024 * 1024); // sparse: never read
    },
    message: '«bilder/stor.png» er 21 MB. Et bilde kan være høyst 20 MB. Lagre bildet i mindre størrelse, eller som JPEG.',
  },
  'a picture over 8000 × 8000 pixels': {
    file: 'bilder/panorama.png',
    setup: (d) => writeFileSync(join(d, 'bilder', 'panorama.png'), plainPng(9000, 40)),
    message: '«bilder/panorama.png» er 9 000 × 40 piksler. Et bilde kan være høyst 8 000 × 8 000 piksler. Gjør bildet mindre i et bildeprogram, og lagre det på nytt.',
  },
  'an SVG with a script': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', svgPicture(200, 100, '<script>alert(1)</script>')),
    message: '«bilder/logo.svg» inneholder et skript. Bare SVG-filer uten skript kan brukes. Lagre bildet på nytt uten skript, eller som PNG.',
  },
  'an SVG with an event handler': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', svgPicture(200, 100).replace('<svg ', '<svg onload="alert(1)" ')),
    message: '«bilder/logo.svg» inneholder en hendelse («onload»), som er et skript. Bare SVG-filer uten skript kan brukes. Lagre bildet på nytt uten skript, eller som PNG.',
  },
  'an SVG with foreignObject': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', svgPicture(200, 100, '<foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>')),
    message: '«bilder/logo.svg» inneholder en innebygd nettside (foreignObject). Bare vanlige tegninger kan brukes. Lagre bildet på nytt som PNG.',
  },
  'an SVG that shows another file': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', svgPicture(200, 100, '<image href="../../hemmelig.png" width="10" height="10"/>')),
    message: '«bilder/logo.svg» henter noe fra en annen fil eller en nettadresse («../../hemmelig.png»). Bare SVG-filer som har alt i seg selv, kan brukes. Lagre bildet på nytt med alt innebygd, eller som PNG.',
  },
  'an SVG whose style loads an address': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', svgPicture(200, 100, '<style>rect { fill: url("https://eksempel.no/m.svg#p") }</style>')),
    message: '«bilder/logo.svg» henter noe fra en annen fil eller en nettadresse («https://eksempel.no/m.svg#p»). Bare SVG-filer som har alt i seg selv, kan brukes. Lagre bildet på nytt med alt innebygd, eller som PNG.',
  },
  'an SVG with entity declarations': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', `<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n${svgPicture(200, 100, '<text>&x;</text>')}`),
    message: '«bilder/logo.svg» har egne definisjoner (ENTITY) i starten, som kan hente inn andre filer. Lagre bildet på nytt fra tegneprogrammet, eller som PNG.',
  },
  'an SVG without a size': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>'),
    message: '«bilder/logo.svg» har ingen størrelse (den mangler viewBox, eller width og height). Legg til for eksempel viewBox="0 0 400 300" i <svg>, eller lagre bildet på nytt fra tegneprogrammet.',
  },
  'a truncated SVG': {
    file: 'bilder/logo.svg',
    setup: put('bilder/logo.svg', svgPicture(200, 100).slice(0, 150)),
    message: '«bilder/logo.svg» er skadet eller ufullstendig og kan ikke vises. Lagre bildet på nytt, eller hent det på nytt fra der det kom fra.',
  },
  'an absolute path': {
    file: '/etc/passwd.png',
    message: '«/etc/passwd.png» er en sti fra roten av disken. Skriv stien fra mappen lysbildet ligger i, for eksempel «bilder/skjermbilde.png».',
  },
  'a path that leads out of the edition folder': {
    file: '../../bilde.png',
    message: '«../../bilde.png» ligger utenfor utgavemappen og mappen assets. Legg bildet i utgavemappen, for eksempel i en mappe «bilder», og skriv «bilder/…» her.',
  },
  'a symbolic link that leads out': {
    file: 'bilder/lenke.png',
    setup: (d) => {
      const outside = editionWith();
      writeFileSync(join(outside, 'ute.png'), png);
      symlinkSync(join(outside, 'ute.png'), join(d, 'bilder', 'lenke.png'));
    },
    message: '«bilder/lenke.png» er en snarvei (lenke) til en fil utenfor utgavemappen og mappen assets. Kopier selve bildet inn i utgavemappen.',
  },
  'a web address': {
    file: 'https://www.altinn.no/bilde.png',
    message: '«https://www.altinn.no/bilde.png» er en nettadresse. Bildet må ligge som en fil i utgavemappen. Last ned bildet, legg det i mappen (for eksempel i en mappe «bilder»), og skriv filnavnet her, som «bilder/skjermbilde.png».',
  },
  'a picture type that cannot be used': {
    file: 'bilder/bilde.gif',
    message: '«bilder/bilde.gif» er ikke en bildetype som kan brukes. Bruk et PNG-, JPEG- eller SVG-bilde (filnavnet slutter på .png, .jpg, .jpeg eller .svg).',
  },
  'no alt text': {
    file: 'bilder/skjerm.png',
    setup: (d) => writeFileSync(join(d, 'bilder', 'skjerm.png'), png),
    more: '',
    at: '04-bilde.yaml:4:3',
    message: 'bildet mangler alternativ tekst («alt»). Skriv hva bildet viser, for dem som ikke kan se det, for eksempel «alt: Skjermbilde av den nye innboksen i Altinn». Er bildet bare pynt, skriv «decorative: true» i stedet.',
  },
  'alt text on a decorative picture': {
    file: 'bilder/skjerm.png',
    setup: (d) => writeFileSync(join(d, 'bilder', 'skjerm.png'), png),
    more: '  decorative: true\n  alt: Pynt\n',
    at: '04-bilde.yaml:6:8',
    message: 'bildet har både «alt» og «decorative: true». Fjern «decorative: true» hvis bildet viser noe leseren trenger, ellers fjern «alt».',
  },
};

describe('bad pictures, found by deck check without drawing', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(`tells ${name} at the field, in Norwegian`, async () => {
      const dir = edition(c.file, c.setup, c.more);
      expect(await problemsOf(dir)).toEqual([`${c.at ?? AT}: ${c.message}`]);
    });
  }

  it('tells a device at the field', async (ctx) => {
    const dir = edition('bilder/enhet.png');
    try {
      execFileSync('mknod', [join(dir, 'bilder', 'enhet.png'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      ctx.skip(); // making a device needs the right to (root, outside a restricted container)
    }
    expect(await problemsOf(dir)).toEqual([`${AT}: «bilder/enhet.png» er ikke en vanlig fil, men en spesialfil, og kan ikke leses som et bilde. Legg en vanlig bildefil der.`]);
  });

  it('tells a file that cannot be read', async () => {
    const dir = edition('bilder/lukket.png', (d) => writeFileSync(join(d, 'bilder', 'lukket.png'), png));
    for (const [p, mode] of [[dir, 0o755], [join(dir, 'bilder', 'lukket.png'), 0o000]] as const) chmodSync(p, mode);
    // root reads every file: check as another user, as an editor would be.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) process.seteuid!(65534);
    let problems: string[];
    try {
      problems = await problemsOf(dir);
    } finally {
      if (asRoot) process.seteuid!(0);
    }
    expect(problems).toEqual([`${AT}: du har ikke tilgang til å lese «bilder/lukket.png». Gi deg selv lesetilgang til filen, eller lagre bildet på nytt.`]);
  });

  it('accepts pictures in the edition folder and in the repository’s assets/, named with backslashes too', async () => {
    const dir = edition('bilder\\skjerm.png', (d) => writeFileSync(join(d, 'bilder', 'skjerm.png'), png));
    expect(await problemsOf(dir)).toEqual([]);
    const assets = join(process.cwd(), 'assets', 'test-bilder');
    mkdirSync(assets, { recursive: true });
    try {
      writeFileSync(join(assets, 'felles.png'), png);
      const other = edition(relative(dir, join(assets, 'felles.png')));
      expect(await problemsOf(other)).toEqual([]);
    } finally {
      rmSync(assets, { recursive: true, force: true });
    }
  });

  it('tells it in English with --lang en', async () => {
    const dir = edition('bilder/mangler.png');
    const r = await runCli(['check', dir, '--lang', 'en']);
    expect(r.err).toContain(`${AT}: picture "bilder/mangler.png" not found; check the name (capitals count) and that the file is there\n`);
  });

  it('tells every bad picture of the edition in one run', async () => {
    const dir = edition('bilder/mangler.png');
    writeFileSync(join(dir, '08-tekst.yaml'), 'layout: text\ntitle: Tekst\nbody:\n  - text: Hei\nimage:\n  file: bilder/side.png\n  alt: Side\n');
    writeFileSync(join(dir, 'bilder', 'side.png'), '<html></html>');
    const problems = await problemsOf(dir);
    expect(problems.map((p) => p.split(': ')[0])).toEqual([AT, '08-tekst.yaml:6:9']);
  });
});

describe('a build with a bad picture', () => {
  it('exits 1 with the message, no stack trace, and leaves the previous PDF as it was, for every bad picture', async () => {
    const dir = edition('bilder/x.png', (d) => writeFileSync(join(d, 'bilder', 'x.png'), png));
    const out = join(dir, 'deck.pdf');
    const first = await runCli(['build', dir, '-o', out]);
    expect(first.code, first.err).toBe(0);
    const before = readFileSync(out);
    for (const [name, c] of Object.entries(CASES)) {
      rmSync(join(dir, 'bilder'), { recursive: true, force: true });
      mkdirSync(join(dir, 'bilder'));
      writeFileSync(join(dir, '04-bilde.yaml'), slide(c.file, c.more));
      c.setup?.(dir);
      const r = await runCli(['build', dir, '-o', out]);
      expect(r.code, name).toBe(1);
      expect(r.err, name).toContain(`${c.at ?? AT}: ${c.message}\n`);
      expect(r.err, name).not.toMatch(/\n\s+at /);
      expect(readFileSync(out).equals(before), name).toBe(true);
    }
  });
});

describe('the JSON Schema for editors', () => {
  it('offers image with file, alt, caption and decorative on the picture, text and text-columns layouts', () => {
    // One if/then branch per layout (src/validate/editorSchema.ts); in the others, image is a field of another layout.
    const schema = JSON.parse(readFileSync('content/schema/slide.schema.json', 'utf8')) as { allOf: { then: Branch }[] };
    type Branch = { properties: Record<string, { const?: string; properties?: Record<string, { pattern?: string }> }>; required?: string[] };
    const branches = schema.allOf.map((b) => b.then).filter((b) => b.properties.image?.properties);
    expect(branches.map((b) => [b.properties.layout!.const, Object.keys(b.properties.image!.properties!), b.required?.includes('image')])).toEqual([
      ['text', ['file', 'alt', 'caption', 'decorative'], false],
      ['text-columns', ['file', 'alt', 'caption', 'decorative'], false],
      ['picture', ['file', 'alt', 'caption', 'decorative'], true],
    ]);
    // The editor marks a name that is not a picture while typing.
    const pattern = new RegExp(branches[0]!.properties.image!.properties!.file!.pattern!);
    expect(['bilder/Skjerm.PNG', 'foto.jpeg', 'logo.svg', 'anim.gif'].map((f) => pattern.test(f))).toEqual([true, true, true, false]);
  });
});
