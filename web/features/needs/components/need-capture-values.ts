import { emptyRequirements, type CreateNeedBody, type NeedRequirements } from '../../../../common/api/needs';
import type { AgeBand, NeedSource, Voice } from '../../../../common/need-terms';
import type { FieldError } from '../../../../common/problem';
import type { TargetGroup } from '../../../../common/service-terms';
import { ApiError } from '../../../components/api/api-error';

// The staff's capture form as typed, and its conversion to the API body with the checks the browser can make itself
// (the server checks them again, and the privacy guard as well).

/** Sources a person records; `public_form` is set only by the public form. */
export const staffSources = ['home_visit', 'case_closure', 'participation', 'meeting', 'other'] as const satisfies readonly NeedSource[];
export type StaffSource = (typeof staffSources)[number];

export type NeedValues = {
  spaceId: string;
  topicIds: string[];
  targetGroup: TargetGroup | '';
  ageBands: AgeBand[];
  source: StaffSource | '';
  voice: Voice | '';
  recordedOn: string;
  text: string;
  knownServiceIds: string[];
  knowsNoOffers: boolean;
  requirements: NeedRequirements;
  helpfulServiceIds: string[];
  helpfulText: string;
};

export const emptyNeedValues = (fixed: Partial<NeedValues> = {}): NeedValues => ({
  spaceId: '',
  topicIds: [],
  targetGroup: '',
  ageBands: [],
  source: '',
  voice: '',
  recordedOn: '',
  text: '',
  knownServiceIds: [],
  knowsNoOffers: false,
  requirements: { ...emptyRequirements, times: [], languages: [], atmosphere: [] },
  helpfulServiceIds: [],
  helpfulText: '',
  ...fixed,
});

export const invalidNeedInput = (fieldErrors: FieldError[]) => new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Nicht gespeichert', fieldErrors });

/** The body for POST /api/needs, or the problems that keep it from being sent. */
export function toCreateNeedBody(values: NeedValues, today: string): { body: CreateNeedBody; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (!values.spaceId) errors.push({ field: 'spaceId', message: 'Bitte einen Sozialraum wählen.' });
  if (values.topicIds.length === 0) errors.push({ field: 'topicIds', message: 'Bitte mindestens ein Thema wählen.' });
  if (!values.source) errors.push({ field: 'source', message: 'Bitte die Quelle wählen.' });
  if (!values.voice) errors.push({ field: 'voice', message: 'Bitte angeben, wessen Stimme das ist.' });
  if (values.text.trim().length < 3) errors.push({ field: 'text', message: 'Bitte beschreiben, was fehlt (mindestens 3 Zeichen).' });
  if (values.recordedOn && values.recordedOn > today) errors.push({ field: 'recordedOn', message: 'Das Datum liegt in der Zukunft.' });
  const caseClosure = values.source === 'case_closure';
  const body: CreateNeedBody = {
    spaceId: values.spaceId,
    topicIds: values.topicIds,
    targetGroup: values.targetGroup || null,
    ageBands: values.ageBands,
    // Checked above: a body with errors is never sent, the fallbacks only fill the type.
    source: values.source || 'other',
    voice: values.voice || 'affected',
    ...(values.recordedOn ? { recordedOn: values.recordedOn } : {}),
    text: values.text.trim(),
    knownServiceIds: values.knowsNoOffers ? [] : values.knownServiceIds,
    knowsNoOffers: values.knowsNoOffers,
    requirements: { ...values.requirements, text: values.requirements.text.trim() },
    // Helpful offers belong to a case closure only; switching the source away drops them.
    helpfulServiceIds: caseClosure ? values.helpfulServiceIds : [],
    helpfulText: caseClosure ? values.helpfulText.trim() : '',
  };
  return { body, errors };
}
