import type { ReactNode } from 'react';
import { privacyKindLabels } from '../../../../common/privacy/kinds';
import { describedBy, FieldMessage } from '../../../components/ui/field-message';
import { usePrivacyCheck } from '../../../components/use-privacy-check';
import './consultations.css';

type PrivacyNoteFieldProps = {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  hint?: ReactNode;
  error?: string | undefined;
  rows?: number;
  maxLength?: number;
};

/**
 * A textarea with the same privacy check the server runs on saving (common/privacy): while typing, every passage
 * that looks like a name, an address, a date of birth, contact data or a file number is named below the field. The
 * warning is a polite live region that also describes the field. The server refuses such a text anyway.
 */
export function PrivacyNoteField({ id, label, value, onChange, hint, error, rows = 2, maxLength = 500 }: PrivacyNoteFieldProps) {
  const { result, checked } = usePrivacyCheck(value);
  const findings =
    result && !result.ok && value.trim()
      ? [...new Map(result.findings.map((f) => [`${f.kind}:${checked.slice(f.start, f.end)}`, { passage: checked.slice(f.start, f.end).trim(), kind: privacyKindLabels[f.kind] }])).entries()]
      : [];
  const warned = findings.length > 0;
  const hintId = hint ? `${id}-hint` : undefined;
  const warningId = `${id}-privacy`;
  const errorId = error ? `${id}-error` : undefined;
  const invalid = Boolean(error) || warned;
  return (
    <div className={`kern-form-input${invalid ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={id}>
        {label} <span className="kern-label__optional">(optional)</span>
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
        onChange={(event) => onChange(event.target.value)}
        className={`kern-form-input__input app-textarea${invalid ? ' kern-form-input__input--error' : ''}`}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy(hintId, warned && warningId, errorId)}
        maxLength={maxLength}
      />
      <div id={warningId} role="status" aria-live="polite" className="app-consultation-privacy-region">
        {warned ? (
          <div className="app-consultation-privacy">
            <p className="kern-body app-consultation-privacy__title">
              <span className="kern-icon kern-icon--warning" aria-hidden="true" />
              <span>Bitte ohne persönliche Daten – das sieht aus wie:</span>
            </p>
            <ul className="kern-list kern-list--bullet">
              {findings.map(([key, f]) => (
                <li key={key} className="kern-body">
                  <strong>„{f.passage}“</strong> – {f.kind}
                </li>
              ))}
            </ul>
            <p className="kern-body kern-body--small">Fälle werden gezählt, nie benannt: keine Namen, Anschriften, Geburtsdaten oder Aktenzeichen.</p>
          </div>
        ) : null}
      </div>
      <FieldMessage id={`${id}-error`} message={error} />
    </div>
  );
}
