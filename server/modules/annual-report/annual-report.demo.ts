import type { DemoContext } from '../../platform/module';
import { reportTextBlocks } from './annual-report.tables';

/**
 * The closing texts of last year's report as the department head wrote them (two versions of the summary, so the
 * history shows), and a first draft for the current year. No family appears in them: they passed the privacy guard.
 */
export async function seedAnnualReport(ctx: DemoContext): Promise<void> {
  const last = ctx.currentYear - 1;
  const block = (year: number, key: string, version: number, text: string) => ({ officeId: ctx.officeId, year, spaceId: null, key, version, text });
  await ctx.tx.insert(reportTextBlocks).values([
    block(last, 'summary', 1, 'Die Sozialraumorientierung trägt: In allen fünf Sozialräumen haben sich die Netzwerke regelmäßig getroffen.'),
    block(
      last,
      'summary',
      2,
      'Die Sozialraumorientierung trägt: In allen fünf Sozialräumen haben sich die Netzwerke regelmäßig getroffen, und mehr Hilfen als früher wurden im Sozialraum selbst gefunden. Die Mittel für Netzwerkarbeit sind in Projekte geflossen, die Familien selbst angestoßen haben.',
    ),
    block(
      last,
      'successes',
      1,
      'Die Kochgruppe der Eltern läuft seit Jahren und wird von den Eltern mitorganisiert. Das inklusive Fußballtraining hat neue Trainerinnen und Trainer gewonnen. In der kollegialen Beratung fanden sich häufiger niedrigschwellige Angebote im Sozialraum.',
    ),
    block(
      last,
      'difficulties',
      1,
      'In Harksheide ruht die Netzwerkarbeit auf zu wenigen Schultern: Die Organisation der Treffen liegt fast ganz bei einer Person. In Norderstedt-Mitte ist kein Sportverein an das Netzwerk angebunden. Stationäre Träger fehlten öfter in der kollegialen Beratung.',
    ),
    block(last, 'outlook', 1, 'Die Organisation der Netzwerktreffen soll reihum gehen. Mit den Sportvereinen in Norderstedt-Mitte wird ein neuer Anlauf genommen.'),
    block(ctx.currentYear, 'summary', 1, 'Entwurf: Die Netzwerke haben sich weiter gefestigt; die Auswertung des Jahres folgt nach dem Jahresabschluss.'),
  ]);
}
