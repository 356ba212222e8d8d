import { useState } from 'react';
import { Button } from '../../../components/ui/button';
import { Checkbox } from '../../../components/ui/checkbox';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import type { LinkKind } from '../api/meetings-api';
import { useLinkedName, useLinkSearch } from '../hooks/use-meetings';

const kindTexts: Record<LinkKind, { legend: string; search: string; none: string }> = {
  need: { legend: 'Bedarfe', search: 'Bedarfe suchen', none: 'Keine Bedarfe zu diesen Worten.' },
  service: { legend: 'Angebote', search: 'Angebote suchen', none: 'Keine Angebote zu diesen Worten.' },
  project: { legend: 'Projekte', search: 'Projekte suchen', none: 'Keine Projekte zu diesen Worten.' },
};

/** The name of a linked entry; while it loads (or when it cannot be read) a neutral word. */
export function LinkedName({ kind, id, known }: { kind: LinkKind; id: string; known?: string | undefined }) {
  const name = useLinkedName(kind, known ? '' : id);
  if (known) return <>{known}</>;
  return <>{name.data ?? (name.isError ? 'nicht lesbar' : '…')}</>;
}

type LinkPickerProps = { id: string; kind: LinkKind; spaceIds: readonly string[]; value: readonly string[]; onChange: (value: string[]) => void };

/** Links needs, offers or projects of the meeting's spaces: search by words, tick, and see what is linked. */
export function LinkPicker({ id, kind, spaceIds, value, onChange }: LinkPickerProps) {
  const [search, setSearch] = useState('');
  const [labels, setLabels] = useState<Record<string, string>>({});
  const q = useDebouncedValue(search.trim(), 250);
  const results = useLinkSearch(kind, spaceIds, q);
  const t = kindTexts[kind];
  const toggle = (option: { id: string; label: string }, checked: boolean) => {
    setLabels((l) => ({ ...l, [option.id]: option.label }));
    onChange(checked ? [...value, option.id] : value.filter((v) => v !== option.id));
  };
  return (
    <fieldset className="kern-fieldset" id={id}>
      <legend className="kern-label">
        {t.legend} <span className="kern-label__optional">(optional)</span>
      </legend>
      <div className="kern-fieldset__body app-meeting-checklist-body">
        {value.length ? (
          <ul className="app-meeting-chosen" aria-label={`Verknüpfte ${t.legend}`}>
            {value.map((v) => (
              <li key={v}>
                <span className="kern-body kern-body--small">
                  <LinkedName kind={kind} id={v} known={labels[v]} />
                </span>
                <Button variant="tertiary" aria-label={`${labels[v] ?? 'Eintrag'} entfernen`} onClick={() => onChange(value.filter((x) => x !== v))}>
                  <span className="kern-icon kern-icon--close" aria-hidden="true" />
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-search`}>
            {t.search}
          </label>
          <div className="kern-hint" id={`${id}-search-hint`}>
            Mindestens zwei Buchstaben; gesucht wird in den Sozialräumen des Treffens.
          </div>
          <input id={`${id}-search`} type="search" className="kern-form-input__input" value={search} onChange={(event) => setSearch(event.target.value)} aria-describedby={`${id}-search-hint`} />
        </div>
        <div aria-live="polite">
          {q.length < 2 ? null : results.isPending ? (
            <p className="kern-body kern-body--small app-muted">Wird gesucht …</p>
          ) : results.isError ? (
            <p className="kern-body kern-body--small app-muted">Die Suche ist gerade nicht möglich.</p>
          ) : results.data.length === 0 ? (
            <p className="kern-body kern-body--small app-muted">{t.none}</p>
          ) : (
            <ul className="app-meeting-checklist" aria-label={`Gefundene ${t.legend}`}>
              {results.data.map((o) => (
                <li key={o.id}>
                  <Checkbox id={`${id}-${o.id}`} label={o.label} checked={value.includes(o.id)} onChange={(event) => toggle(o, event.target.checked)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </fieldset>
  );
}
