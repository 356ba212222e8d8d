import type { AnnualReport, ReportSection } from '../../../../common/api/annual-report';
import { formatEuro } from '../../../../common/budget-terms';
import { hiddenNote, projectColumns } from '../../../../common/report-wording';
import { helpTypeLabels, type HelpType } from '../../../../common/meeting-terms';
import { ageBandLabels, gapKindLabels, gapKinds, needSourceLabels, voiceLabels, type NeedSource, type Voice } from '../../../../common/need-terms';
import { initiatorLabels, projectStatusLabels, type Initiator, type ProjectStatus } from '../../../../common/project-terms';
import { organizationTypeLabels, teamRoleLabels, type OrganizationType, type TeamRole } from '../../../../common/social-space-terms';
import { formatDay } from '../../../components/format/format-date';
import { formatInteger } from '../../../components/format/format-number';
import { BudgetYearsChart, NeedsByVoiceChart } from './report-charts';
import { formatRatio, formatShare, isHidden, NumberCell, PlainCell, ReportTable, type Cell } from './report-cells';

const label = <K extends string>(labels: Record<K, string>, key: string): string => (labels as Record<string, string>)[key] ?? key;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const projects = (n: number) => `${formatInteger(n)} ${n === 1 ? 'Projekt' : 'Projekte'}`;


type Ctx = { year: number; threshold: number; path: string; where: string; id: string };


function BudgetPart({ s, c }: { s: ReportSection; c: Ctx }) {
  const b = s.budget;
  const years = [...b.previousYears.filter((y) => y.year !== c.year), ...(b.lines.length > 0 ? [{ year: c.year, plannedCents: b.totals.plannedCents, bookedCents: b.totals.bookedCents }] : [])];
  const money = (cents: number) => <PlainCell>{formatEuro(cents)}</PlainCell>;
  return (
    <section className="app-report-part" aria-labelledby={`${c.id}-budget`}>
      <h3 className="kern-heading-small" id={`${c.id}-budget`}>
        Haushalt
      </h3>
      {b.lines.length === 0 ? (
        <p className="kern-body app-empty">Für dieses Jahr ist kein Haushalt angelegt.</p>
      ) : (
        <ReportTable
          caption={`Budget je Haushaltslinie ${c.where}`}
          wide
          rowHeader="Haushaltslinie"
          columns={[
            { key: 'planned', label: 'Plan' },
            { key: 'committed', label: 'Gebunden' },
            { key: 'booked', label: 'Gebucht' },
            { key: 'remaining', label: 'Verfügbar' },
          ]}
          rows={[
            ...b.lines.map((l) => ({
              key: l.kind,
              label: (
                <>
                  {l.label}
                  {l.accountCodes.length > 0 ? <span className="app-muted app-report-sub"> Konto {l.accountCodes.join(', ')}</span> : null}
                </>
              ),
              cells: [money(l.plannedCents), money(l.committedCents), money(l.bookedCents), money(l.remainingCents)],
            })),
            { key: 'total', label: 'Summe', total: true, cells: [money(b.totals.plannedCents), money(b.totals.committedCents), money(b.totals.bookedCents), money(b.totals.remainingCents)] },
          ]}
          footnote={
            `${formatInteger(b.bookingCount)} Buchungen, davon ${formatInteger(b.reversalCount)} Stornos.` +
            (b.totals.carriedInCents > 0 ? ` Im Plan enthalten: ${formatEuro(b.totals.carriedInCents)} Übertrag aus dem Vorjahr.` : '')
          }
        />
      )}
      <BudgetYearsChart id={`${c.id}-budget-chart`} years={years} where={c.where.replace(/^in /, '')} threshold={c.threshold} />
    </section>
  );
}

