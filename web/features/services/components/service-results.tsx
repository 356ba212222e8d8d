import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ServiceSearchResult, ServiceSummary } from '../../../../common/api/services';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { PER_PAGE, type ServiceSort } from '../hooks/service-query-string';
import { formatAges, formatDistance, formatIsoDay, traitLabel, type Lang, type Texts } from './texts';

/** "…" at a word boundary; the server sends at most 280 characters of the description. */
function excerpt(text: string, max = 180): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).replace(/[\s,.;:–-]+$/, '')} …`;
}

type ResultsHeaderProps = {
  t: Texts;
  /** The section's heading, set beside the sort. */
  heading: ReactNode;
  result: ServiceSearchResult | undefined;
  sort: ServiceSort;
  /** Empty while the list is not on screen (the map alone on a phone): sorting would change nothing visible. */
  sortOptions: ServiceSort[];
  onSort: (sort: ServiceSort) => void;
  /** Extra controls beside the sort (the list/map switch on a phone). */
  children?: ReactNode;
};

/** The count (announced when it changes), the words the search also looked for, and the sort. */
export function ResultsHeader({ t, heading, result, sort, sortOptions, onSort, children }: ResultsHeaderProps) {
  const sortLabels: Record<ServiceSort, string> = { relevance: t.sortRelevance, distance: t.sortDistance, name: t.sortName };
  const corrections = result?.corrections ?? [];
  return (
    <div className="app-service-results__header">
      <div className="app-service-results__count">
        {heading}
        <p className="kern-body kern-body--large app-service-results__total" role="status">
          {result ? (result.totalCapped ? t.countMore(result.total) : t.count(result.total)) : t.loading}
        </p>
        {corrections.length > 0 ? (
          <p className="kern-body app-service-corrections">
            {t.alsoSearched} {corrections.map((c) => t.alsoSearchedFor(c.term, c.alternatives.join(' / '))).join(', ')}
          </p>
        ) : null}
      </div>
      <div className="app-service-results__tools">
        {children}
        {sortOptions.length ? (
          <div className="app-service-results__sort">
            <SelectField
              id="service-sort"
              label={t.sort}
              options={sortOptions.map((s) => ({ value: s, label: sortLabels[s] }))}
              value={sort}
              onChange={(event) => onSort(sortOptions.find((s) => s === event.target.value) ?? 'name')}
            />
          </div>
        ) : null}
      </div>
    </div>
  );
}

type ServiceListProps = {
  t: Texts;
  lang: Lang;
  items: ServiceSummary[];
  detailLink: (id: string) => string;
  spaceNames: Map<string, string>;
  /** Offered only where the map is there to show it. */
  onShowOnMap?: (item: ServiceSummary) => void;
  /** Router state for the detail page, so that it can lead back to this search. */
  fromSearch: unknown;
};

/** The list is the complete, accessible form of the map: every offer with its name, place and main facts. */
export function ServiceList({ t, lang, items, detailLink, spaceNames, onShowOnMap, fromSearch }: ServiceListProps) {
  // The offices write their offers in German; on the English page those parts say so (for screen readers).
  const dataLang = lang === 'en' ? 'de' : undefined;
  return (
    <ol className="app-service-list">
      {items.map((item) => {
        const ages = formatAges(lang, item.minimumAge, item.maximumAge);
        const facts = [
          ages ? { key: 'ages', text: ages, lang: undefined } : null,
          item.address ? { key: 'address', text: item.address, lang: dataLang } : null,
          item.distanceMeters !== null ? { key: 'distance', text: t.distance(formatDistance(lang, item.distanceMeters)), lang: undefined } : null,
        ].filter((f) => f !== null);
        const spaces = item.spaceIds.map((id) => spaceNames.get(id)).filter(Boolean);
        return (
          <li key={item.id} className="app-service-card">
            <article className="app-service-card__body" aria-labelledby={`service-${item.id}`}>
              <h3 className="kern-heading-small app-service-card__title" id={`service-${item.id}`} lang={dataLang}>
                <Link className="kern-link" to={detailLink(item.id)} state={fromSearch}>
                  {item.name}
                </Link>
              </h3>
              <p className="kern-body kern-body--small app-muted" lang={dataLang}>
                {item.organizationName}
                {spaces.length ? ` · ${spaces.join(', ')}` : ''}
              </p>
              {item.description ? <p className="kern-body app-service-card__text" lang={dataLang}>{excerpt(item.description)}</p> : null}
              {item.topics.length ? (
                <p className="kern-body kern-body--small">
                  <span className="app-visually-hidden">{t.topics}: </span>
                  <span lang={dataLang}>{item.topics.map((topic) => topic.name).join(' · ')}</span>
                </p>
              ) : null}
              {item.traits.length ? (
                <ul className="app-badge-list" aria-label={t.traits}>
                  {item.traits.map((trait) => (
                    <li key={trait}>
                      <Badge tone="info">{traitLabel(lang, trait)}</Badge>
                    </li>
                  ))}
                </ul>
              ) : null}
              {facts.length ? (
                <p className="kern-body kern-body--small">
                  {facts.map((fact, index) => (
                    <span key={fact.key} lang={fact.lang}>
                      {index > 0 ? ' · ' : ''}
                      {fact.text}
                    </span>
                  ))}
                </p>
              ) : null}
              <div className="app-service-card__footer">
                <p className="kern-body kern-body--small app-muted">
                  {item.assuredDate ? t.verifiedOn(formatIsoDay(lang, item.assuredDate)) : t.neverVerified}
                  {item.stale && item.assuredDate ? ` (${t.notVerifiedRecently})` : ''}
                </p>
                {onShowOnMap && item.point ? (
                  <button type="button" className="kern-link app-link-button" onClick={() => onShowOnMap(item)}>
                    {t.showOnMap}
                    <span className="app-visually-hidden">: {item.name}</span>
                  </button>
                ) : null}
              </div>
            </article>
          </li>
        );
      })}
    </ol>
  );
}

type ResultPagesProps = { t: Texts; page: number; total: number; onPage: (page: number) => void };

/** "21–40 von 130" with Zurück / Weiter. */
export function ResultPages({ t, page, total, onPage }: ResultPagesProps) {
  const first = total === 0 ? 0 : (page - 1) * PER_PAGE + 1;
  const last = Math.min(page * PER_PAGE, total);
  const hasPrevious = page > 1;
  const hasNext = page * PER_PAGE < total;
  if (!hasPrevious && !hasNext) return null;
  return (
    <nav className="app-pagination" aria-label={t.pages}>
      <p className="kern-body">{t.pageRange(first, last, total)}</p>
      <div className="kern-btn-wrapper">
        <Button variant="secondary" unavailable={!hasPrevious} onClick={() => onPage(page - 1)}>
          {t.previous}
        </Button>
        <Button variant="secondary" unavailable={!hasNext} onClick={() => onPage(page + 1)}>
          {t.next}
        </Button>
      </div>
    </nav>
  );
}
