import { useEffect, useMemo, type ReactNode } from 'react';
import type { PublicFormLanguage } from '../../../../common/need-terms';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import { usePrivacyCheck } from '../hooks/use-needs';
import { publicNeedTexts } from './public-need-texts';
import './need-capture.css';

type PrivacyTextAreaProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string;
  rows?: number;
  required?: boolean;
  optional?: boolean;
  /** The language of the warning texts (the public form speaks six). */
  language?: PublicFormLanguage;
  dir?: 'ltr' | 'rtl';
  /** Told whenever the guard starts or stops finding personal data: the form holds its submit button meanwhile. */
  onPrivacyChange?: (blocked: boolean) => void;
};

// The same wait as usePrivacyCheck: the passages are cut from the text that was checked, not from a newer one.
const CHECK_DELAY_MS = 250;

/**
 * A KERN textarea with the privacy guard: while the text is typed, the same check the server runs on saving
 * (common/privacy) runs in the browser, and every passage that looks like personal data is named below the field,
 * with its kind. The warning is a polite live region that also describes the field, so it is read with it.
 */
export function PrivacyTextArea(props: PrivacyTextAreaProps) {
  const { id, label, value, onChange, hint, error, rows = 4, required, optional, language = 'de', dir, onPrivacyChange } = props;
  const t = publicNeedTexts[language];
  const result = usePrivacyCheck(value);
  const checked = useDebouncedValue(value, CHECK_DELAY_MS);
  const findings = useMemo(() => {
    if (!result || result.ok) return [];
    const seen = new Set<string>();
    const list: { key: string; passage: string; kind: string }[] = [];
    for (const finding of result.findings) {
      const passage = checked.slice(finding.start, finding.end).trim();
      if (!passage) continue;
      const key = `${finding.kind}:${passage}`;
      if (seen.has(key)) continue;
      seen.add(key);
      list.push({ key, passage, kind: t.privacy.kinds[finding.kind] });
    }
    return list;
  }, [result, checked, t]);
  // Cleared text (no result) or a clean result unblocks at once.
  const blocked = Boolean(value.trim()) && findings.length > 0;

  useEffect(() => {
    onPrivacyChange?.(blocked);
  }, [blocked, onPrivacyChange]);

  const hintId = hint ? `${id}-hint` : undefined;
  const warningId = `${id}-privacy`;
  const errorId = error ? `${id}-error` : undefined;
  const invalid = Boolean(error) || blocked;
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label}
        {optional ? <span className="kern-label__optional"> ({language === 'de' ? 'optional' : t.optional})</span> : null}
      </label>
      {hint ? (
        <div className="kern-hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      <textarea
        id={id}
        rows={rows}
        value={value}
        dir={dir}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        className={`kern-form-input__input app-textarea${invalid ? ' kern-form-input__input--error' : ''}`}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(hintId, blocked && warningId, errorId)}
        spellCheck
      />
      {/* Always in the page, so that a screen reader announces the warning when it appears. */}
      <div id={warningId} role="status" aria-live="polite" className="app-privacy-warning-region">
        {blocked ? (
          <div className="app-privacy-warning">
            <p className="kern-body app-privacy-warning__title">
              <span className="kern-icon kern-icon--warning" aria-hidden="true" />
              <span>{t.privacy.title}</span>
            </p>
            <ul className="kern-list kern-list--bullet app-privacy-warning__list">
              {findings.map((f) => (
                <li key={f.key} className="kern-body">
                  <strong className="app-privacy-warning__passage" dir="auto">
                    {t.privacy.quote(f.passage)}
                  </strong>{' '}
                  – {f.kind}
                </li>
              ))}
            </ul>
            <p className="kern-body kern-body--small">{t.privacy.after}</p>
          </div>
        ) : null}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}
