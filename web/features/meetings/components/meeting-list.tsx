import { useState } from 'react';
import { Link } from 'react-router';
import type { MeetingSummary } from '../../../../common/api/meetings';
import { meetingStateLabels, meetingStates, type MeetingState } from '../../../../common/meeting-terms';
import { Badge } from '../../../components/ui/badge';
import { Button } from '../../../components/ui/button';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { meetingPaths } from '../meeting-paths';
import { formatMeetingTime } from '../../../components/format/berlin-time';
import type { MeetingsFilter } from './meetings-filter';
import './meetings.css';

const stateTone: Record<MeetingState, 'info' | 'success' | 'warning' | 'danger'> = { planned: 'info', invited: 'info', held: 'success', cancelled: 'warning' };

export function MeetingStateBadge({ state }: { state: MeetingState }) {
  return <Badge tone={stateTone[state]}>{meetingStateLabels[state]}</Badge>;
}

type FiltersProps = { filter: MeetingsFilter; spaces: readonly { id: string; name: string }[]; onChange: (next: Partial<MeetingsFilter>) => void };

/** Space, state and period; every change goes into the address. */
export function MeetingFilters({ filter, spaces, onChange }: FiltersProps) {
  return (
    <form className="app-meeting-filters" aria-label="Treffen filtern" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        id="meetings-space"
        label="Sozialraum"
        options={[{ value: '', label: 'Alle Sozialräume' }, ...spaces.map((s) => ({ value: s.id, label: s.name }))]}
        value={filter.spaceId}
        onChange={(event) => onChange({ spaceId: event.target.value })}
      />
      <SelectField
        id="meetings-state"
        label="Status"
        options={[{ value: '', label: 'Alle' }, ...meetingStates.map((s) => ({ value: s, label: meetingStateLabels[s] }))]}
        value={filter.state}
        onChange={(event) => onChange({ state: event.target.value as MeetingState | '' })}
      />
      <TextField id="meetings-from" type="date" label="Von" value={filter.from} onChange={(event) => onChange({ from: event.target.value })} />
      <TextField id="meetings-to" type="date" label="Bis" value={filter.to} onChange={(event) => onChange({ to: event.target.value })} />
    </form>
  );
}

type ListProps = { id: string; title: string; meetings: readonly MeetingSummary[]; spaceNames: ReadonlyMap<string, string>; empty: string; pageSize?: number };

/** Meetings as cards: title (link), time, place, spaces, organisers, state and attendance. */
export function MeetingList({ id, title, meetings, spaceNames, empty, pageSize = 20 }: ListProps) {
  const [shown, setShown] = useState(pageSize);
  return (
    <section className="app-section" aria-labelledby={`${id}-heading`}>
      <h2 className="kern-heading-medium" id={`${id}-heading`}>
        {title} <span className="app-muted">({meetings.length})</span>
      </h2>
      {meetings.length === 0 ? (
        <p className="kern-body app-muted">{empty}</p>
      ) : (
        <ul className="app-meeting-list">
          {meetings.slice(0, shown).map((m) => (
            <li key={m.id}>
              <article className="app-meeting-card" aria-labelledby={`meeting-${m.id}`}>
                <h3 className="kern-heading-small app-meeting-card__title" id={`meeting-${m.id}`}>
                  <Link className="kern-link" to={meetingPaths.meeting(m.id)}>
                    {m.title}
                  </Link>
                </h3>
                <p className="kern-body">{formatMeetingTime(m.startsAt, m.endsAt)}</p>
                <div className="app-meeting-card__meta">
                  <MeetingStateBadge state={m.state} />
                  <span className="kern-body kern-body--small app-muted">
                    {[m.spaceIds.map((s) => spaceNames.get(s) ?? '').filter(Boolean).join(', '), m.place || (m.onlineUrl ? 'online' : '')].filter(Boolean).join(' · ')}
                  </span>
                </div>
                <p className="kern-body kern-body--small">
                  Organisation: {m.organizers.map((o) => o.name).join(', ') || '–'}
                  {m.state === 'held' ? ` · ${m.attendanceTotal} Teilnehmende, ${m.organizationCount === 1 ? '1 Organisation' : `${m.organizationCount} Organisationen`}` : ''}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
      {meetings.length > shown ? (
        <div>
          <Button variant="secondary" onClick={() => setShown((n) => n + pageSize)}>
            Weitere {Math.min(pageSize, meetings.length - shown)} anzeigen<span className="app-visually-hidden"> ({title})</span>
          </Button>
        </div>
      ) : null}
    </section>
  );
}
