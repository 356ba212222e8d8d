import { useRef, useState } from 'react';
import type { TeamMembership } from '../../../../common/api/network';
import { teamRoleLabels, teamRoles } from '../../../../common/social-space-terms';
import { formatDay, todayIso } from '../../../components/format/format-date';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { LoadingIndicator } from '../../../components/ui/loading-indicator';
import type { SelectOption } from '../../../components/ui/select-field';
import { useOrganizations } from '../hooks/use-organizations';
import { useChangeTeamMember, useRemoveTeamMember, useTeam } from '../hooks/use-team';
import { AddTeamMemberForm } from './add-team-member-form';
import { ConfirmRemoval } from './confirm-removal';
import { formatFte, formatPeriod, periodState } from './network-labels';

type TeamPanelProps = {
  space: { id: string; name: string };
  /** Managers add people, end memberships and delete wrong entries. */
  canManage: boolean;
  /** Accounts to link a new member to; null hides the choice (only admins may list accounts). */
  accounts: SelectOption[] | null;
};

const byRoleAndName = (a: TeamMembership, b: TeamMembership) =>
  teamRoles.indexOf(a.teamRole) - teamRoles.indexOf(b.teamRole) || a.personName.localeCompare(b.personName, 'de');

/**
 * The team of a space: who works in it today, with team role, organisation and share of a position; earlier members
 * behind a disclosure. Mount it only for viewers who may read the team (the server's answer decides).
 */
export function TeamPanel({ space, canManage, accounts }: TeamPanelProps) {
  const team = useTeam(space.id);
  const organizations = useOrganizations({}, { enabled: canManage });
  const change = useChangeTeamMember(space.id);
  const remove = useRemoveTeamMember(space.id);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<TeamMembership | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const today = todayIso();

  const announce = (text: string) => {
    setNotice(text);
    // The row the button was in moves or goes: focus goes to the message that says what happened.
    window.setTimeout(() => noticeRef.current?.focus());
  };

  const end = (member: TeamMembership) => {
    if (change.isPending) return;
    remove.reset();
    setRemoving(null);
    change.mutate(
      { id: member.id, body: { validTo: today } },
      { onSuccess: () => announce(`Die Mitgliedschaft von ${member.personName} endet am ${formatDay(today)}.`) },
    );
  };

  if (team.isPending) return <LoadingIndicator label="Team wird geladen …" />;
  if (team.isError) return <ErrorAlert error={team.error} />;

  const members = [...team.data].sort(byRoleAndName);
  const current = members.filter((m) => periodState(m, today) !== 'past');
  const former = members.filter((m) => periodState(m, today) === 'past');

  const columns = (past: boolean): Column<TeamMembership>[] => {
    const list: Column<TeamMembership>[] = [
      { key: 'name', header: 'Name', rowHeader: true, cell: (m) => m.personName },
      { key: 'role', header: 'Rolle im Team', cell: (m) => teamRoleLabels[m.teamRole] },
      { key: 'organization', header: 'Organisation', cell: (m) => m.organizationName ?? <span className="app-muted">keine Angabe</span> },
      { key: 'fte', header: 'Stellenanteil', numeric: true, cell: (m) => (m.fte === null ? <span className="app-muted">{formatFte(null)}</span> : formatFte(m.fte)) },
      { key: 'period', header: past ? 'Zeitraum' : 'Seit', cell: (m) => (past ? formatPeriod(m, today) : periodText(m, today)) },
    ];
    if (canManage) {
      list.push({
        key: 'actions',
        header: 'Aktionen',
        cell: (m) => (
          <span className="app-row-actions">
            {!past && periodState(m, today) === 'current' && (m.validTo === null || m.validTo > today) ? (
              <Button variant="secondary" busy={change.isPending} onClick={() => end(m)}>
                <span className="app-visually-hidden">{m.personName}: </span>Beenden
              </Button>
            ) : null}
            <Button
              variant="tertiary"
              id={`team-remove-${m.id}`}
              onClick={() => {
                remove.reset();
                setNotice(null);
                setRemoving(m);
              }}
            >
              <span className="app-visually-hidden">{m.personName}: </span>Löschen
            </Button>
          </span>
        ),
      });
    }
    return list;
  };

  return (
    <div className="app-section">
      <div className="app-focus-target" ref={noticeRef} tabIndex={-1}>
        {notice ? <Alert tone="success" title={notice} /> : null}
      </div>
      {change.error ? <ErrorAlert error={change.error} title="Nicht beendet" /> : null}
      <DataTable
        caption={`Team von ${space.name} heute`}
        captionHidden
        rows={current}
        rowKey={(m) => m.id}
        empty={<p className="kern-body">Zurzeit gehört niemand zum Team.</p>}
        columns={columns(false)}
      />
      {former.length > 0 ? (
        <details className="app-details app-disclosure">
          <summary className="app-details__summary kern-body">
            Frühere Mitglieder anzeigen ({former.length})
          </summary>
          <div className="app-details__body">
            <DataTable caption={`Frühere Mitglieder des Teams von ${space.name}`} captionHidden rows={former} rowKey={(m) => m.id} columns={columns(true)} />
          </div>
        </details>
      ) : null}
      {removing ? (
        <ConfirmRemoval
          id="team-remove-confirm"
          title={`${removing.personName} (${teamRoleLabels[removing.teamRole]}) aus dem Team löschen?`}
          busy={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(removing.id, {
              onSuccess: () => {
                setRemoving(null);
                announce(`${removing.personName} ist aus dem Team gelöscht.`);
              },
            })
          }
          onCancel={() => {
            const id = removing.id;
            setRemoving(null);
            window.setTimeout(() => document.getElementById(`team-remove-${id}`)?.focus());
          }}
        >
          <p className="kern-body">
            Löschen ist für falsch erfasste Einträge gedacht: Die Mitgliedschaft verschwindet, auch aus früheren Jahren.
            Wenn die Person das Team verlässt, wählen Sie stattdessen „Beenden“.
          </p>
        </ConfirmRemoval>
      ) : null}
      {canManage ? (
        <AddTeamMemberForm
          spaceId={space.id}
          organizations={(organizations.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          accounts={accounts}
        />
      ) : null}
    </div>
  );
}

/** "01.01.2015", or for someone who starts later "ab 01.01.2030"; an end already set follows ("bis …"). */
function periodText(member: TeamMembership, today: string): string {
  const start = member.validFrom > today ? `ab ${formatDay(member.validFrom)}` : formatDay(member.validFrom);
  return member.validTo === null ? start : `${start}, bis ${formatDay(member.validTo)}`;
}
