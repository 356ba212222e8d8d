import './needs-staff.css';
import type { ServiceDetail } from '../../../../common/api/services';
import { commonLanguages, traitLabels, weekdayLabels, weekdays, type LowThresholdTrait, type Weekday } from '../../../../common/service-terms';
import { formatDay } from '../../../components/format/format-date';

// The printable sheet for the next home visit: the offers that would answer a "reach" gap, in large type, without
// anything about the family — it is handed to them.

const dayName = (d: Weekday) => weekdayLabels[d].de;

/** "Dienstag und Donnerstag", "Montag bis Freitag" for a run of three or more days. */
function formatDays(days: readonly Weekday[]): string {
  const sorted = weekdays.filter((d) => days.includes(d));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  if (sorted.length >= 3 && weekdays.indexOf(last) - weekdays.indexOf(first) === sorted.length - 1) return `${dayName(first)} bis ${dayName(last)}`;
  const names = sorted.map(dayName);
  return names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`;
}

function formatHours(opensAt: string | null, closesAt: string | null): string {
  if (opensAt && closesAt) return `${opensAt}–${closesAt} Uhr`;
  if (opensAt) return `ab ${opensAt} Uhr`;
  if (closesAt) return `bis ${closesAt} Uhr`;
  return '';
}

function formatAges(min: number | null, max: number | null): string | null {
  if (min !== null && max !== null) return `${min}–${max} Jahre`;
  if (min !== null) return `ab ${min} Jahren`;
  if (max !== null) return `bis ${max} Jahre`;
  return null;
}

const traitLabel = (trait: string) => (trait in traitLabels ? traitLabels[trait as LowThresholdTrait].de : trait);
const displayUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

function shortDescription(text: string, max = 260): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf(' '));
  return `${cut.slice(0, end > max / 2 ? end + (cut[end] === '.' ? 1 : 0) : max).trim()} …`;
}

function OfferSheetOffer({ offer: s }: { offer: ServiceDetail }) {
  const ages = formatAges(s.minimumAge, s.maximumAge);
  const times = [
    ...s.schedules.map((t) => ({ ...t, place: null as string | null })),
    ...s.locations.flatMap((l) => l.schedules.map((t) => ({ ...t, place: l.name ?? l.street }))),
  ];
  const languages = s.languages.filter((l) => l !== 'de').map((l) => commonLanguages[l]?.de ?? l);
  const costs = s.feesDescription ?? (s.traits.includes('free_of_charge') ? 'kostenlos' : null);
  // "ohne Anmeldung" below says what most application texts say; a text with more to it stays.
  const apply = s.applicationProcess && !(s.traits.includes('no_registration') && s.applicationProcess.length < 60) ? s.applicationProcess : null;
  // "kostenlos" says the costs line already.
  const traits = s.traits.filter((t) => !(costs && t === 'free_of_charge'));
  const headingId = `offer-sheet-${s.id}`;
  return (
    <article className="app-offer-sheet__offer" aria-labelledby={headingId}>
      <h2 className="app-offer-sheet__name" id={headingId}>
        {s.name}
      </h2>
      <p className="app-offer-sheet__provider">{s.organization.name}</p>
      {s.description ? <p className="app-offer-sheet__text">{shortDescription(s.description)}</p> : null}
      <dl className="app-offer-sheet__facts">
        {ages ? (
          <div>
            <dt>Alter</dt>
            <dd>{ages}</dd>
          </div>
        ) : null}
        {s.locations.length ? (
          <div>
            <dt>Wo</dt>
            <dd>
              {s.locations.map((l) => (
                <address key={l.serviceAtLocationId} className="app-address">
                  {l.name && l.name !== s.organization.name ? <span>{l.name}</span> : null}
                  {l.street ? <span>{l.street}</span> : null}
                  {l.postalCode || l.city ? <span>{[l.postalCode, l.city].filter(Boolean).join(' ')}</span> : null}
                </address>
              ))}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>Wann</dt>
          <dd>
            {times.length ? (
              <ul className="app-offer-sheet__times">
                {times.map((t, index) => (
                  <li key={`${t.id}-${index}`}>
                    {[formatDays(t.days), formatHours(t.opensAt, t.closesAt)].filter(Boolean).join(', ')}
                    {t.description || t.place ? <span className="app-offer-sheet__note"> ({[t.place, t.description].filter(Boolean).join(', ')})</span> : null}
                  </li>
                ))}
              </ul>
            ) : (
              'Bitte nachfragen.'
            )}
          </dd>
        </div>
        {s.phones.length || s.email || s.url ? (
          <div>
            <dt>Kontakt</dt>
            <dd>
              <ul className="app-offer-sheet__contact">
                {s.phones.map((p) => (
                  <li key={p.id}>
                    Telefon {p.number}
                    {p.description ? ` (${p.description})` : ''}
                  </li>
                ))}
                {s.email ? <li className="app-break">E-Mail {s.email}</li> : null}
                {s.url ? <li className="app-break">Internet {displayUrl(s.url)}</li> : null}
              </ul>
            </dd>
          </div>
        ) : null}
        {costs ? (
          <div>
            <dt>Kosten</dt>
            <dd>{costs}</dd>
          </div>
        ) : null}
        {apply ? (
          <div>
            <dt>Anmeldung</dt>
            <dd>{apply}</dd>
          </div>
        ) : null}
        {languages.length ? (
          <div>
            <dt>Sprachen</dt>
            <dd>Deutsch, {languages.join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      {traits.length ? (
        <ul className="app-offer-sheet__traits" aria-label="Merkmale">
          {traits.map((t) => (
            <li key={t}>
              <span aria-hidden="true">✓ </span>
              {traitLabel(t)}
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

type OfferSheetViewProps = { offers: ServiceDetail[]; officeName: string | null; printedOn: string };

/** The sheet itself; the page above it adds the heading and the print button. */
export function OfferSheetView({ offers, officeName, printedOn }: OfferSheetViewProps) {
  return (
    <div className="app-offer-sheet__body">
      <div className="app-offer-sheet__list">
        {offers.map((offer) => (
          <OfferSheetOffer key={offer.id} offer={offer} />
        ))}
      </div>
      <p className="app-offer-sheet__footer">
        Stand: {formatDay(printedOn)}
        {officeName ? ` · ${officeName}` : ''} · Alle Angebote auch auf der Angebotslandkarte im Internet.
      </p>
    </div>
  );
}
