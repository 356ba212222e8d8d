import type { FormEvent } from 'react';
import { teamRoles, type TeamRole } from '../../../../common/social-space-terms';
import { todayIso } from '../../../components/format/format-date';
import { parseDecimal } from '../../../components/format/format-number';
import { Alert, ErrorAlert, type FieldTargets } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, type SelectOption } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { useAddTeamMember } from '../hooks/use-team';
import { useAddForm } from '../hooks/use-add-form';
import type { FieldProblem } from './form-errors';
import { choose, teamRoleOptions } from './network-labels';

const fields: FieldTargets = {
  personName: { label: 'Name', targetId: 'team-add-name' },
  teamRole: { label: 'Rolle im Team', targetId: 'team-add-role' },
  organizationId: { label: 'Organisation', targetId: 'team-add-organization' },
  userId: { label: 'Konto', targetId: 'team-add-account' },
  validFrom: { label: 'Von', targetId: 'team-add-from' },
  validTo: { label: 'Bis', targetId: 'team-add-to' },
  fte: { label: 'Stellenanteil', targetId: 'team-add-fte' },
};

type Values = { personName: string; teamRole: string; organizationId: string; userId: string; validFrom: string; validTo: string; fte: string };

const emptyValues = (): Values => ({ personName: '', teamRole: '', organizationId: '', userId: '', validFrom: todayIso(), validTo: '', fte: '' });

const isTeamRole = (value: string): value is TeamRole => (teamRoles as readonly string[]).includes(value);

type AddTeamMemberFormProps = {
  spaceId: string;
  organizations: SelectOption[];
  /** The office's accounts, to link the person to one; null when the viewer may not list accounts (only admins may). */
  accounts: SelectOption[] | null;
};

/** "Person aufnehmen": a person joins the space's team with a team role, from a date. */
export function AddTeamMemberForm({ spaceId, organizations, accounts }: AddTeamMemberFormProps) {
  const add = useAddTeamMember(spaceId);
  const { values, set, error, errors, added, refuse, succeed } = useAddForm(emptyValues, add);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const wrong: FieldProblem[] = [];
    if (!values.personName.trim()) wrong.push({ field: 'personName', message: 'Bitte den Namen der Fachkraft angeben.' });
    if (!isTeamRole(values.teamRole)) wrong.push({ field: 'teamRole', message: 'Bitte eine Rolle im Team wählen.' });
    if (!values.validFrom) wrong.push({ field: 'validFrom', message: 'Bitte angeben, ab wann die Person im Team ist.' });
    const fte = values.fte.trim() ? parseDecimal(values.fte) : null;
    if (values.fte.trim() && (fte === null || fte <= 0 || fte > 1)) {
      wrong.push({ field: 'fte', message: 'Eine Zahl größer als 0 und höchstens 1, z. B. 0,5.' });
    }
    if (refuse(wrong) || !isTeamRole(values.teamRole)) return;
    const name = values.personName.trim();
    add.mutate(
      {
        spaceId,
        personName: name,
        teamRole: values.teamRole,
        organizationId: values.organizationId || null,
        userId: values.userId || null,
        validFrom: values.validFrom,
        validTo: values.validTo || null,
        fte,
      },
      {
        onSuccess: () => succeed(name),
      },
    );
  };

  return (
    <form className="app-form app-narrow app-subform" noValidate onSubmit={submit} aria-labelledby="team-add-heading">
      <h3 className="kern-heading-small" id="team-add-heading">
        Person aufnehmen
      </h3>
      {added ? <Alert tone="success" title={`${added} ist ins Team aufgenommen.`} /> : null}
      {error ? <ErrorAlert error={error} fields={fields} title="Nicht aufgenommen" /> : null}
      <TextField
        id="team-add-name"
        name="personName"
        label="Name"
        hint="Vor- und Nachname der Fachkraft."
        autoComplete="off"
        value={values.personName}
        onChange={set('personName')}
        error={errors.personName}
      />
      <SelectField
        id="team-add-role"
        name="teamRole"
        label="Rolle im Team"
        options={[choose(), ...teamRoleOptions]}
        value={values.teamRole}
        onChange={set('teamRole')}
        error={errors.teamRole}
      />
      <SelectField
        id="team-add-organization"
        name="organizationId"
        label="Organisation"
        optional
        hint="Wo die Person angestellt ist, z. B. der ASD oder ein freier Träger."
        options={[choose('keine Angabe'), ...organizations]}
        value={values.organizationId}
        onChange={set('organizationId')}
        error={errors.organizationId}
      />
      {accounts ? (
        <SelectField
          id="team-add-account"
          name="userId"
          label="Konto"
          optional
          hint="Mit einem Konto sieht die Person Team und Verträge dieses Sozialraums."
          options={[choose('kein Konto'), ...accounts]}
          value={values.userId}
          onChange={set('userId')}
          error={errors.userId}
        />
      ) : null}
      <div className="app-field-row">
        <TextField id="team-add-from" name="validFrom" label="Von" type="date" value={values.validFrom} onChange={set('validFrom')} error={errors.validFrom} />
        <TextField
          id="team-add-to"
          name="validTo"
          label="Bis"
          optional
          type="date"
          value={values.validTo}
          onChange={set('validTo')}
          error={errors.validTo}
        />
      </div>
      <TextField
        id="team-add-fte"
        name="fte"
        label="Stellenanteil"
        optional
        hint="Anteil einer vollen Stelle in diesem Sozialraum, z. B. 0,5."
        inputMode="decimal"
        autoComplete="off"
        value={values.fte}
        onChange={set('fte')}
        error={errors.fte}
      />
      <div>
        <Button type="submit" busy={add.isPending}>
          Person aufnehmen
        </Button>
      </div>
    </form>
  );
}
