import type { ReactNode } from 'react';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import type { RecorderSpaces } from '../hooks/use-recorder-spaces';

type RecorderSpacesGateProps = { recorder: RecorderSpaces; children: ReactNode };

/** Shows a capture form (`children`) once the recorder's spaces are loaded, and says why not when there are none. */
export function RecorderSpacesGate({ recorder, children }: RecorderSpacesGateProps) {
  if (recorder.isPending) return <LoadingIndicator label="Formular wird vorbereitet …" />;
  if (recorder.error) return <ErrorAlert error={recorder.error} title="Das Formular kann nicht geladen werden" />;
  if (recorder.spaces.length === 0) {
    return (
      <Alert tone="warning" title="Kein Sozialraum">
        <p className="kern-body">
          Sie gehören derzeit zu keinem Sozialraumteam. Bedarfe erfassen Teammitglieder für ihre Sozialräume; bitte wenden Sie sich an die
          Fachbereichsleitung.
        </p>
      </Alert>
    );
  }
  return children;
}
