import type { ServiceDetail } from '../../../../common/api/services';
import {
  commonLanguages,
  serviceStatuses,
  type LowThresholdTrait,
  type ServiceStatus,
  type TargetGroup,
  type Weekday,
} from '../../../../common/service-terms';
import { ApiError } from '../../../components/api/api-error';
import { formatDecimal, parseDecimal } from '../../../components/format/format-number';
import type { CreateServiceInput, UpdateServiceInput } from '../api/services-admin-api';

/** A problem found before sending, in the shape of the server's field errors. */
export type FieldProblem = { field: string; message: string };

/** Problems found in the browser, shown exactly like a refused request. */
export const invalidInput = (fieldErrors: FieldProblem[]) => new ApiError({ status: 400, code: 'INVALID_INPUT', title: 'Ungültige Eingabe', fieldErrors });

// The fields of an offer as typed: strings and lists, checked and converted only on submit. Rows carry a key of
// their own so that removing one in the middle does not hand its text to the next.

export type LocationValues = {
  key: string;
  id: string | undefined;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  lon: string;
  lat: string;
  spaceByHand: boolean;
  spaceId: string;
};

export type ScheduleValues = {
  key: string;
  days: Weekday[];
  opensAt: string;
  closesAt: string;
  description: string;
  // Not in the form; kept so that saving does not drop what an import brought.
  validFrom: string | null;
  validTo: string | null;
};

export type PhoneValues = { key: string; number: string; description: string };

export type ServiceValues = {
  organizationId: string;
  name: string;
  alternateName: string;
  description: string;
  url: string;
  email: string;
  status: ServiceStatus;
  minimumAge: string;
  maximumAge: string;
  topicIds: string[];
  targetGroups: TargetGroup[];
  traits: LowThresholdTrait[];
  languages: string[];
  /** Languages outside the common list, as ISO codes separated by commas. */
  otherLanguages: string;
  keywords: string;
  spacesByHand: boolean;
  spaceIds: string[];
  locations: LocationValues[];
  schedules: ScheduleValues[];
  phones: PhoneValues[];
  feesDescription: string;
  applicationProcess: string;
  eligibilityDescription: string;
  alert: string;
};

let counter = 0;
/** A key for a new row of a repeated group (locations, opening times, phones). */
export const rowKey = () => `row-${(counter += 1)}`;

export const emptyLocation = (): LocationValues => ({
  key: rowKey(),
  id: undefined,
  name: '',
  street: '',
  postalCode: '',
  city: '',
  lon: '',
  lat: '',
  spaceByHand: false,
  spaceId: '',
});

export const emptySchedule = (): ScheduleValues => ({ key: rowKey(), days: [], opensAt: '', closesAt: '', description: '', validFrom: null, validTo: null });

export const emptyPhone = (): PhoneValues => ({ key: rowKey(), number: '', description: '' });

export const emptyServiceValues = (organizationId = ''): ServiceValues => ({
  organizationId,
  name: '',
  alternateName: '',
  description: '',
  url: '',
  email: '',
  status: 'active',
  minimumAge: '',
  maximumAge: '',
  topicIds: [],
  targetGroups: [],
  traits: [],
  languages: [],
  otherLanguages: '',
  keywords: '',
  spacesByHand: false,
  spaceIds: [],
  locations: [emptyLocation()],
  schedules: [],
  phones: [],
  feesDescription: '',
  applicationProcess: '',
  eligibilityDescription: '',
  alert: '',
});

const isStatus = (value: string): value is ServiceStatus => (serviceStatuses as readonly string[]).includes(value);

