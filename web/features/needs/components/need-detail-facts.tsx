import './needs-staff.css';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { NeedDetail, ServiceRef } from '../../../../common/api/needs';
import { ageBandLabels, needSourceLabels, reviewStateLabels, voiceLabels } from '../../../../common/need-terms';
import { targetGroupLabels, type TargetGroup } from '../../../../common/service-terms';
import { formatDateTime, formatDay } from '../../../components/format/format-date';
import { DescriptionList, type DescriptionItem } from '../../../components/ui/description-list';
import { languageName, requirementPhrases, textDirection } from './needs-labels';
import { NeedsVoiceBadge } from './needs-voice-badge';

type NeedDetailFactsProps = { need: NeedDetail; servicePath: (id: string) => string };

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="app-section app-need-section" aria-labelledby={`need-${id}-heading`}>
      <h2 className="kern-heading-medium" id={`need-${id}-heading`}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function NeedServiceList({ services, servicePath, label }: { services: ServiceRef[]; servicePath: (id: string) => string; label: string }) {
  return (
    <ul className="kern-list kern-list--bullet" aria-label={label}>
      {services.map((s) => (
        <li key={s.id}>
          <Link className="kern-link" to={servicePath(s.id)}>
            {s.name}
          </Link>{' '}
          <span className="app-muted">– {s.organizationName}</span>
          {s.status !== 'active' ? <span className="app-muted"> (nicht aktiv)</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** Everything recorded about one need, in German: who named it, the three questions, a case closure's offers. */
export function NeedDetailFacts({ need: n, servicePath }: NeedDetailFactsProps) {
  const foreign = n.language && n.language !== 'de' ? n.language : undefined;
  const overview: DescriptionItem[] = [
    { term: 'Sozialraum', value: n.spaceName },
    { term: 'Themen', value: n.topics.length ? n.topics.map((t) => t.name).join(', ') : 'noch keine zugeordnet' },
    {
      term: 'Stimme',
      value: (
        <span className="app-needs-voice-line">
          <NeedsVoiceBadge voice={n.voice} /> {voiceLabels[n.voice]}
        </span>
      ),
    },
    { term: 'Quelle', value: needSourceLabels[n.source] },
    { term: 'Erfasst am', value: formatDay(n.recordedOn) },
    ...(n.ageBands.length ? [{ term: 'Altersgruppen', value: n.ageBands.map((a) => ageBandLabels[a]).join(', ') }] : []),
    ...(n.targetGroup ? [{ term: 'Zielgruppe', value: targetGroupLabels[n.targetGroup as TargetGroup]?.de ?? n.targetGroup }] : []),
    {
      term: 'Erfasst von',
      value:
        n.source === 'public_form'
          ? 'anonym über das Online-Formular'
          : [n.recordedBy.name, n.recordedBy.organizationName].filter(Boolean).join(', ') || 'unbekannt',
    },
    ...(foreign ? [{ term: 'Sprache', value: languageName(foreign) }] : []),
    ...(n.source === 'public_form' ? [{ term: 'Prüfung', value: `${reviewStateLabels[n.reviewState]}${n.reviewNote ? ` – ${n.reviewNote}` : ''}` }] : []),
    { term: 'Zuletzt geändert', value: formatDateTime(n.updatedAt) },
  ];
  const requirements = requirementPhrases(n.requirements);
  const isHomeVisit = n.source === 'home_visit';
  const hasQuestionOne = n.knownServices.length > 0 || n.knowsNoOffers;
  const hasQuestionThree = requirements.length > 0 || n.requirements.text !== '';
  const hasCaseClosure = n.helpfulServices.length > 0 || n.helpfulText !== '';

  return (
    <>
      <Section id="overview" title="Überblick">
        <DescriptionList items={overview} />
      </Section>

      <Section id="words" title={isHomeVisit ? 'Die drei Fragen' : 'Der Bedarf'}>
        <div className="app-need-questions">
          {isHomeVisit || hasQuestionOne ? (
            <div className="app-need-question">
              <h3 className="kern-heading-small">1. Welche Angebote hier kennen Sie?</h3>
              {n.knownServices.length ? (
                <NeedServiceList services={n.knownServices} servicePath={servicePath} label="Bekannte Angebote" />
              ) : (
                <p className="kern-body">{n.knowsNoOffers ? 'Keine – die Familie kennt hier keine Angebote.' : 'Nicht gefragt.'}</p>
              )}
            </div>
          ) : null}
          <div className="app-need-question">
            <h3 className="kern-heading-small">{isHomeVisit ? '2. Was fehlt Ihnen?' : 'Was fehlt?'}</h3>
            <blockquote className="app-need-quote kern-body" lang={foreign} dir={n.language ? textDirection(n.language) : undefined}>
              {n.text}
            </blockquote>
          </div>
          {isHomeVisit || hasQuestionThree ? (
            <div className="app-need-question">
              <h3 className="kern-heading-small">{isHomeVisit ? '3. Wie müsste ein Angebot sein, damit Sie es nutzen?' : 'Wie müsste ein Angebot sein?'}</h3>
              {requirements.length ? (
                <ul className="app-badge-list app-need-requirements" aria-label="Anforderungen an ein Angebot">
                  {requirements.map((r) => (
                    <li key={r} className="app-need-requirement">
                      {r}
                    </li>
                  ))}
                </ul>
              ) : null}
              {n.requirements.text ? (
                <blockquote className="app-need-quote kern-body" lang={foreign} dir={n.language ? textDirection(n.language) : undefined}>
                  {n.requirements.text}
                </blockquote>
              ) : null}
              {!hasQuestionThree ? <p className="kern-body">Keine Angaben.</p> : null}
            </div>
          ) : null}
        </div>
      </Section>

      {n.source === 'case_closure' || hasCaseClosure ? (
        <Section id="closure" title="Nach dem Fallabschluss">
          <h3 className="kern-heading-small">Angebote, die der Familie nach dem Ende der Hilfe helfen würden</h3>
          {n.helpfulServices.length ? (
            <NeedServiceList services={n.helpfulServices} servicePath={servicePath} label="Hilfreiche Angebote nach dem Fallabschluss" />
          ) : (
            <p className="kern-body">Keine Angebote genannt.</p>
          )}
          {n.helpfulText ? <p className="kern-body app-prewrap">{n.helpfulText}</p> : null}
        </Section>
      ) : null}
    </>
  );
}
