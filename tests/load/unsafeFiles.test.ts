/**
 * Slide files, deck.yaml and the logo are read only as regular files inside the edition folder (the
 * logo also from the project's assets/), within a size limit: a FIFO, a device, a socket, a folder,
 * a link that leads out or nowhere is a content error naming the file, and neither check nor build
 * hangs, reads outside or throws.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEdition } from '../../src/load/loadEdition.js';
import { editionWith, MINI } from '../helpers.js';
import { expectRefused, SECRET } from '../refused.js';

/** A folder outside every edition, with a text file and a picture in it. */
function outside(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-ute-'));
  writeFileSync(join(dir, 'hemmelig.yaml'), `layout: text\ntitle: ${SECRET}\nbody:\n  - text: ${SECRET}\n`);
  copyFileSync('tests/fixtures/pictures/logo.png', join(dir, 'hemmelig.png'));
  return dir;
}

const withLogo = (name: string, files: Record<string, string | null> = {}) =>
  editionWith({ 'deck.yaml': `${readFileSync(join(MINI, 'deck.yaml'), 'utf8')}logo: ${name}\n`, ...files });

const SLIDE = 'DIR/08-ny.yaml';

describe('a slide file that is not a regular file in the edition folder', () => {
  it('a FIFO: refused at once by its type, without waiting for a writer', async () => {
    const dir = editionWith();
    execFileSync('mkfifo', [join(dir, '08-ny.yaml')]);
    await expectRefused(dir, [`${SLIDE}: dette er ikke en vanlig fil, men et rør (FIFO). En lysbildefil må være en vanlig tekstfil. Slett den, eller legg en vanlig fil der i stedet.`]);
  });

  it('a socket', async () => {
    const dir = editionWith();
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, '08-ny.yaml'), done));
    try {
      await expectRefused(dir, [`${SLIDE}: dette er ikke en vanlig fil, men en socket. En lysbildefil må være en vanlig tekstfil. Slett den, eller legg en vanlig fil der i stedet.`]);
    } finally {
      server.close();
    }
  });

  const LINK_OUT = 'filen er en snarvei (lenke) som fører ut av utgavemappen, eller i ring. deck leser bare filer i utgavemappen. Legg selve filen i mappen i stedet for snarveien.';

  it('a link to /dev/zero or /dev/urandom: refused as a link out of the folder, not read', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const dir = editionWith();
      symlinkSync(device, join(dir, '08-ny.yaml'));
      await expectRefused(dir, [`${SLIDE}: ${LINK_OUT}`]);
    }
  });

  it('a link to a file outside the edition (another folder, /etc/passwd): its text is never shown', async () => {
    const dir = editionWith();
    rmSync(join(dir, '04-hendelser.yaml'));
    symlinkSync(join(outside(), 'hemmelig.yaml'), join(dir, '04-hendelser.yaml'));
    await expectRefused(dir, [`DIR/04-hendelser.yaml: ${LINK_OUT}`]);
    const etc = editionWith();
    rmSync(join(etc, '04-hendelser.yaml'));
    symlinkSync('/etc/passwd', join(etc, '04-hendelser.yaml'));
    await expectRefused(etc, [`DIR/04-hendelser.yaml: ${LINK_OUT}`]);
  });

  it('a link in a circle', async () => {
    const dir = editionWith();
    symlinkSync('08-ny.yaml', join(dir, '08-ny.yaml'));
    await expectRefused(dir, [`${SLIDE}: ${LINK_OUT}`]);
  });

  it('a link that leads nowhere', async () => {
    const dir = editionWith();
    symlinkSync('finnes-ikke.yaml', join(dir, '08-ny.yaml'));
    await expectRefused(dir, [`${SLIDE}: filen er en snarvei (lenke) til en fil som ikke finnes. Slett snarveien, eller legg filen der den peker.`]);
  });

  it('a link that stays inside the folder is followed', async () => {
    const dir = editionWith();
    mkdirSync(join(dir, 'arkiv'));
    copyFileSync(join(dir, '04-hendelser.yaml'), join(dir, 'arkiv', 'hendelser.yaml'));
    rmSync(join(dir, '04-hendelser.yaml'));
    symlinkSync(join('arkiv', 'hendelser.yaml'), join(dir, '04-hendelser.yaml'));
    const { source, problems } = loadEdition(dir);
    // (The file in arkiv/ is a file of its own to the rule that every file is accounted for.)
    expect(problems.filter((p) => p.file.endsWith('04-hendelser.yaml'))).toEqual([]);
    expect(source.slides[3]!.doc.toJS()).toMatchObject({ layout: 'text', title: 'Hvordan melde inn hendelser' });
  });

  it('a folder with a slide name', async () => {
    const dir = editionWith();
    mkdirSync(join(dir, '08-ny.yaml'));
    await expectRefused(dir, [`${SLIDE}: dette er en mappe, ikke en fil. Gi mappen et navn som ikke slutter på .yaml, eller flytt den ut av utgavemappen.`]);
  });

  it('a file far too large for a slide: refused by its size, before it is read', async () => {
    const dir = editionWith();
    writeFileSync(join(dir, '08-ny.yaml'), '');
    execFileSync('truncate', ['-s', String(20 * 1024 * 1024), join(dir, '08-ny.yaml')]);
    await expectRefused(dir, [`${SLIDE}: filen er for stor (20,0 MB). En lysbildefil kan være høyst 128 kB. Sjekk at dette er riktig fil.`]);
  });

  it('a file that may not be read', () => {
    const dir = editionWith();
    chmodSync(join(dir, '04-hendelser.yaml'), 0o000);
    chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    // root reads any file: as another user, it cannot.
    if (asRoot) process.seteuid!(65534);
    try {
      expect(loadEdition(dir).problems).toEqual([
        expect.objectContaining({ line: 0, severity: 'error', message: 'filen kan ikke leses, fordi du ikke har tilgang til den. Gi deg selv lesetilgang til filen.' }),
      ]);
    } finally {
      if (asRoot) process.seteuid!(0);
    }
  });

  it('deck.yaml as a FIFO, a folder or a link out', async () => {
    const fifo = editionWith({ 'deck.yaml': null });
    execFileSync('mkfifo', [join(fifo, 'deck.yaml')]);
    await expectRefused(fifo, ['DIR/deck.yaml: dette er ikke en vanlig fil, men et rør (FIFO). En lysbildefil må være en vanlig tekstfil. Slett den, eller legg en vanlig fil der i stedet.']);
    const folder = editionWith({ 'deck.yaml': null });
    mkdirSync(join(folder, 'deck.yaml'));
    await expectRefused(folder, ['DIR/deck.yaml: dette er en mappe, ikke en fil. Gi mappen et navn som ikke slutter på .yaml, eller flytt den ut av utgavemappen.']);
    const link = editionWith({ 'deck.yaml': null });
    symlinkSync(join(outside(), 'hemmelig.yaml'), join(link, 'deck.yaml'));
    await expectRefused(link, [`DIR/deck.yaml: ${LINK_OUT}`]);
  });
});

