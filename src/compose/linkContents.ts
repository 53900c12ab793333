/**
 * What a link annotation says to a screen reader (its /Contents): the link's text, and where the
 * text alone does not tell (only «her», or the address itself), also where it leads: the host of a
 * web address, the address of an e-mail link. «her (lenke til altinn.no)».
 */

/** Words written into the PDF for screen readers (Norwegian, as the deck). */
export const LINK_WORDS = {
  linkTo: (host: string) => `lenke til ${host}`,
  mailTo: (address: string) => `e-post til ${address}`,
};

/** Link texts that say nothing out of context (WCAG 2.4.4). */
const VAGUE = new Set(['her', 'klikk her', 'les mer', 'lenke', 'mer', 'se her', 'denne lenken']);

export function linkContents(text: string, href: string): string {
  const shown = text.replace(/\s+/g, ' ').trim();
  const target = targetOf(href);
  if (!target) return shown || href;
  if (!shown) return target;
  const bare = normalise(shown) === normalise(href) || normalise(shown) === normalise(href.replace(/^mailto:/i, ''));
  if (VAGUE.has(shown.toLowerCase().replace(/[.:!]+$/, '')) || bare) return `${shown} (${target})`;
  return shown;
}

function targetOf(href: string): string | undefined {
  const mail = /^mailto:([^?]+)/i.exec(href);
  if (mail) return LINK_WORDS.mailTo(decodeURIComponent(mail[1]!));
  try {
    const url = new URL(href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return LINK_WORDS.linkTo(url.hostname.replace(/^www\./, ''));
  } catch {
    // not an absolute address
  }
  return undefined;
}

const normalise = (s: string) => s.toLowerCase().replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
