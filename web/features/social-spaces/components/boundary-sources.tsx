import type { SocialSpace } from '../../../../common/api/social-spaces';

/**
 * Where the boundaries come from ("Demo-Daten: ungefähre Grenzen, nicht amtlich", an open-data licence …): shown
 * wherever boundaries are, because demo boundaries are approximate and imported ones must be attributed.
 */
export function BoundarySources({ spaces }: { spaces: Pick<SocialSpace, 'source'>[] }) {
  const sources = [...new Set(spaces.map((s) => s.source.trim()).filter(Boolean))];
  if (sources.length === 0) return null;
  return (
    <p className="kern-body kern-body--small app-sources">
      <strong>Quelle der Grenzen:</strong> {sources.join(' · ')}
    </p>
  );
}