export function serviceValues(s: ServiceDetail): ServiceValues {
  return {
    organizationId: s.organization.id,
    name: s.name,
    alternateName: s.alternateName ?? '',
    description: s.description,
    url: s.url ?? '',
    email: s.email ?? '',
    status: isStatus(s.status) ? s.status : 'active',
    minimumAge: s.minimumAge === null ? '' : String(s.minimumAge),
    maximumAge: s.maximumAge === null ? '' : String(s.maximumAge),
    topicIds: s.topics.map((t) => t.id),
    targetGroups: s.targetGroups as TargetGroup[],
    traits: s.traits as LowThresholdTrait[],
    languages: s.languages.filter((code) => commonLanguages[code]),
    otherLanguages: s.languages.filter((code) => !commonLanguages[code]).join(', '),
    keywords: s.keywords.join(', '),
    spacesByHand: s.spacesSetByHand,
    spaceIds: s.spacesSetByHand ? s.spaceIds : [],
    locations: s.locations.map((l) => ({
      key: rowKey(),
      id: l.id,
      name: l.name ?? '',
      street: l.street ?? '',
      postalCode: l.postalCode ?? '',
      city: l.city ?? '',
      lon: l.point ? formatDecimal(l.point[0]) : '',
      lat: l.point ? formatDecimal(l.point[1]) : '',
      spaceByHand: l.spaceSetByHand,
      spaceId: l.spaceSetByHand ? (l.spaceId ?? '') : '',
    })),
    schedules: s.schedules.map((sc) => ({
      key: rowKey(),
      days: sc.days,
      opensAt: sc.opensAt ?? '',
      closesAt: sc.closesAt ?? '',
      description: sc.description ?? '',
      validFrom: sc.validFrom,
      validTo: sc.validTo,
    })),
    phones: s.phones.map((p) => ({ key: rowKey(), number: p.number, description: p.description ?? '' })),
    feesDescription: s.feesDescription ?? '',
    applicationProcess: s.applicationProcess ?? '',
    eligibilityDescription: s.eligibilityDescription ?? '',
    alert: s.alert ?? '',
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);
const list = (text: string) =>
  text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

function age(text: string, field: string, errors: FieldProblem[]): number | null {
  if (!text.trim()) return null;
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < 0 || value > 120) {
    errors.push({ field, message: 'Ein Alter in ganzen Jahren von 0 bis 120.' });
    return null;
  }
  return value;
}

/** The values as the API takes them (a whole offer), or the problems that stop the request before it is sent. */
export function toServiceBody(values: ServiceValues): { body: CreateServiceInput; errors: FieldProblem[] } {
  const errors: FieldProblem[] = [];
  const minimumAge = age(values.minimumAge, 'minimumAge', errors);
  const maximumAge = age(values.maximumAge, 'maximumAge', errors);
  const locations = values.locations.map((l, i) => {
    let point: [number, number] | null = null;
    if (l.lon.trim() || l.lat.trim()) {
      const lon = parseDecimal(l.lon);
      const lat = parseDecimal(l.lat);
      if (lon === null || lon < -180 || lon > 180) errors.push({ field: `locations.${i}.point.0`, message: 'Eine Zahl zwischen −180 und 180, z. B. 9,99.' });
      if (lat === null || lat < -90 || lat > 90) errors.push({ field: `locations.${i}.point.1`, message: 'Eine Zahl zwischen −90 und 90, z. B. 53,7.' });
      if (lon !== null && lat !== null) point = [lon, lat];
    }
    if (l.spaceByHand && !l.spaceId) errors.push({ field: `locations.${i}.spaceId`, message: 'Bitte den Sozialraum wählen oder „von Hand setzen“ abwählen.' });
    return {
      ...(l.id ? { id: l.id } : {}),
      name: orNull(l.name),
      street: orNull(l.street),
      postalCode: orNull(l.postalCode),
      city: orNull(l.city),
      point,
      spaceId: l.spaceByHand && l.spaceId ? l.spaceId : null,
    };
  });
  if (values.spacesByHand && values.spaceIds.length === 0) errors.push({ field: 'spaceIds', message: 'Bitte mindestens einen Sozialraum wählen oder „von Hand festlegen“ abwählen.' });
  const languages = [...new Set([...values.languages, ...list(values.otherLanguages).map((c) => c.toLowerCase())])];
  return {
    body: {
      organizationId: values.organizationId,
      name: values.name.trim(),
      alternateName: orNull(values.alternateName),
      description: values.description.trim(),
      url: orNull(values.url),
      email: orNull(values.email),
      status: values.status,
      minimumAge,
      maximumAge,
      targetGroups: values.targetGroups,
      traits: values.traits,
      languages,
      keywords: [...new Set(list(values.keywords))],
      topicIds: values.topicIds,
      spaceIds: values.spacesByHand ? values.spaceIds : null,
      locations,
      schedules: values.schedules.map((s) => ({
        days: s.days,
        opensAt: s.opensAt || null,
        closesAt: s.closesAt || null,
        description: orNull(s.description),
        validFrom: s.validFrom,
        validTo: s.validTo,
      })),
      phones: values.phones.map((p) => ({ number: p.number.trim(), description: orNull(p.description) })),
      feesDescription: orNull(values.feesDescription),
      applicationProcess: orNull(values.applicationProcess),
      eligibilityDescription: orNull(values.eligibilityDescription),
      alert: orNull(values.alert),
    },
    errors,
  };
}

/**
 * Only what was changed. Lists an import filled in ways the form does not show (schedules at a location, a second
 * address) stay untouched unless the editor changed that very list.
 */
export function changedFields(before: CreateServiceInput, after: CreateServiceInput): UpdateServiceInput {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify((before as Record<string, unknown>)[key])) changed[key] = value;
  }
  return changed as UpdateServiceInput;
}