function ProjectsPart({ s, c }: { s: ReportSection; c: Ctx }) {
  const p = s.projects;
  const counts = (k: typeof p.counts) => projectColumns.map((col) => <PlainCell key={col.key}>{formatInteger(k[col.key])}</PlainCell>);
  const fared = (who: Initiator) => {
    const k = p.byInitiator[who];
    const by = label(initiatorLabels, who);
    if (!k || k.ofYear === 0) return `${by} angestoßen: keine Projekte im Jahr`;
    return `${by} angestoßen: ${projects(k.ofYear)} im Jahr, davon ${formatInteger(k.running)} gelaufen, ${formatInteger(k.completed)} abgeschlossen und ${formatInteger(k.stopped)} eingestellt`;
  };
  const successes = p.stories.filter((st) => st.successes.trim());
  const difficulties = p.stories.filter((st) => st.difficulties.trim());
  return (
    <section className="app-report-part" aria-labelledby={`${c.id}-projects`}>
      <h3 className="kern-heading-small" id={`${c.id}-projects`}>
        Projekte
      </h3>
      <ReportTable
        caption={`Projekte nach Initiative ${c.where}`}
          wide
        rowHeader="Initiative"
        columns={projectColumns}
        rows={[
          ...Object.entries(p.byInitiator).map(([who, k]) => ({ key: who, label: label(initiatorLabels, who), cells: counts(k) })),
          { key: 'total', label: 'Alle Projekte', total: true, cells: counts(p.counts) },
        ]}
      />
      <p className="kern-body">
        {capitalise(fared('affected'))}; {fared('professionals')}. {projects(p.withNeeds)} {p.withNeeds === 1 ? 'antwortet' : 'antworten'} auf erfasste Bedarfe
        {p.withoutAffectedVoice > 0 ? `, bei ${formatInteger(p.withoutAffectedVoice)} davon ohne einen Bedarf, den Betroffene selbst genannt haben` : ''}. Erreicht
        wurden {formatInteger(p.reached.total)} Menschen (wer in zwei Projekten war, zählt doppelt).
      </p>
      {p.stoppedProjects.length > 0 ? (
        <div className="kern-table-responsive app-table-scroll" role="region" aria-label={`Tabelle: Eingestellte Projekte ${c.where}`} tabIndex={0}>
          <table className="kern-table kern-table--small">
            <caption className="kern-body app-report-caption">Eingestellte Projekte {c.where}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">Projekt</th>
                <th scope="col" className="kern-table__header">Initiative</th>
                <th scope="col" className="kern-table__header">eingestellt am</th>
                <th scope="col" className="kern-table__header">Begründung</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {p.stoppedProjects.map((sp) => (
                <tr key={sp.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell">{sp.title}</th>
                  <td className="kern-table__cell">{label(initiatorLabels, sp.initiatedBy)}</td>
                  <td className="kern-table__cell app-nowrap">{formatDay(sp.stoppedOn)}</td>
                  <td className="kern-table__cell">{sp.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {[
        { key: 'successes', title: 'Erfolge', stories: successes, text: (st: (typeof successes)[number]) => st.successes },
        { key: 'difficulties', title: 'Schwierigkeiten', stories: difficulties, text: (st: (typeof successes)[number]) => st.difficulties },
      ].map((group) => (
        <div key={group.key} className="app-report-stories">
          <h4 className="kern-heading-small app-report-h4">{group.title} in den Worten der Teams</h4>
          {group.stories.length === 0 ? (
            <p className="kern-body app-empty">Für dieses Jahr ist dazu nichts festgehalten.</p>
          ) : (
            group.stories.map((st) => (
              <figure key={st.id} className="app-report-quote">
                <blockquote className="kern-body">{group.text(st)}</blockquote>
                <figcaption className="kern-body kern-body--small">
                  – {st.title} ({label(projectStatusLabels, st.status as ProjectStatus)}, {label(initiatorLabels, st.initiatedBy)} angestoßen)
                </figcaption>
              </figure>
            ))
          )}
        </div>
      ))}
    </section>
  );
}

function NeedsPart({ s, c }: { s: ReportSection; c: Ctx }) {
  const n = s.needs;
  const t = c.threshold;
  const path = `${c.path}.needs`;
  const one = (name: string, value: Cell, p: string) => ({ key: p, label: name, cells: [<NumberCell key="v" value={value} threshold={t} path={p} />] });
  const countCol = [{ key: 'count', label: 'Bedarfe' }];
  const all: Cell[] = [n.total, ...Object.values(n.byVoice), ...Object.values(n.bySource), ...n.byTopic.map((x) => x.needs), n.withoutTopic, ...Object.values(n.byAgeBand), n.withoutAgeBand, ...Object.values(n.gapsOpened), ...Object.values(n.gapsClosed), n.pendingReviewAtYearEnd];
  const kinds = [...gapKinds.filter((k) => k in n.gapsOpened || k in n.gapsClosed), 'total'] as const;
  return (
    <section className="app-report-part" aria-labelledby={`${c.id}-needs`}>
      <h3 className="kern-heading-small" id={`${c.id}-needs`}>
        Bedarfe
      </h3>
      <div className="app-report-grid">
        <ReportTable
          caption={`Bedarfe nach Stimme ${c.where}`}
          rowHeader="Stimme"
          columns={countCol}
          rows={[
            ...Object.entries(n.byVoice).map(([k, v]) => one(label(voiceLabels, k as Voice), v, `${path}.byVoice.${k}`)),
            { ...one('Alle Bedarfe', n.total, `${path}.total`), total: true },
          ]}
        />
        <ReportTable caption={`Bedarfe nach Quelle ${c.where}`} rowHeader="Quelle" columns={countCol} rows={Object.entries(n.bySource).map(([k, v]) => one(label(needSourceLabels, k as NeedSource), v, `${path}.bySource.${k}`))} />
        <ReportTable
          caption={`Bedarfe nach Thema ${c.where}`}
          rowHeader="Thema"
          columns={countCol}
          rows={[...n.byTopic.map((x, i) => one(x.name, x.needs, `${path}.byTopic.${i}.needs`)), one('ohne Thema', n.withoutTopic, `${path}.withoutTopic`)]}
          footnote="Ein Bedarf mit mehreren Themen zählt bei jedem; die Zeilen ergeben zusammen mehr als alle Bedarfe."
        />
        <ReportTable
          caption={`Lücken ${c.where}: eröffnet und geschlossen`}
          rowHeader="Art der Lücke"
          columns={[
            { key: 'opened', label: 'eröffnet' },
            { key: 'closed', label: 'geschlossen' },
          ]}
          rows={kinds.map((k) => ({
            key: k,
            label: k === 'total' ? 'Alle Lücken' : label(gapKindLabels, k),
            total: k === 'total',
            cells: [
              <NumberCell key="o" value={n.gapsOpened[k] ?? 0} threshold={t} path={`${path}.gapsOpened.${k}`} />,
              <NumberCell key="c" value={n.gapsClosed[k] ?? 0} threshold={t} path={`${path}.gapsClosed.${k}`} />,
            ],
          }))}
        />
        <ReportTable
          caption={`Bedarfe nach Altersgruppe ${c.where}`}
          rowHeader="Altersgruppe"
          columns={countCol}
          rows={[...Object.entries(n.byAgeBand).map(([k, v]) => one(ageLabel(k), v, `${path}.byAgeBand.${k}`)), one('ohne Altersgruppe', n.withoutAgeBand, `${path}.withoutAgeBand`)]}
        />
      </div>
      <p className="kern-body">
        Am Jahresende noch ungeprüfte Einträge aus dem Online-Formular:{' '}
        <span data-cell={`${path}.pendingReviewAtYearEnd`}>{isHidden(n.pendingReviewAtYearEnd) ? `< ${t}` : formatInteger(n.pendingReviewAtYearEnd)}</span>.
      </p>
      {hiddenNote(t, all) ? <p className="kern-body kern-body--small app-muted">{hiddenNote(t, all)}</p> : null}
    </section>
  );
}

const ageLabel = (k: string) => label(ageBandLabels, k);

function OffersPart({ s, c }: { s: ReportSection; c: Ctx }) {
  const o = s.offers;
  const cols = [
    { key: 'added', label: 'neu' },
    { key: 'verified', label: 'geprüft' },
    { key: 'stale', label: 'veraltet' },
    { key: 'active', label: 'aktiv' },
  ] as const;
  const cells = (k: typeof o.counts) => cols.map((col) => <PlainCell key={col.key}>{formatInteger(k[col.key])}</PlainCell>);
  return (
    <section className="app-report-part" aria-labelledby={`${c.id}-offers`}>
      <h3 className="kern-heading-small" id={`${c.id}-offers`}>
        Angebote
      </h3>
      <ReportTable
        caption={`Angebote nach Thema ${c.where}`}
          wide
        rowHeader="Thema"
        columns={cols}
        rows={[...o.byTopic.map((x) => ({ key: x.topicId, label: x.name, cells: cells(x) })), { key: 'total', label: 'Alle Angebote', total: true, cells: cells(o.counts) }]}
        footnote={`Aktiv und veraltet am ${formatDay(o.asOf)}; veraltet heißt: seit mehr als ${formatInteger(o.staleAfterMonths)} Monaten nicht geprüft. Ein Angebot mit mehreren Themen zählt bei jedem.`}
      />
    </section>
  );
}

function MeetingsPart({ s, c }: { s: ReportSection; c: Ctx }) {
  const m = s.meetings;
  const k = s.consultations;
  const t = c.threshold;
  const path = `${c.path}.consultations`;
  return (
    <section className="app-report-part" aria-labelledby={`${c.id}-meetings`}>
      <h3 className="kern-heading-small" id={`${c.id}-meetings`}>
        Netzwerktreffen und Kollegiale Beratung
      </h3>
      <p className="kern-body">
        {formatInteger(m.held)} Netzwerktreffen haben stattgefunden{m.cancelled > 0 ? `, ${formatInteger(m.cancelled)} wurden abgesagt` : ''}: mit{' '}
        {formatInteger(m.organizationsAttending)} Organisationen und zusammen {formatInteger(m.people)} Teilnahmen, {formatInteger(m.agendaItems)} Tagesordnungspunkten,{' '}
        {formatInteger(m.decisionsByKind['task'] ?? 0)} Aufgaben (davon {formatInteger(m.tasksDone)} erledigt, {formatInteger(m.tasksOpen)} am Jahresende offen),{' '}
        {formatInteger(m.decisionsByKind['note'] ?? 0)} Beschlüssen und {formatInteger(m.projectDraftsStarted)} Projektentwürfen.
      </p>
      <p className="kern-body">
        {formatInteger(k.held)} Kollegiale Beratungen mit <span data-cell={`${path}.cases`}>{isHidden(k.cases) ? `< ${t}` : formatInteger(k.cases)}</span> besprochenen Fällen;{' '}
        {formatInteger(k.complete)} davon mit allen geforderten Rollen. Für <span data-cell={`${path}.lowThresholdOfferFound`}>{isHidden(k.lowThresholdOfferFound) ? `< ${t}` : formatInteger(k.lowThresholdOfferFound)}</span>{' '}
        Fälle wurde ein niedrigschwelliges Angebot gefunden.
      </p>
      <div className="app-report-grid">
        <ReportTable
          caption={`Rollen in den Kollegialen Beratungen ${c.where}`}
          rowHeader="Rolle"
          columns={[
            { key: 'present', label: 'dabei' },
            { key: 'missing', label: 'fehlte' },
          ]}
          rows={k.roles.map((r) => ({ key: r.teamRole, label: label(teamRoleLabels, r.teamRole as TeamRole), cells: [<PlainCell key="p">{formatInteger(r.present)}</PlainCell>, <PlainCell key="m">{formatInteger(r.missing)}</PlainCell>] }))}
          footnote="Anzahl der Beratungen, in denen die Rolle vertreten war oder fehlte."
        />
        <ReportTable
          caption={`Fälle nach der Hilfe, die sich ergab, ${c.where}`}
          rowHeader="Hilfe"
          columns={[{ key: 'cases', label: 'Fälle' }]}
          rows={[
            ...Object.entries(k.casesByHelpType).map(([h, v]) => ({ key: h, label: label(helpTypeLabels, h as HelpType), cells: [<NumberCell key="v" value={v} threshold={t} path={`${path}.casesByHelpType.${h}`} />] })),
            { key: 'total', label: 'Alle Fälle', total: true, cells: [<NumberCell key="v" value={k.cases} threshold={t} path={`${path}.cases`} />] },
          ]}
          footnote={hiddenNote(t, [k.cases, k.lowThresholdOfferFound, ...Object.values(k.casesByHelpType)])}
        />
      </div>
    </section>
  );
}

function ShouldersPart({ s, c }: { s: ReportSection; c: Ctx }) {
  const ms = s.network.manyShoulders;
  const warned = s.network.spacesWithWarning;
  return (
    <section className="app-report-part" aria-labelledby={`${c.id}-shoulders`}>
      <h3 className="kern-heading-small" id={`${c.id}-shoulders`}>
        Viele Schultern
      </h3>
      {ms ? (
        <>
          {ms.explanation.map((line) => (
            <p key={line} className="kern-body">
              {line}
            </p>
          ))}
          {ms.warning ? (
            <p className="kern-body app-report-warning">
              <span className="kern-icon kern-icon--warning" aria-hidden="true" /> <strong>{ms.warning}</strong>
            </p>
          ) : null}
          <ReportTable
            caption={`Netzwerkarbeit nach Art der Organisation ${c.where}`}
            rowHeader="Art der Organisation"
            columns={[
              { key: 'people', label: 'Personen' },
              { key: 'share', label: 'Anteil' },
            ]}
            rows={ms.byOrganizationType.map((o) => ({
              key: o.organizationType ?? 'none',
              label: o.organizationType === 'grouped' ? 'weitere Arten (zusammengefasst)' : o.organizationType === null ? 'ohne Organisation' : label(organizationTypeLabels, o.organizationType as OrganizationType),
              cells: [<PlainCell key="p">{formatInteger(o.people)}</PlainCell>, <PlainCell key="s">{formatShare(o.share)}</PlainCell>],
            }))}
            footnote="Arten mit wenigen Personen sind zusammengefasst, damit sich keine einzelne Person erkennen lässt."
          />
        </>
      ) : warned.length > 0 ? (
        <p className="kern-body app-report-warning">
          <span className="kern-icon kern-icon--warning" aria-hidden="true" /> In {warned.map((w) => w.name).join(', ')} trägt eine Person mehr als die Hälfte der Netzwerkarbeit.
        </p>
      ) : (
        <p className="kern-body">In keinem Sozialraum trägt eine Person mehr als die Hälfte der Netzwerkarbeit.</p>
      )}
    </section>
  );
}

function NetworkPart({ s, c }: { s: ReportSection; c: Ctx }) {
  const n = s.network;
  return (
    <section className="app-report-part" aria-labelledby={`${c.id}-network`}>
      <h3 className="kern-heading-small" id={`${c.id}-network`}>
        Netzwerk
      </h3>
      <p className="kern-body">
        {formatInteger(n.organizations)} Organisationen mit {formatInteger(n.ties)} Verbindungen, davon {formatInteger(n.newTies)} neu in diesem Jahr. Dichte{' '}
        {formatRatio(n.density)} ({formatShare(n.density)} der möglichen Verbindungen){n.isolated > 0 ? `; ${formatInteger(n.isolated)} Organisationen ohne Verbindung` : ''}.
      </p>
      {n.missingTypes.length > 0 ? (
        <>
          <p className="kern-body">Wer im Netzwerk noch fehlt:</p>
          <ul className="kern-list kern-list--bullet">
            {n.missingTypes.map((m) => (
              <li key={m.type} className="kern-body">
                {m.message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/** One scope's figures (the whole office or a space): Haushalt, Projekte, Bedarfe, Angebote, Treffen, Schultern, Netzwerk. */
export function SectionBody({ section, year, threshold, path, where, id }: { section: ReportSection; year: number; threshold: number; path: string; where: string; id: string }) {
  const c: Ctx = { year, threshold, path, where, id: `r${year}-${id}` };
  return (
    <>
      <BudgetPart s={section} c={c} />
      <ProjectsPart s={section} c={c} />
      <NeedsPart s={section} c={c} />
      <OffersPart s={section} c={c} />
      <MeetingsPart s={section} c={c} />
      <ShouldersPart s={section} c={c} />
      <NetworkPart s={section} c={c} />
    </>
  );
}

/** Überblick: the spaces side by side with the main figures, needs by voice per space, and the budget over the years. */
export function ReportOverview({ report }: { report: AnnualReport }) {
  const t = report.suppressionThreshold;
  const o = report.overview;
  const cols = [
    { key: 'planned', label: 'Budget' },
    { key: 'booked', label: 'gebucht' },
    { key: 'projects', label: 'Projekte' },
    { key: 'needs', label: 'Bedarfe' },
    { key: 'offers', label: 'Angebote aktiv' },
    { key: 'meetings', label: 'Treffen' },
    { key: 'consultations', label: 'Beratungen' },
    { key: 'cases', label: 'Fälle' },
  ];
  const row = (s: ReportSection, path: string) => [
    <PlainCell key="p">{formatEuro(s.budget.totals.plannedCents)}</PlainCell>,
    <PlainCell key="b">{formatEuro(s.budget.totals.bookedCents)}</PlainCell>,
    <PlainCell key="pr">{formatInteger(s.projects.counts.ofYear)}</PlainCell>,
    <NumberCell key="n" value={s.needs.total} threshold={t} path={`${path}.needs.total`} />,
    <PlainCell key="o">{formatInteger(s.offers.counts.active)}</PlainCell>,
    <PlainCell key="m">{formatInteger(s.meetings.held)}</PlainCell>,
    <PlainCell key="c">{formatInteger(s.consultations.held)}</PlainCell>,
    <NumberCell key="k" value={s.consultations.cases} threshold={t} path={`${path}.consultations.cases`} />,
  ];
  const scope = report.space ? report.space.name : 'alle Sozialräume';
  return (
    <>
      <p className="kern-body">
        {report.officeName}, Berichtsjahr {report.year} ({formatDay(report.from)} bis {formatDay(report.to)}), {scope}. Alle Zahlen wurden am{' '}
        {new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(new Date(report.generatedAt))} Uhr aus den Daten berechnet.
      </p>
      <ReportTable
        caption={`Überblick ${report.year}: die Sozialräume im Vergleich`}
          wide
        rowHeader="Sozialraum"
        columns={cols}
        rows={[
          ...report.spaces.map((s, i) => ({ key: s.spaceId, label: s.name, cells: row(s, `spaces.${i}`) })),
          ...(report.space ? [] : [{ key: 'total', label: 'Alle Sozialräume', total: true, cells: row(o, 'overview') }]),
        ]}
        footnote={hiddenNote(t, [o.needs.total, o.consultations.cases, ...report.spaces.flatMap((s) => [s.needs.total, s.consultations.cases])])}
      />
      <NeedsByVoiceChart
        id={`r${report.year}-voice-chart`}
        threshold={t}
        rows={report.spaces.map((s, i) => ({ spaceId: s.spaceId, name: s.name, affected: s.needs.byVoice['affected'] ?? 0, professional: s.needs.byVoice['professional'] ?? 0, path: `spaces.${i}.needs.byVoice` }))}
      />
    </>
  );
}

/** Anhang "Wie gezählt wurde": for each table, what was counted and with which filters. */
export function ReportAppendix({ report }: { report: AnnualReport }) {
  return (
    <div className="kern-table-responsive app-table-scroll" role="region" aria-label="Tabelle: Wie gezählt wurde" tabIndex={0}>
      <table className="kern-table kern-table--small app-report-appendix">
        <caption className="kern-body app-report-caption">Wie gezählt wurde: je Tabelle, was gezählt wurde und mit welchen Filtern</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">Tabelle</th>
            <th scope="col" className="kern-table__header">Gezählt wurde</th>
            <th scope="col" className="kern-table__header">Filter</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {report.appendix.map((a) => (
            <tr key={a.table} className="kern-table__row">
              <th scope="row" className="kern-table__cell">{a.table}</th>
              <td className="kern-table__cell">{a.counted}</td>
              <td className="kern-table__cell">{a.filters}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
