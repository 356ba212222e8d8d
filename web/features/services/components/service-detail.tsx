import './public-services.css';
import { useMemo, type ReactNode } from 'react';
import type { ServiceDetail } from '../../../../common/api/services';
import { Alert } from '../../../components/ui/alert';
import { Badge } from '../../../components/ui/badge';
import { Button, ButtonLink, ButtonRow } from '../../../components/ui/button';
import { DescriptionList, type DescriptionItem } from '../../../components/ui/description-list';
import { buildTimeTiles, type TileSource } from '../../../components/map/tiles';
import type { MapFeature, MapSpaceShape } from './leaflet-service-map';
import { ServiceMap } from './service-map';
import { VerifyServiceButton } from './edit-verify-service-button';
import {
  formatAges,
  formatDays,
  formatHours,
  formatIsoDay,
  languageLabel,
  statusLabel,
  targetGroupLabel,
  mapTextsOf,
  traitLabel,
  type Lang,
  type Texts,
} from './texts';

type Bbox = [number, number, number, number];

type ServiceDetailViewProps = {
  lang: Lang;
  t: Texts;
  service: ServiceDetail;
  spaces: MapSpaceShape[];
  /** Where "Bearbeiten" leads; shown only when the server says the user may edit (canEdit). */
  editPath: string;
  tiles?: TileSource | null;
};

