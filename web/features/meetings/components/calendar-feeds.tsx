import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import type { createdCalendarFeed } from '../../../../common/api/meetings';
import { fieldErrorsOf } from '../../../components/api/api-error';
import { formatDate } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { useCalendarFeeds, useCreateCalendarFeed, useRevokeCalendarFeed } from '../hooks/use-meetings';
import { copyText } from './meeting-invitation';
import './meetings.css';

type Created = z.infer<typeof createdCalendarFeed>;

/**
 * Calendar subscriptions: a feed of a space's meetings or of one's own, for Outlook, Thunderbird or Apple Calendar.
 * The address carries a secret key and is shown once; a feed can be revoked.
 */
export function CalendarFeeds({ spaces, defaultSpaceId }: { spaces: readonly { id: string; name: string }[]; defaultSpaceId?: string | undefined }) {
  const feeds = useCalendarFeeds();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [choice, setChoice] = useState(defaultSpaceId ? `space:${defaultSpaceId}` : 'user');
  const [created, setCreated] = useState<Created | null>(null);
  const [note, setNote] = useState('');
  const errors = fieldErrorsOf(create.error);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setNote('');
    const body = choice === 'user' ? { scope: 'user' as const } : { scope: 'space' as const, spaceId: choice.slice('space:'.length) };
    create.mutate(body, { onSuccess: (feed) => setCreated(feed) });
  };

  return (
    <section className="app-section" aria-labelledby="calendar-feeds-heading">
      <h2 className="kern-heading-medium" id="calendar-feeds-heading">
        Kalender abonnieren
      </h2>
      <p className="kern-body">
        Die Netzwerktreffen erscheinen in Ihrem Kalenderprogramm und bleiben dort aktuell. Die Adresse enthält einen geheimen Schlüssel: geben Sie sie
        nicht weiter. Wer sie kennt, sieht die Termine ohne Anmeldung.
      </p>
      <form className="app-meeting-subform" aria-label="Kalender abonnieren" noValidate onSubmit={submit}>
        {create.error && !errors.spaceId && !errors.scope ? <ErrorAlert error={create.error} title="Nicht angelegt" /> : null}
        <SelectField
          id="calendar-feed-scope"
          label="Welche Termine?"
          options={[{ value: 'user', label: 'Meine Treffen (die ich organisiere oder in meinen Sozialräumen)' }, ...spaces.map((s) => ({ value: `space:${s.id}`, label: `Alle Treffen in ${s.name}` }))]}
          value={choice}
          onChange={(event) => setChoice(event.target.value)}
          error={errors.spaceId ?? errors.scope}
        />
        <ButtonRow>
          <Button type="submit" busy={create.isPending}>
            Kalender-Adresse erzeugen
          </Button>
        </ButtonRow>
        {created ? (
          <div role="status">
            <Alert tone="success" title="Ihre Kalender-Adresse" role="none">
              <div className="kern-form-input">
                <label className="kern-label" htmlFor="calendar-feed-url">
                  Adresse für „{created.label}“ (wird nur jetzt angezeigt)
                </label>
                <input id="calendar-feed-url" className="kern-form-input__input app-meeting-feed-url" readOnly value={created.url} onFocus={(event) => event.target.select()} />
              </div>
              <ButtonRow>
                <Button variant="secondary" onClick={() => void copyText(created.url).then((ok) => setNote(ok ? 'Die Adresse ist kopiert.' : 'Kopieren ging nicht – bitte die Adresse markieren und kopieren.'))}>
                  Adresse kopieren
                </Button>
              </ButtonRow>
              {note ? <p className="kern-body">{note}</p> : null}
              <ul className="kern-list kern-list--bullet">
                <li className="kern-body">Outlook: Kalender hinzufügen → Aus dem Internet abonnieren → Adresse einfügen.</li>
                <li className="kern-body">Thunderbird: Neuer Kalender → Im Netzwerk → Adresse einfügen.</li>
                <li className="kern-body">Apple Kalender: Ablage → Neues Kalenderabonnement → Adresse einfügen.</li>
              </ul>
            </Alert>
          </div>
        ) : null}
      </form>

      <h3 className="kern-heading-small">Meine Kalender-Abonnements</h3>
      {revoke.error ? <ErrorAlert error={revoke.error} title="Nicht widerrufen" /> : null}
      {feeds.isPending ? (
        <LoadingIndicator label="Abonnements werden geladen …" />
      ) : feeds.isError ? (
        <ErrorAlert error={feeds.error} />
      ) : feeds.data.length === 0 ? (
        <p className="kern-body app-muted">Noch keine.</p>
      ) : (
        <ul className="app-meeting-decisions" aria-label="Meine Kalender-Abonnements">
          {feeds.data.map((f) => (
            <li key={f.id}>
              <p className="kern-body">
                <strong>{f.label}</strong> · Schlüssel endet auf „{f.tokenHint}“ · angelegt am {formatDate(f.createdAt)}
                {f.revokedAt ? ` · widerrufen am ${formatDate(f.revokedAt)}` : ''}
              </p>
              {f.revokedAt ? null : (
                <div>
                  <Button variant="secondary" busy={revoke.isPending} onClick={() => revoke.mutate(f.id, { onSuccess: () => setCreated((c) => (c?.id === f.id ? null : c)) })}>
                    Widerrufen<span className="app-visually-hidden">: {f.label}</span>
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
