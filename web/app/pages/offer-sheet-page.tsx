import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { NeedDetail, ServiceRef } from '../../../common/api/needs';
import { isApiError } from '../../components/api/api-error';
import { todayIso } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { Button, ButtonRow } from '../../components/ui/button';
import { CheckboxGroup } from '../../components/ui/checkbox';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/accounts/hooks/use-me';
import { OfferSheetView } from '../../features/needs/components/offer-sheet-view';
import { useNeed } from '../../features/needs/hooks/use-needs';
import { useOfferSheetOffers } from '../../features/needs/hooks/use-offer-sheet';
import { paths } from '../paths';

/** What fits on one A4 page in large type. */
const SHEET_LIMIT = 4;

/** The offers of the reach gaps, taking turns between the gaps, so that the first few cover every topic. */
function sheetCandidates(gaps: NeedDetail['gaps']): ServiceRef[] {
  const lists = gaps.filter((g) => g.kind === 'reach').map((g) => g.matches);
  const result: ServiceRef[] = [];
  for (let i = 0; lists.some((l) => i < l.length); i++) {
    for (const list of lists) {
      const offer = list[i];
      if (offer && !result.some((r) => r.id === offer.id)) result.push(offer);
    }
  }
  return result;
}

/**
 * Angebotsblatt: a one-page sheet of the offers the family did not know (the need's "reach" gaps), printed for the
 * next home visit. Nothing about the family is on it: no text, no date of the need, no topic of theirs.
 */
export function OfferSheetPage() {
  const { id = '' } = useParams();
  const need = useNeed(id);
  const { data: account } = useMe();
  const n = need.data;
  const candidates = sheetCandidates(n?.gaps ?? []);
  const serviceIds = candidates.map((c) => c.id);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const selected = chosen ?? serviceIds.slice(0, SHEET_LIMIT);
  const offers = useOfferSheetOffers(selected);
  const missing = isApiError(need.error) && (need.error.code === 'NOT_FOUND' || need.error.code === 'INVALID_INPUT');
  const title = n ? `Angebote für Sie im Stadtteil ${n.spaceName}` : 'Angebotsblatt';

  return (
    <div className="app-stack app-offer-sheet">
      <div className="app-no-print app-offer-sheet__tools">
        <p className="kern-body">
          <Link className="kern-link" to={paths.need(id)}>
            Zurück zum Bedarf
          </Link>
        </p>
      </div>
      <PageHeading
        title={title}
        documentTitle="Angebotsblatt"
        lead={n && serviceIds.length ? 'Diese Angebote gibt es in Ihrer Nähe. Sie können einfach nachfragen oder vorbeikommen.' : undefined}
      />
      {need.isPending ? (
        <LoadingIndicator label="Angebotsblatt wird vorbereitet …" />
      ) : missing ? (
        <p className="kern-body">Unter dieser Adresse gibt es keinen Bedarf, den Sie sehen dürfen.</p>
      ) : need.isError ? (
        <ErrorAlert error={need.error} />
      ) : n && serviceIds.length === 0 ? (
        <p className="kern-body">
          Für diesen Bedarf gibt es keine Lücke „unbekannt“ mit passenden Angeboten – also nichts, was die Familie noch
          kennenlernen könnte.
        </p>
      ) : n ? (
        <>
          <div className="app-no-print app-section">
            <p className="kern-body app-filter-note">
              Das Blatt ist für die Familie: Es nennt nur die Angebote, keine Angaben zur Familie oder zu ihrem Bedarf. Beim
              Drucken fallen Kopfzeile, Menü und diese Hinweise weg.
            </p>
            {candidates.length > 1 ? (
              <CheckboxGroup
                id="offer-sheet-choice"
                name="offer-sheet-choice"
                legend="Angebote auf dem Blatt"
                hint={`Auf eine Seite passen bis zu ${SHEET_LIMIT} Angebote in großer Schrift.`}
                options={candidates.map((c) => ({ value: c.id, label: `${c.name} – ${c.organizationName}` }))}
                value={selected}
                onChange={setChosen}
                error={selected.length > SHEET_LIMIT ? `Mehr als ${SHEET_LIMIT} Angebote passen nicht auf eine Seite.` : undefined}
              />
            ) : null}
            <ButtonRow>
              <Button onClick={() => window.print()}>
                Drucken
              </Button>
            </ButtonRow>
          </div>
          {offers.error ? <ErrorAlert error={offers.error} title="Nicht alle Angebote konnten geladen werden" /> : null}
          {offers.pending ? (
            <LoadingIndicator label="Angebote werden geladen …" />
          ) : (
            <OfferSheetView offers={offers.offers} officeName={account?.office.name ?? null} printedOn={todayIso()} />
          )}
        </>
      ) : null}
    </div>
  );
}
