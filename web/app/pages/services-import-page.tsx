import { Link } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { HsdsDownloads, SpreadsheetDownloads } from '../../features/services/components/import-export-links';
import { ImportHsdsForm, ImportSpreadsheetForm } from '../../features/services/components/import-panel';
import { paths } from '../paths';

export function ServicesImportPage() {
  return (
    <div className="app-stack">
      <PageHeading
        title="Angebote importieren und exportieren"
        preline="Verwaltung der Angebote"
        lead="Angebote im offenen Standard HSDS 3.0 (Open Referral) oder als Tabelle übernehmen und herausgeben – im laufenden Betrieb. Erst ein Probelauf zeigt, was neu wäre, was sich ändern würde und welche Datensätze Fehler haben."
      />
      <p className="kern-body">
        <Link className="kern-link" to={paths.manageServices}>
          Zur Liste der Angebote
        </Link>
      </p>
      <section className="app-section" aria-labelledby="import-spreadsheet-heading">
        <h2 className="kern-heading-medium" id="import-spreadsheet-heading">
          Tabelle (Excel oder CSV)
        </h2>
        <p className="kern-body">
          Für Listen aus dem Büro: eine Zeile je Angebot, deutsche Spaltenköpfe. Am einfachsten mit der Vorlage – oder die
          exportierten Angebote bearbeiten und wieder importieren.
        </p>
        <h3 className="kern-heading-small">Herunterladen</h3>
        <SpreadsheetDownloads />
        <h3 className="kern-heading-small">Importieren</h3>
        <ImportSpreadsheetForm />
      </section>
      <section className="app-section" aria-labelledby="import-hsds-heading">
        <h2 className="kern-heading-medium" id="import-hsds-heading">
          HSDS 3.0
        </h2>
        <p className="kern-body">
          Für den Austausch mit anderen Verzeichnissen: Organisationen, Angebote, Standorte und Themen mit ihren Kennungen.
          Was sozialraum nicht in eigenen Feldern führt, bleibt erhalten und kommt beim Export zurück.
        </p>
        <h3 className="kern-heading-small">Herunterladen</h3>
        <HsdsDownloads />
        <h3 className="kern-heading-small">Importieren</h3>
        <ImportHsdsForm />
      </section>
    </div>
  );
}
