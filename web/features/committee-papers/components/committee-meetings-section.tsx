import { useRef, useState } from 'react';
import type { Committee, CommitteeMeeting } from '../../../../common/api/committee-papers';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import { SelectField } from '../../../components/ui/select-field';
import { useCommitteeMeetings, useCommittees } from '../hooks/use-committee-papers';
import { formatMeetingTime, isoToBerlin } from '../../../components/format/berlin-time';
import { CommitteeMeetingForm } from './committee-meeting-form';
import { newestFirst } from './committee-meeting-values';
import { byKindAndName } from './committees-section';

const allYears = 'alle';
/** The year of a meeting in Berlin ("2026"). */
const meetingYear = (iso: string) => isoToBerlin(iso).day.slice(0, 4);

/** The committee with the most meetings (the youth welfare committee, usually), or the first by name. */
function busiest(committees: readonly Committee[], meetings: readonly CommitteeMeeting[]): Committee | undefined {
  const count = new Map<string, number>();
  for (const m of meetings) count.set(m.committeeId, (count.get(m.committeeId) ?? 0) + 1);
  return [...committees].sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0))[0];
}

type CommitteeMeetingsSectionProps = {
  canManage: boolean;
  /** The committee whose meetings are shown (from the address); empty for the one that meets most. */
  committeeId: string;
  onChooseCommittee: (committeeId: string) => void;
};

/** The meetings (Sitzungen) of one committee and year, newest first; managers plan and change them in a form above the table. */
export function CommitteeMeetingsSection({ canManage, committeeId, onChooseCommittee }: CommitteeMeetingsSectionProps) {
  const committees = useCommittees();
  // All committees' meetings at once (the paper pages use the same list): it also tells which committee meets most.
  const meetings = useCommitteeMeetings(null);
  const list = [...(committees.data ?? [])].filter((c) => c.kind === 'committee').sort(byKindAndName);
  const chosen = list.find((c) => c.id === committeeId) ?? busiest(list, meetings.data ?? []);
  const [editing, setEditing] = useState<CommitteeMeeting | 'new' | null>(null);
  // Six meetings a year add up: one year at a time (the current one, or the newest with meetings), or all.
  const [year, setYear] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const close = (text: string | null, focusId: string) => {
    setEditing(null);
    setNotice(text);
    window.setTimeout(() => (text ? noticeRef.current : document.getElementById(focusId))?.focus());
  };

  if (committees.isPending || meetings.isPending) return <LoadingIndicator label="Sitzungen werden geladen …" />;
  if (committees.isError || meetings.isError) return <ErrorAlert error={committees.error ?? meetings.error} />;
  if (!chosen) return <p className="kern-body">Sobald ein Gremium eingetragen ist, können hier seine Sitzungen geplant werden.</p>;

  const columns: Column<CommitteeMeeting>[] = [
    { key: 'name', header: 'Sitzung', rowHeader: true, cell: (m) => m.name },
    { key: 'time', header: 'Datum und Uhrzeit', cell: (m) => formatMeetingTime(m.startsAt, m.endsAt) },
    { key: 'place', header: 'Ort', cell: (m) => m.place || <span className="app-muted">–</span> },
  ];
  if (canManage) {
    columns.push({
      key: 'actions',
      header: 'Aktionen',
      cell: (m) => (
        <Button
          variant="secondary"
          id={`committee-meeting-edit-${m.id}`}
          onClick={() => {
            setNotice(null);
            setEditing(m);
          }}
        >
          <span className="app-visually-hidden">{m.name}: </span>Bearbeiten
        </Button>
      ),
    });
  }

  const all = newestFirst(meetings.data.filter((m) => m.committeeId === chosen.id));
  const years = [...new Set(all.map((m) => meetingYear(m.startsAt)))];
  const thisYear = meetingYear(new Date().toISOString());
  const shownYear = year ?? (years.includes(thisYear) ? thisYear : (years[0] ?? thisYear));
  const shown = shownYear === allYears ? all : all.filter((m) => meetingYear(m.startsAt) === shownYear);

  return (
    <div className="app-stack app-papers-stack">
      <div className="app-papers-filter">
        <SelectField
          id="committee-meetings-of"
          label="Sitzungen von"
          options={list.map((c) => ({ value: c.id, label: c.name }))}
          value={chosen.id}
          onChange={(event) => {
            setEditing(null);
            setNotice(null);
            setYear(null);
            onChooseCommittee(event.target.value);
          }}
        />
        <SelectField
          id="committee-meetings-year"
          label="Jahr"
          options={[...(years.includes(shownYear) || shownYear === allYears ? [] : [{ value: shownYear, label: shownYear }]), ...years.map((y) => ({ value: y, label: y })), { value: allYears, label: 'Alle Jahre' }]}
          value={shownYear}
          onChange={(event) => setYear(event.target.value)}
        />
      </div>
      {notice ? (
        <div className="app-focus-target" ref={noticeRef} tabIndex={-1}>
          <Alert tone="success" title={notice} />
        </div>
      ) : null}
      {canManage && editing === null ? (
        <div>
          <Button variant="secondary" id="committee-meeting-new" onClick={() => setEditing('new')}>
            Sitzung anlegen
          </Button>
        </div>
      ) : null}
      {canManage && editing !== null ? (
        <CommitteeMeetingForm
          key={editing === 'new' ? 'new' : editing.id}
          committees={list}
          meeting={editing === 'new' ? null : editing}
          committeeId={chosen.id}
          onSaved={(saved, created) => {
            if (saved.committeeId !== chosen.id) onChooseCommittee(saved.committeeId);
            setYear(meetingYear(saved.startsAt));
            close(created ? `Die Sitzung „${saved.name}“ wurde angelegt.` : `Die Sitzung „${saved.name}“ wurde gespeichert.`, 'committee-meeting-new');
          }}
          onCancel={() => close(null, editing === 'new' ? 'committee-meeting-new' : `committee-meeting-edit-${editing.id}`)}
        />
      ) : null}
      <DataTable
        caption={`Sitzungen: ${chosen.name}, ${shownYear === allYears ? 'alle Jahre' : shownYear}, die neueste zuerst`}
        rows={shown}
        rowKey={(m) => m.id}
        columns={columns}
        empty={<p className="kern-body">Für {chosen.name} sind {shownYear === allYears ? '' : `${shownYear} `}keine Sitzungen eingetragen.</p>}
      />
    </div>
  );
}