const telHref = (number: string) => `tel:${number.replace(/[^+0-9]/g, '')}`;
const displayUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="app-section app-service-section" aria-labelledby={`service-${id}-heading`}>
      <h2 className="kern-heading-medium" id={`service-${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** One offer for families and staff alike: what, for whom, when, where, how to get in touch, how current. */
export function ServiceDetailView({ lang, t, service: s, spaces, editPath, tiles = buildTimeTiles }: ServiceDetailViewProps) {
  const ages = formatAges(lang, s.minimumAge, s.maximumAge);
  // The offices write their offers in German; on the English page those parts say so (for screen readers).
  const dataLang = lang === 'en' ? 'de' : undefined;
  const data = (text: string) => <span lang={dataLang}>{text}</span>;
  const ownSpaces = useMemo(() => spaces.filter((space) => s.spaceIds.includes(space.id)), [spaces, s.spaceIds]);
  const located = s.locations.filter((l) => l.point !== null);
  const features = useMemo<MapFeature[]>(
    () =>
      s.locations.flatMap((l) =>
        l.point
          ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: l.point }, properties: { kind: 'point' as const, id: s.id, name: l.name ?? s.name, organizationName: s.organization.name } }]
          : [],
      ),
    [s],
  );
  // The points with some room around them; a single point would otherwise be shown at the highest zoom.
  const home = useMemo<Bbox | null>(() => {
    if (located.length === 0) return null;
    const lons = located.map((l) => l.point?.[0] ?? 0);
    const lats = located.map((l) => l.point?.[1] ?? 0);
    return [Math.min(...lons) - 0.006, Math.min(...lats) - 0.0035, Math.max(...lons) + 0.006, Math.max(...lats) + 0.0035];
  }, [located]);
  const mapTexts = useMemo(() => mapTextsOf(t, lang), [t, lang]);

  const glance: DescriptionItem[] = [
    { term: t.organization, value: data(s.organization.name) },
    ...(s.topics.length ? [{ term: t.topics, value: data(s.topics.map((topic) => topic.name).join(', ')) }] : []),
    ...(ages ? [{ term: t.ages, value: ages }] : []),
    ...(s.targetGroups.length ? [{ term: t.targetGroups, value: s.targetGroups.map((g) => targetGroupLabel(lang, g)).join(', ') }] : []),
    ...(s.languages.length ? [{ term: t.languages, value: s.languages.map((code) => languageLabel(lang, code)).join(', ') }] : []),
    ...(ownSpaces.length ? [{ term: t.spaces, value: data(ownSpaces.map((space) => space.name).join(', ')) }] : []),
    { term: t.statusTerm, value: statusLabel(lang, s.status) },
  ];
  const access = [
    { term: t.fees, value: s.feesDescription },
    { term: t.application, value: s.applicationProcess },
    { term: t.eligibility, value: s.eligibilityDescription },
  ].flatMap((item) => (item.value ? [{ term: item.term, value: <span className="app-prewrap" lang={dataLang}>{item.value}</span> }] : []));
  const contact: DescriptionItem[] = [
    ...s.phones.map((phone) => ({
      term: phone.description ? `${t.phone} (${phone.description})` : t.phone,
      value: (
        <a className="kern-link" href={telHref(phone.number)}>
          {phone.number}
        </a>
      ),
    })),
    ...(s.email
      ? [{ term: t.email, value: <a className="kern-link app-break" href={`mailto:${s.email}`}>{s.email}</a> }]
      : []),
    ...(s.url
      ? [{ term: t.website, value: <a className="kern-link app-break" href={s.url} rel="noopener noreferrer">{displayUrl(s.url)}</a> }]
      : []),
    ...(s.organization.website && s.organization.website !== s.url
      ? [{ term: t.organizationWebsite, value: <a className="kern-link app-break" href={s.organization.website} rel="noopener noreferrer">{displayUrl(s.organization.website)}</a> }]
      : []),
  ];

  const allSchedules = [
    ...s.schedules.map((schedule) => ({ ...schedule, place: null as string | null })),
    ...s.locations.flatMap((l) => l.schedules.map((schedule) => ({ ...schedule, place: l.name ?? l.street }))),
  ];
  return (
    <div className="app-stack app-service-detail">
      {s.status !== 'active' ? <Alert tone="warning" title={t.notActive(statusLabel(lang, s.status))} /> : null}
      {s.alert ? (
        <Alert tone="info" title={t.note} role="none">
          <p className="kern-body app-prewrap" lang={dataLang}>
            {s.alert}
          </p>
        </Alert>
      ) : null}

      {s.traits.length ? (
        <ul className="app-badge-list" aria-label={t.traits}>
          {s.traits.map((trait) => (
            <li key={trait}>
              <Badge tone="info">{traitLabel(lang, trait)}</Badge>
            </li>
          ))}
        </ul>
      ) : null}
      {s.description ? (
        <p className="kern-body kern-body--large app-prewrap" lang={dataLang}>
          {s.description}
        </p>
      ) : null}

      <ButtonRow>
        <Button variant="secondary" onClick={() => window.print()}>
          {t.print}
        </Button>
        {s.canEdit ? (
          <ButtonLink to={editPath} variant="secondary">
            <span className="kern-icon kern-icon--edit app-button-icon" aria-hidden="true" />
            {t.edit}
          </ButtonLink>
        ) : null}
      </ButtonRow>

      <Section id="glance" title={t.atAGlance}>
        <DescriptionList items={glance} />
      </Section>

      {/* The offer's own times, then those given for one of its places (HSDS service_at_location, e.g. imported). */}
      <Section id="times" title={t.times}>
        {allSchedules.length ? (
          <ul className="kern-list app-schedule">
            {allSchedules.map((schedule) => {
              const validity = [
                schedule.validFrom ? t.validFrom(formatIsoDay(lang, schedule.validFrom)) : null,
                schedule.validTo ? t.validTo(formatIsoDay(lang, schedule.validTo)) : null,
              ].filter(Boolean);
              return (
                <li key={schedule.id || `${schedule.days.join()}-${schedule.opensAt}`} className="app-schedule__item">
                  <span className="app-schedule__days">{formatDays(lang, schedule.days)}</span>
                  <span className="app-schedule__hours">{formatHours(lang, schedule.opensAt, schedule.closesAt)}</span>
                  {schedule.description || schedule.place || validity.length ? (
                    <span className="app-schedule__note app-muted" lang={schedule.description || schedule.place ? dataLang : undefined}>
                      {[schedule.place, schedule.description, ...validity].filter(Boolean).join(' · ')}
                    </span>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="kern-body">{t.noTimes}</p>
        )}
      </Section>

      <Section id="address" title={s.locations.length > 1 ? t.addressesMany : t.addresses}>
        {s.locations.length ? (
          <ul className="app-inline-list app-service-addresses">
            {s.locations.map((l) => (
              <li key={l.serviceAtLocationId}>
                <address className="app-address kern-body" lang={dataLang}>
                  {l.name ? <strong>{l.name}</strong> : null}
                  {l.street ? <span>{l.street}</span> : null}
                  {l.postalCode || l.city ? <span>{[l.postalCode, l.city].filter(Boolean).join(' ')}</span> : null}
                </address>
              </li>
            ))}
          </ul>
        ) : (
          <p className="kern-body">{t.noAddress}</p>
        )}
        {features.length ? (
          <ServiceMap
            size="small"
            label={t.smallMapLabel(s.name)}
            note={t.smallMapNote}
            texts={mapTexts}
            tiles={tiles}
            spaces={ownSpaces}
            home={home}
            features={features}
            view={null}
            circle={null}
            highlight={null}
            picking={false}
          />
        ) : null}
      </Section>

      <Section id="contact" title={t.contact}>
        {contact.length ? <DescriptionList items={contact} /> : <p className="kern-body">{t.noContact}</p>}
      </Section>

      {access.length ? (
        <Section id="access" title={t.costsAndAccess}>
          <DescriptionList items={access} />
        </Section>
      ) : null}

      <Section id="checked" title={t.checked}>
        <p className="kern-body">{s.assuredDate ? t.lastVerified(formatIsoDay(lang, s.assuredDate)) : t.notVerifiedYet}</p>
        {s.stale ? <p className="kern-body app-filter-note">{t.staleNote}</p> : null}
        {/* Editors confirm here that the offer is still current (staff side, German). */}
        {s.canEdit ? <VerifyServiceButton serviceId={s.id} /> : null}
      </Section>
    </div>
  );
}
