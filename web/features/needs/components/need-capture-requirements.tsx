import type { NeedRequirements } from '../../../../common/api/needs';
import { atmosphereLabels, atmospheres, timeOfDayLabels, timesOfDay } from '../../../../common/need-terms';
import { commonLanguages } from '../../../../common/service-terms';
import { ChipGroup } from './need-capture-chips';
import { PrivacyTextArea } from './privacy-text-area';

const conditions = ['freeOfCharge', 'nearby', 'childcare', 'accessible', 'inclusive'] as const;
type Condition = (typeof conditions)[number];
const conditionLabels: Record<Condition, string> = {
  freeOfCharge: 'kostenlos',
  nearby: 'zu Fuß erreichbar',
  childcare: 'mit Kinderbetreuung',
  accessible: 'barrierefrei',
  inclusive: 'inklusiv, auch für Kinder mit Behinderung',
};
const languageOptions = Object.entries(commonLanguages)
  .filter(([code]) => code !== 'de')
  .map(([value, label]) => ({ value, label: label.de }));

type Wording = 'family' | 'staff';
const legends: Record<Wording, { times: string; conditions: string; languages: string; atmosphere: string; text: string; textHint: string }> = {
  family: {
    times: 'Wann hätten Sie Zeit?',
    conditions: 'Was muss sein, damit es klappt?',
    languages: 'In welcher Sprache?',
    atmosphere: 'Wie soll es dort sein?',
    text: 'Sonst noch etwas?',
    textHint: 'In den Worten der Familie, ohne Namen und Adressen.',
  },
  staff: {
    times: 'Zeiten',
    conditions: 'Bedingungen',
    languages: 'Sprachen',
    atmosphere: 'Atmosphäre und Menschen',
    text: 'Weitere Anforderungen',
    textHint: 'Ohne Namen, Kontaktdaten und Anschriften.',
  },
};

type NeedRequirementsFieldsProps = {
  id: string;
  value: NeedRequirements;
  onChange: (next: Partial<NeedRequirements>) => void;
  wording: Wording;
  size?: 'normal' | 'large';
  textError?: string | undefined;
  onPrivacyChange?: (blocked: boolean) => void;
};

/** Question 3: what an offer would have to be like for the family to use it, as chips plus a text. */
export function NeedRequirementsFields({ id, value, onChange, wording, size = 'normal', textError, onPrivacyChange }: NeedRequirementsFieldsProps) {
  const l = legends[wording];
  const chosenConditions = conditions.filter((c) => value[c]);
  return (
    <>
      <ChipGroup
        id={`${id}-times`}
        legend={l.times}
        options={timesOfDay.map((t) => ({ value: t, label: timeOfDayLabels[t] }))}
        value={value.times}
        onChange={(times) => onChange({ times })}
        size={size}
      />
      <ChipGroup
        id={`${id}-conditions`}
        legend={l.conditions}
        options={conditions.map((c) => ({ value: c, label: conditionLabels[c] }))}
        value={chosenConditions}
        onChange={(next) => onChange(Object.fromEntries(conditions.map((c) => [c, next.includes(c)])))}
        size={size}
      />
      <ChipGroup
        id={`${id}-atmosphere`}
        legend={l.atmosphere}
        options={atmospheres.map((a) => ({ value: a, label: atmosphereLabels[a] }))}
        value={value.atmosphere}
        onChange={(atmosphere) => onChange({ atmosphere })}
        size={size}
      />
      <ChipGroup
        id={`${id}-languages`}
        legend={l.languages}
        hint="Nur wenn eine andere Sprache als Deutsch wichtig ist."
        options={languageOptions}
        value={value.languages}
        onChange={(languages) => onChange({ languages })}
        size={size}
      />
      <PrivacyTextArea
        id={`${id}-text`}
        label={l.text}
        hint={l.textHint}
        optional
        rows={2}
        value={value.text}
        onChange={(text) => onChange({ text })}
        error={textError}
        onPrivacyChange={onPrivacyChange}
      />
    </>
  );
}
