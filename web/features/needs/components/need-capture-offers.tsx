import { useEffect, useState, type ReactNode } from 'react';
import { TextField } from '../../../components/ui/text-field';
import { useOfferSuggestions } from '../hooks/use-needs';
import { Chip, ChipGroup } from './need-capture-chips';

type Offer = { id: string; name: string; organizationName: string };

type NeedOffersFieldProps = {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  spaceId: string;
  topicIds: readonly string[];
  ageBands: readonly string[];
  /** The need's own words: they find offers too, until a search word is typed. */
  needText: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** "Knows no offers": a chip of its own that clears the chosen offers (and is cleared by choosing one). */
  none?: { label: string; checked: boolean; onChange: (checked: boolean) => void };
  size?: 'normal' | 'large';
  error?: string | undefined;
  legendClassName?: string;
};

/**
 * Offers of the chosen space to tap: those matching the need's topics and age, and those matching a search word or
 * the need's text. Chosen offers stay on screen when the suggestions change.
 */
export function NeedOffersField(props: NeedOffersFieldProps) {
  const { id, legend, hint, spaceId, topicIds, ageBands, needText, value, onChange, none, size = 'normal', error, legendClassName } = props;
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Map<string, Offer>>(new Map());
  const searchText = search.trim() || needText;
  const suggestions = useOfferSuggestions({ spaceId, topicIds, ageBands, text: searchText });
  const items = spaceId ? (suggestions.data?.items ?? []) : [];

  // A new space: the offers of the old one no longer apply.
  useEffect(() => {
    setChosen(new Map());
    setSearch('');
  }, [spaceId]);

  const known = new Map(chosen);
  for (const item of items) known.set(item.id, item);
  const shown = [...value.map((v) => known.get(v)).filter((o): o is Offer => Boolean(o)), ...items.filter((item) => !value.includes(item.id))];

  const change = (next: string[]) => {
    setChosen((current) => {
      const map = new Map<string, Offer>();
      for (const offerId of next) {
        const offer = known.get(offerId) ?? current.get(offerId);
        if (offer) map.set(offerId, offer);
      }
      return map;
    });
    onChange(next);
    if (next.length && none?.checked) none.onChange(false);
  };

  const searchable = topicIds.length > 0 || searchText.trim().length >= 3;
  const status = !spaceId
    ? 'Erst den Sozialraum wählen, dann erscheinen seine Angebote.'
    : !searchable
      ? 'Ein Thema wählen oder ein Stichwort eingeben: Passende Angebote des Sozialraums erscheinen hier.'
      : suggestions.isFetching && !suggestions.data
        ? 'Angebote werden gesucht …'
        : items.length === 0
          ? 'Keine passenden Angebote gefunden.'
          : `${items.length} ${items.length === 1 ? 'Angebot' : 'Angebote'} zur Auswahl.`;

  return (
    <div className="app-section app-need-offers">
      <div className="app-need-offers__search">
        <TextField
          id={`${id}-search`}
          label="Angebot suchen"
          hint="Stichwort oder Name, z. B. „Fußball“"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
          disabled={!spaceId}
        />
      </div>
      <ChipGroup
        id={id}
        legend={legend}
        hint={hint}
        legendClassName={legendClassName}
        options={shown.map((offer) => ({
          value: offer.id,
          label: (
            <>
              {offer.name}
              <span className="app-need-chip__sub"> · {offer.organizationName}</span>
            </>
          ),
        }))}
        value={value}
        onChange={change}
        size={size}
        error={error}
        extra={
          none ? (
            <Chip
              id={`${id}-none`}
              type="checkbox"
              name={`${id}-none`}
              label={none.label}
              checked={none.checked}
              size={size}
              onChange={(checked) => {
                none.onChange(checked);
                if (checked) change([]);
              }}
            />
          ) : null
        }
      />
      <p className="kern-body kern-body--small app-muted app-need-offers__status" role="status">
        {status}
      </p>
    </div>
  );
}
