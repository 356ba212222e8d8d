import type { SocialSpace } from '../../../../common/api/social-spaces';
import { formatDateTime } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { DescriptionList } from '../../../components/ui/description-list';

export function SpaceFacts({ space }: { space: SocialSpace }) {
  return (
    <>
      {space.description ? (
        <p className="kern-body app-prewrap">{space.description}</p>
      ) : (
        <p className="kern-body app-muted">Für diesen Sozialraum gibt es noch keine Beschreibung.</p>
      )}
      <DescriptionList
        items={[
          { term: 'Kürzel', value: space.code },
          { term: 'Einwohnerzahl', value: space.population === null ? 'keine Angabe' : formatInteger(space.population) },
          { term: 'Zuletzt geändert', value: formatDateTime(space.updatedAt) },
        ]}
      />
    </>
  );
}
