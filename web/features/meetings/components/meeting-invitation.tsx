import { useState } from 'react';
import type { MeetingDetail } from '../../../../common/api/meetings';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { useInvitation, useSendInvitation } from '../hooks/use-meetings';
import './meetings.css';

/** Copies a text; tells whether the browser allowed it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The ready-to-send invitation: copy it, open it in the mail program, or (with a mail server set up) send it. */
export function MeetingInvitation({ meeting }: { meeting: MeetingDetail }) {
  const invitation = useInvitation(meeting.id);
  const send = useSendInvitation(meeting.id);
  const [note, setNote] = useState('');
  if (meeting.state === 'held' || meeting.state === 'cancelled') return null;
  return (
    <section className="app-section" aria-labelledby="meeting-invitation-heading">
      <h2 className="kern-heading-medium" id="meeting-invitation-heading">
        Einladung
      </h2>
      {invitation.isPending ? (
        <LoadingIndicator label="Einladung wird vorbereitet …" />
      ) : invitation.isError ? (
        <ErrorAlert error={invitation.error} title="Die Einladung kann nicht geladen werden" />
      ) : (
        (() => {
          const inv = invitation.data;
          const emails = inv.recipients.flatMap((r) => (r.email ? [r.email] : []));
          const without = inv.recipients.filter((r) => !r.email).map((r) => r.organizationName);
          const mailto = `mailto:?bcc=${emails.map(encodeURIComponent).join(',')}&subject=${encodeURIComponent(inv.subject)}&body=${encodeURIComponent(inv.text)}`;
          return (
            <>
              <p className="kern-body">
                Betreff: <strong>{inv.subject}</strong>
              </p>
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="meeting-invitation-text">
                  Einladungstext
                </label>
                <textarea id="meeting-invitation-text" className="kern-form-input__input app-textarea app-meeting-invitation" readOnly value={inv.text} rows={12} />
              </div>
              <p className="kern-body kern-body--small">
                {emails.length ? `${emails.length} Adressen der eingeladenen Organisationen.` : 'Keine der eingeladenen Organisationen hat eine E-Mail-Adresse.'}
                {without.length ? ` Ohne Adresse: ${without.join(', ')}.` : ''}
              </p>
              <div role="status">{note ? <Alert tone="success" title={note} role="none" /> : null}</div>
              {send.error ? <ErrorAlert error={send.error} title="Nicht versandt" /> : null}
              <ButtonRow>
                <Button
                  variant="secondary"
                  onClick={() => void copyText(`${inv.subject}\n\n${inv.text}`).then((ok) => setNote(ok ? 'Der Text ist kopiert.' : 'Kopieren ging nicht – bitte den Text markieren und kopieren.'))}
                >
                  Text kopieren
                </Button>
                <a className="kern-btn kern-btn--secondary" href={mailto}>
                  <span className="kern-label">Im E-Mail-Programm öffnen</span>
                </a>
                {inv.canSend && meeting.editable ? (
                  <Button busy={send.isPending} onClick={() => send.mutate(undefined, { onSuccess: () => setNote('Die Einladung wurde versandt.') })}>
                    Senden
                  </Button>
                ) : null}
              </ButtonRow>
            </>
          );
        })()
      )}
    </section>
  );
}
