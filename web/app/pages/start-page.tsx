import { Link } from 'react-router';
import { Badge } from '../../components/ui/badge';
import { ButtonLink } from '../../components/ui/button';
import { PageHeading } from '../../components/ui/page-heading';
import { formatRoles } from '../../features/accounts/components/role-labels';
import { hasAnyRole, isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { StaleServicesNotice } from '../../features/services/components/stale-services-notice';
import { projectPaths } from '../../features/projects/project-paths';
import { consultationPaths } from '../../features/case-consultations/consultation-paths';
import { meetingPaths } from '../../features/meetings/meeting-paths';
import { networkAnalysisPaths } from '../../features/network-analysis/network-analysis-paths';
import { reportPaths } from '../../features/annual-report/report-paths';
import { paths } from '../paths';
import { gapReaderRoles, meetingRoles, needRecorderRoles, networkAnalysisReaderRoles, reportReaderRoles, serviceEditorRoles, spaceManagerRoles } from '../roles';

const available = [
  {
    name: 'Angebotslandkarte',
    to: paths.services,
    text: 'Welche Gruppen, Kurse, Beratungen und Vereinsangebote gibt es im Sozialraum? Karte und Liste für Familien und Fachkräfte, mit Suche, Filtern und dem Datum der letzten Prüfung – auch auf Englisch.',
  },
  {
    name: 'Sozialräume',
    to: paths.socialSpaces,
    text: 'Die Sozialräume der Stadt auf einer Karte und als Liste: Grenzen, Kürzel, Einwohnerzahl und eine Seite für jeden Sozialraum.',
  },
  {
    name: 'Organisationen',
    to: paths.organizations,
    text: 'Jugendamt, freie Träger, Schulen, Kitas und Vereine, die in den Sozialräumen mitarbeiten – mit Anschrift, Website und ihren Sozialräumen.',
  },
];

/** Needs: the staff open their list; everyone else the anonymous form ("Was fehlt Ihnen in Ihrem Stadtteil?"). */
const needModules = (recorder: boolean) => [
  {
    name: 'Bedarfe',
    to: recorder ? paths.needs : paths.publicNeed,
    text: 'Was fehlt? Bedarfe, die Familien, Kinder und Jugendliche selbst benennen oder Fachkräfte einschätzen – anonym erfasst, auch online in sechs Sprachen, und den vorhandenen Angeboten gegenübergestellt.',
  },
  {
    name: 'Lückenanalyse',
    to: paths.gaps,
    text: 'Wo fehlt was? Sozialräume und Themen als Tabelle: fehlt, unbekannt oder passt nicht – getrennt nach der Stimme der Betroffenen und der Fachkräfte, mit CSV-Export.',
  },
];

const budgetModule = {
  name: 'Haushalt',
  to: paths.budget,
  text: 'Das Budget jedes Sozialraums und Jahres: Haushaltspositionen, Buchungen und Stornos, nie überschritten – nachvollziehbar bis auf den Cent, mit CSV für die Stadtkasse.',
};

const projectModule = {
  name: 'Projekte und Maßnahmen',
  to: projectPaths.projects,
  text: 'Projekte und Maßnahmen aus dem Budget des Sozialraums planen, Mittel für sie binden und ihre Erfolge und Schwierigkeiten festhalten – mit den Bedarfen, auf die sie antworten.',
};

const networkAnalysisModule = {
  name: 'Viele Schultern und Netzwerkkarte',
  to: networkAnalysisPaths.manyShoulders,
  text: 'Wer die Netzwerkarbeit eines Sozialraums trägt – mit einer Warnung, wenn eine Person mehr als die Hälfte trägt – und welche Organisationen zusammenarbeiten und wer noch fehlt, als Karte und Tabelle.',
};

/** Network meetings and collegial consultations: staff open the meetings, everyone else the consultations' figures. */
const meetingModule = (staff: boolean) => ({
  name: 'Netzwerktreffen und Kollegiale Beratung',
  to: staff ? meetingPaths.meetings : consultationPaths.consultations,
  text: 'Treffen im Sozialraum reihum organisieren, einladen und festhalten – mit Tagesordnung, Teilnahme, Beschlüssen und Kalender-Abonnement; dazu die Kollegiale Beratung: Fälle werden gezählt, nie benannt, fehlende Rollen markiert.',
});

const reportModule = {
  name: 'Jahresbericht',
  to: reportPaths.report,
  text: 'Der Bericht zur Sozialraumorientierung an den Jugendhilfeausschuss: die Zahlen eines Jahres aus allen Bereichen, mit Diagrammen, den Texten des Teams und dem Nachweis, wie gezählt wurde – kleine Anzahlen erscheinen als „< 5“.',
};


export function StartPage() {
  const { data: account } = useMe();
  const admin = isAdmin(account);
  const canManageSpaces = hasAnyRole(account, spaceManagerRoles);
  const canEditServices = hasAnyRole(account, serviceEditorRoles);
  const canRecordNeeds = hasAnyRole(account, needRecorderRoles);
  const canReadGaps = hasAnyRole(account, gapReaderRoles);
  const canReadNetworkAnalysis = hasAnyRole(account, networkAnalysisReaderRoles);
  const canReadReport = hasAnyRole(account, reportReaderRoles);
  return (
    <div className="app-stack">
      <PageHeading
        title="Willkommen bei sozialraum"
        documentTitle="Start"
        lead={
          'sozialraum unterstützt das Jugendamt, die freien Träger und die Teams in den Sozialräumen bei der ' +
          'sozialraumorientierten Jugendhilfe: sehen, was es gibt, hören, was fehlt, und gemeinsam planen, was daraus wird.'
        }
      />

      {/* Right after sign-in, before anything else: offers waiting for their editors' check. */}
      <StaleServicesNotice enabled={canEditServices} listPath={paths.staleServices} />

      {account ? (
        <section className="app-section" aria-labelledby="session-heading">
          <h2 className="kern-heading-medium" id="session-heading">
            Angemeldet
          </h2>
          <p className="kern-body">
            Sie sind angemeldet als <strong>{account.user.displayName}</strong> ({formatRoles(account.user.roles)}),
            Jugendamt: <strong>{account.office.name}</strong>.
          </p>
        </section>
      ) : (
        <section className="app-section" aria-labelledby="sign-in-heading">
          <h2 className="kern-heading-medium" id="sign-in-heading">
            Anmeldung
          </h2>
          <p className="kern-body">Melden Sie sich mit Ihrem dienstlichen Konto an, um sozialraum zu nutzen.</p>
          <div>
            <ButtonLink to={paths.signIn}>Zur Anmeldung</ButtonLink>
          </div>
        </section>
      )}

      {canEditServices ? (
        <section className="app-section" aria-labelledby="services-staff-heading">
          <h2 className="kern-heading-medium" id="services-staff-heading">
            Angebote pflegen
          </h2>
          <ul className="kern-list kern-list--bullet">
            <li>
              <Link className="kern-link" to={paths.manageServices}>
                Angebote verwalten
              </Link>{' '}
              – alle Angebote, die Sie bearbeiten dürfen, in jedem Status
            </li>
            <li>
              <Link className="kern-link" to={paths.newService}>
                Neues Angebot anlegen
              </Link>
            </li>
            <li>
              <Link className="kern-link" to={paths.staleServices}>
                Nicht mehr geprüfte Angebote
              </Link>{' '}
              – prüfen und als aktuell bestätigen
            </li>
            {admin ? (
              <>
                <li>
                  <Link className="kern-link" to={paths.topics}>
                    Themen und Prüfintervall
                  </Link>
                </li>
                <li>
                  <Link className="kern-link" to={paths.servicesImport}>
                    Angebote importieren und exportieren
                  </Link>{' '}
                  – HSDS 3.0, Excel und CSV
                </li>
              </>
            ) : null}
          </ul>
        </section>
      ) : null}

      {canRecordNeeds || canReadGaps ? (
        <section className="app-section" aria-labelledby="needs-staff-heading">
          <h2 className="kern-heading-medium" id="needs-staff-heading">
            Bedarfe und Lücken
          </h2>
          <ul className="kern-list kern-list--bullet">
            {canRecordNeeds ? (
              <>
                <li>
                  <Link className="kern-link" to={paths.needs}>
                    Bedarfe
                  </Link>{' '}
                  – Liste mit Filtern, Lücken bestätigen oder korrigieren, an Angebote vermitteln
                </li>
                <li>
                  <Link className="kern-link" to={paths.newNeed}>
                    Bedarf erfassen
                  </Link>
                </li>
                <li>
                  <Link className="kern-link" to={paths.homeVisit}>
                    Hausbesuch
                  </Link>{' '}
                  – die drei Fragen in den Worten der Familie, in unter einer Minute
                </li>
                <li>
                  <Link className="kern-link" to={paths.needsReview}>
                    Online-Meldungen prüfen
                  </Link>{' '}
                  – Einträge aus dem öffentlichen Formular annehmen oder ablehnen
                </li>
              </>
            ) : null}
            <li>
              <Link className="kern-link" to={paths.gaps}>
                Lückenanalyse
              </Link>{' '}
              – Sozialräume und Themen auf einen Blick{canRecordNeeds ? '' : ' (nur Summen)'}
            </li>
          </ul>
        </section>
      ) : null}

      {canManageSpaces ? (
        <section className="app-section" aria-labelledby="admin-heading">
          <h2 className="kern-heading-medium" id="admin-heading">
            Verwaltung
          </h2>
          <ul className="kern-list kern-list--bullet">
            <li>
              <Link className="kern-link" to={paths.manageSocialSpaces}>
                Sozialräume verwalten
              </Link>{' '}
              – anlegen, aus GeoJSON importieren{admin ? ', Region des Jugendamts' : ''}
            </li>
            {admin ? (
              <>
                <li>
                  <Link className="kern-link" to={paths.users}>
                    Konten verwalten
                  </Link>{' '}
                  – anlegen, Rollen zuweisen, deaktivieren, Sicherung herunterladen
                </li>
                <li>
                  <Link className="kern-link" to={paths.audit}>
                    Protokoll ansehen
                  </Link>{' '}
                  – wer hat wann was geändert
                </li>
              </>
            ) : null}
          </ul>
        </section>
      ) : null}

      <section className="app-section" aria-labelledby="modules-heading">
        <h2 className="kern-heading-medium" id="modules-heading">
          Was sozialraum kann und können wird
        </h2>
        <p className="kern-body">
          Die Fachmodule kommen Schritt für Schritt hinzu. Heute gibt es die Angebotslandkarte mit allen Angeboten, die
          Sozialräume mit Karte, die Organisationen, Teams und Verträge der Sozialräume, das Organisationsmodell, die
          Bedarfe mit der Lückenanalyse, die Projekte und Maßnahmen, den Haushalt der Sozialräume, die Netzwerktreffen mit der Kollegialen Beratung, den Jahresbericht an den Jugendhilfeausschuss, die Anmeldung, die Verwaltung der Konten und das Änderungsprotokoll.
        </p>
        <ul className="app-module-list">
          {[...available, ...needModules(canRecordNeeds), projectModule, budgetModule, meetingModule(hasAnyRole(account, meetingRoles)), ...(canReadNetworkAnalysis ? [networkAnalysisModule] : []), ...(canReadReport ? [reportModule] : [])].map((m) => (
            <li key={m.name} className="app-module app-module--available">
              <h3 className="kern-heading-small">
                <Link className="kern-link" to={m.to}>
                  {m.name}
                </Link>
              </h3>
              <p className="kern-body">{m.text}</p>
              <Badge tone="success">verfügbar</Badge>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
