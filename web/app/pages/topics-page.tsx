import { PageHeading } from '../../components/ui/page-heading';
import { StalePeriodForm } from '../../features/services/components/stale-period-form';
import { TopicsEditor } from '../../features/services/components/topics-editor';

export function TopicsPage() {
  return (
    <div className="app-stack">
      <PageHeading
        title="Themen und Prüfintervall"
        preline="Verwaltung der Angebote"
        lead="Die Themen ordnen Angebote und Bedarfe; Familien filtern die Angebotslandkarte danach. Ein Thema mit Angeboten oder Unterthemen lässt sich nicht löschen."
      />
      <TopicsEditor />
      <section className="app-section" aria-labelledby="stale-period-heading" id="pruefintervall">
        <h2 className="kern-heading-medium" id="stale-period-heading">
          Prüfintervall
        </h2>
        <StalePeriodForm />
      </section>
    </div>
  );
}