describe('the logo', () => {
  const at = 'DIR/deck.yaml:24:7';

  it('a path outside the edition folder, absolute or with ../, is refused without looking at it', async () => {
    const secret = join(outside(), 'hemmelig.png');
    await expectRefused(withLogo(secret), [
      `${at}: logofilen «${secret}» ligger utenfor utgavemappen. deck leser bare filer i utgavemappen og i assets/. Legg logoen i utgavemappen, og skriv bare filnavnet, som «logo: logo.png».`,
    ]);
    await expectRefused(withLogo('../../../../../etc/logo.png'), [
      `${at}: logofilen «../../../../../etc/logo.png» ligger utenfor utgavemappen. deck leser bare filer i utgavemappen og i assets/. Legg logoen i utgavemappen, og skriv bare filnavnet, som «logo: logo.png».`,
    ]);
  });

  it('a link to a picture outside: the picture is not embedded', async () => {
    const dir = withLogo('logo.png');
    symlinkSync(join(outside(), 'hemmelig.png'), join(dir, 'logo.png'));
    await expectRefused(dir, [
      `${at}: logofilen «logo.png» er en snarvei (lenke) som fører ut av utgavemappen, eller i ring. deck leser bare filer i utgavemappen og i assets/. Legg logoen i utgavemappen, og skriv bare filnavnet, som «logo: logo.png».`,
    ]);
  });

  it('a FIFO, a device, a folder, a missing file', async () => {
    const fifo = withLogo('logo.png');
    execFileSync('mkfifo', [join(fifo, 'logo.png')]);
    await expectRefused(fifo, [`${at}: logofilen «logo.png» er ikke en vanlig fil, men et rør (FIFO). Skriv navnet på en PNG- eller JPEG-fil.`]);
    const folder = withLogo('logo.png');
    mkdirSync(join(folder, 'logo.png'));
    await expectRefused(folder, [`${at}: logofilen «logo.png» er en mappe, ikke en bildefil. Skriv navnet på en PNG- eller JPEG-fil.`]);
    await expectRefused(withLogo('mangler.png'), [`${at}: fant ikke logofilen «mangler.png». Legg filen i utgavemappen, eller fjern «logo».`]);
  });

  it('a file that is not a picture, or a cut-off PNG: refused by check as by build', async () => {
    await expectRefused(withLogo('logo.png', { 'logo.png': 'ikke et bilde' }), [`${at}: bildet er ikke en PNG- eller JPEG-fil. Lagre bildet som PNG eller JPEG.`]);
    const cut = withLogo('logo.png');
    writeFileSync(join(cut, 'logo.png'), readFileSync('tests/fixtures/pictures/logo.png').subarray(0, 300));
    await expectRefused(cut, [`${at}: bildet er skadet eller ufullstendig. Lagre bildet på nytt som PNG eller JPEG.`]);
  });

  it('a picture too large', async () => {
    const dir = withLogo('logo.png', { 'logo.png': '' });
    execFileSync('truncate', ['-s', String(30 * 1024 * 1024), join(dir, 'logo.png')]);
    await expectRefused(dir, [`${at}: logofilen «logo.png» er for stor (30,0 MB). Et bilde kan være høyst 20,0 MB. Lagre bildet i mindre størrelse.`]);
  });
});
