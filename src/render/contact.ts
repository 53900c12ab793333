/**
 * Where the contact slide's groups and cards go. Groups stand side by side as columns, each with its
 * heading over its cards, so that a group is never split; one group alone fills two columns row by
 * row. Every card's position and the deck.yaml field of each text are worked out here, so the
 * template (templates/layouts/contact.hbs) only draws.
 */
import { msg } from '../messages/index.js';
import type { ContactGroup } from '../validate/schema.js';
import { FitError, lineHeight } from './text/textSvg.js';
import { PAGE } from './theme.js';


const GUTTER = 24;
const TOP = 160;
/** Room a group heading takes above the cards (the cards of every group start at the same height). */
const HEADING_ROOM = 30;
const CARD = { height: 64, gap: 12 };
/** The label's size and the space between it and the value (as contact.hbs draws them). */
const LABEL_SIZE = 11;
const LABEL_GAP = 3;
const BOTTOM = 484;

export interface ContactCardView {
  label: string | null;
  value: string;
  x: number;
  y: number;
  w: number;
  h: number;
  labelField: string;
  valueField: string;
  /** The value's type size: smaller in three narrow columns, so that an address still fits its line. */
  size: number;
  /** Where the card's text starts: the label, or the value when there is no label (centred in the card). */
  textY: number;
}

export interface ContactGroupView {
  heading: string | null;
  headingField: string;
  x: number;
  headingY: number;
  w: number;
  cards: ContactCardView[];
}

export function contactLayout(groups: readonly ContactGroup[]): ContactGroupView[] {
  const columns = groups.length === 1 ? 2 : groups.length;
  const w = (PAGE.width - 2 * PAGE.margin - GUTTER * (columns - 1)) / columns;
  const cardsTop = groups.some((g) => g.heading) ? TOP + HEADING_ROOM : TOP;
  const rows = Math.floor((BOTTOM - cardsTop + CARD.gap) / (CARD.height + CARD.gap));
  return groups.map((group, g) => {
    // One group alone: its cards in two columns, filled row by row.
    const across = groups.length === 1 ? 2 : 1;
    if (group.items.length > rows * across) {
      throw new FitError(['deck', 'contact', g, 'items'], msg().render.contactGroupTooFull(group.items.length, rows * across, across));
    }
    const field = `deck.contact.${g}`;
    return {
      heading: group.heading ?? null,
      headingField: `${field}.heading`,
      x: PAGE.margin + g * (w + GUTTER),
      headingY: TOP,
      w: across === 2 ? PAGE.width - 2 * PAGE.margin : w,
      cards: group.items.map((item, i) => {
        const y = cardsTop + Math.floor(i / across) * (CARD.height + CARD.gap);
        const size = columns > 2 ? 14 : 17;
        const textHeight = lineHeight({ size }) + (item.label ? lineHeight({ size: LABEL_SIZE }) + LABEL_GAP : 0);
        return {
          label: item.label ?? null,
          value: item.value,
          x: PAGE.margin + (g + (i % across)) * (w + GUTTER),
          y,
          w,
          h: CARD.height,
          size,
          textY: y + (CARD.height - textHeight) / 2,
          labelField: `${field}.items.${i}.label`,
          valueField: `${field}.items.${i}.value`,
        };
      }),
    };
  });
}
