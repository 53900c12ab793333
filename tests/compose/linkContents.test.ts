import { describe, expect, it } from 'vitest';
import { linkContents } from '../../src/compose/linkContents.js';

describe('what a link says to a screen reader (/Contents)', () => {
  it('names the target of a link whose text is only «her»', () => {
    expect(linkContents('her', 'https://www.altinn.no/om-altinn/')).toBe('her (lenke til altinn.no)');
    expect(linkContents('Les mer', 'https://samarbeid.digdir.no/')).toBe('Les mer (lenke til samarbeid.digdir.no)');
  });

  it('names the host of a bare address, and says that an e-mail address is one', () => {
    expect(linkContents('https://www.altinndigital.no/utvikling3/', 'https://www.altinndigital.no/utvikling3/')).toBe('https://www.altinndigital.no/utvikling3/ (lenke til altinndigital.no)');
    expect(linkContents('status.digdir.no', 'https://status.digdir.no')).toBe('status.digdir.no (lenke til status.digdir.no)');
    expect(linkContents('tjenesteeier@altinn.no', 'mailto:tjenesteeier@altinn.no')).toBe('tjenesteeier@altinn.no (e-post til tjenesteeier@altinn.no)');
  });

  it('keeps a text that tells where it leads as it is', () => {
    expect(linkContents('releasenotes for 2025', 'https://altinn.github.io/docs/')).toBe('releasenotes for 2025');
    expect(linkContents('  Altinn   Studio ', 'https://altinn.studio/')).toBe('Altinn Studio');
  });
});
