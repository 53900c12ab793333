/**
 * Every user-facing text about pictures, in one place (the group `pictures` of the message
 * catalogue, when it comes). Norwegian bokmål for editors: the thing first, then what to do.
 */
import type { PictureFormat, Sniffed } from './formats.js';

const NAME: Record<Sniffed, string> = {
  png: 'et PNG-bilde',
  jpeg: 'et JPEG-bilde',
  svg: 'en SVG-fil',
  gif: 'et GIF-bilde',
  webp: 'et WebP-bilde',
  heic: 'et HEIC-bilde (fra en iPhone)',
  pdf: 'en PDF-fil',
  html: 'en nettside (HTML)',
  text: 'en tekstfil',
  unknown: 'ikke et bilde',
};
const KIND: Record<PictureFormat, string> = { png: 'PNG', jpeg: 'JPEG', svg: 'SVG' };
const ENDING: Record<PictureFormat, string> = { png: '.png', jpeg: '.jpg', svg: '.svg' };

/** Megabytes with a decimal comma: 23,4. */
const mb = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');

export const PICTURE_MESSAGES = {
  // ---------- the name in `file` ----------
  address: (file: string) =>
    `«${file}» er en nettadresse. Bildet må ligge som en fil i utgavemappen. Last ned bildet, legg det i mappen (for eksempel i en mappe «bilder»), og skriv filnavnet her, som «bilder/skjermbilde.png».`,
  absolute: (file: string) =>
    `«${file}» er en sti fra roten av disken. Skriv stien fra mappen lysbildet ligger i, for eksempel «bilder/skjermbilde.png».`,
  ending: (file: string) =>
    `«${file}» er ikke en bildetype som kan brukes. Bruk et PNG-, JPEG- eller SVG-bilde (filnavnet slutter på .png, .jpg, .jpeg eller .svg).`,

  // ---------- reading the file ----------
  outside: (file: string) =>
    `«${file}» ligger utenfor utgavemappen og mappen assets. Legg bildet i utgavemappen, for eksempel i en mappe «bilder», og skriv «bilder/…» her.`,
  outsideLink: (file: string) =>
    `«${file}» er en snarvei (lenke) til en fil utenfor utgavemappen og mappen assets. Kopier selve bildet inn i utgavemappen.`,
  missing: (file: string, guess?: string) =>
    `Finner ikke bildet «${file}».${guess ? ` Mente du «${guess}»?` : ' Sjekk at navnet er skrevet riktig, med store og små bokstaver, og at filen ligger der.'}`,
  directory: (file: string) =>
    `«${file}» er en mappe, ikke et bilde. Skriv navnet på selve bildefilen, for eksempel «${file.replace(/\/$/, '')}/skjermbilde.png».`,
  special: (file: string) =>
    `«${file}» er ikke en vanlig fil, men en spesialfil, og kan ikke leses som et bilde. Legg en vanlig bildefil der.`,
  unreadable: (file: string) =>
    `Du har ikke tilgang til å lese «${file}». Gi deg selv lesetilgang til filen, eller lagre bildet på nytt.`,
  tooLarge: (file: string, bytes: number, maxBytes: number) =>
    `«${file}» er ${mb(bytes)} MB. Et bilde kan være høyst ${mb(maxBytes).replace(/,0$/, '')} MB. Lagre bildet i mindre størrelse, eller som JPEG.`,

  // ---------- what the file holds ----------
  wrongType: (file: string, expected: PictureFormat, found: Sniffed) => {
    if (found === 'html') return `«${file}» er ikke et bilde, men ${NAME.html}. Det skjer ofte når et bilde lagres fra nettleseren. Åpne bildet for seg selv, og lagre det på nytt.`;
    if (found === 'png' || found === 'jpeg' || found === 'svg') {
      return `«${file}» heter ${ENDING[expected]}, men er ${NAME[found]}. Gi filen endelsen ${ENDING[found]}, eller lagre bildet på nytt som ${KIND[expected]}.`;
    }
    if (found === 'text' || found === 'unknown') return `«${file}» er ikke ${NAME[expected]}. Lagre bildet på nytt som ${KIND[expected]}.`;
    return `«${file}» er ${NAME[found]}, som ikke kan brukes. Lagre bildet på nytt som PNG eller JPEG.`;
  },
  broken: (file: string) =>
    `«${file}» er skadet eller ufullstendig og kan ikke vises. Lagre bildet på nytt, eller hent det på nytt fra der det kom fra.`,
  tooManyPixels: (file: string, width: number, height: number, max: number) =>
    `«${file}» er ${width} × ${height} piksler. Et bilde kan være høyst ${max} × ${max} piksler. Gjør bildet mindre i et bildeprogram, og lagre det på nytt.`,
  svgScript: (file: string) =>
    `SVG-filen «${file}» inneholder et skript. Bare SVG-filer uten skript kan brukes. Lagre bildet på nytt uten skript, eller som PNG.`,
  svgHandler: (file: string, attribute: string) =>
    `SVG-filen «${file}» inneholder en hendelse («${attribute}»), som er et skript. Bare SVG-filer uten skript kan brukes. Lagre bildet på nytt uten skript, eller som PNG.`,
  svgForeignObject: (file: string) =>
    `SVG-filen «${file}» inneholder en innebygd nettside (foreignObject). Bare vanlige tegninger kan brukes. Lagre bildet på nytt som PNG.`,
  svgEntity: (file: string) =>
    `SVG-filen «${file}» har egne definisjoner (ENTITY) i starten, som kan hente inn andre filer. Lagre bildet på nytt fra tegneprogrammet, eller som PNG.`,
  svgExternal: (file: string, reference: string) =>
    `SVG-filen «${file}» henter noe fra en annen fil eller en nettadresse («${reference.length > 60 ? `${reference.slice(0, 57)}…` : reference}»). Bare SVG-filer som har alt i seg selv, kan brukes. Lagre bildet på nytt med alt innebygd, eller som PNG.`,
  svgNoSize: (file: string) =>
    `SVG-filen «${file}» har ingen størrelse (den mangler viewBox, eller width og height). Legg til for eksempel viewBox="0 0 400 300" i <svg>, eller lagre bildet på nytt fra tegneprogrammet.`,

  // ---------- alternative text ----------
  missingAlt: () =>
    'Bildet mangler alternativ tekst («alt»). Skriv hva bildet viser, for dem som ikke kan se det, for eksempel «alt: Skjermbilde av den nye innboksen i Altinn». Er bildet bare pynt, skriv «decorative: true» i stedet.',
  altAndDecorative: () =>
    'Bildet har både «alt» og «decorative: true». Fjern «decorative: true» hvis bildet viser noe leseren trenger, ellers fjern «alt».',

  // ---------- on the slide ----------
  stillLarge: (file: string, bytes: number) =>
    `«${file}» tar ${mb(bytes)} MB i PDF-en, også etter at det er gjort mindre. Det gjør PDF-en tung å sende. Lagre bildet som JPEG, eller beskjær det til det som skal vises.`,
  noRoom: (needed: number, free: number) =>
    `Teksten tar så mye plass at bildet blir for lite (${Math.round(free)} pt høyt, minst ${needed} pt trengs). Kort ned teksten, eller del den på to lysbilder.`,

  // ---------- the logo in deck.yaml (read when the page is drawn) ----------
  logoNotAPicture: 'bildet er ikke en PNG- eller JPEG-fil. Lagre bildet som PNG eller JPEG.',
  logoBroken: 'bildet er skadet eller ufullstendig. Lagre bildet på nytt som PNG eller JPEG.',
  logoInterlaced: 'bildet er en flettet PNG (interlaced), som ikke kan brukes. Lagre bildet på nytt uten fletting.',
  logoPaletteDepth: 'bildet er en PNG med fargepalett og gjennomsiktighet med færre enn 8 biter per punkt. Lagre bildet på nytt som vanlig PNG.',
};
