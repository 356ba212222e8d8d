import type { SocialSpace } from '../../../../common/api/social-spaces';

// Dark enough for a 3:1 contrast of the boundary line against the light map background (WCAG 1.4.11), and
// distinguishable for most kinds of colour blindness (ColorBrewer's diverging schemes).
const palette = ['#2166ac', '#1b7837', '#b2182b', '#762a83', '#b35806', '#01665e', '#8c510a', '#c51b7d', '#4d4d4d', '#35978f'];

/** A space's own colour, or one from the palette chosen by its code, so that it stays the same on every page. */
export function colourOf(space: Pick<SocialSpace, 'code' | 'colour'>): string {
  if (space.colour) return space.colour;
  let hash = 0;
  for (const char of space.code) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return palette[hash % palette.length] ?? '#2166ac';
}
