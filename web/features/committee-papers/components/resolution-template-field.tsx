import { resolutionPlaceholders, type ResolutionPlaceholder } from '../../../../common/api/committee-papers';
import { Button } from '../../../components/ui/button';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { insertPlaceholder } from './paper-form-values';

type ResolutionTemplateFieldProps = {
  id: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

const names = Object.keys(resolutionPlaceholders) as ResolutionPlaceholder[];

/**
 * The Beschlussvorschlag as a template: the text with placeholders in braces that are filled from the report's budget
 * lines whenever the paper is shown or exported. Each placeholder is explained, and a click puts it at the caret.
 */
export function ResolutionTemplateField({ id, value, error, onChange }: ResolutionTemplateFieldProps) {
  const insert = (name: ResolutionPlaceholder) => {
    const field = document.getElementById(id);
    const textarea = field instanceof HTMLTextAreaElement ? field : null;
    const start = textarea?.selectionStart ?? value.length;
    const end = textarea?.selectionEnd ?? value.length;
    const next = insertPlaceholder(value, start, end, name);
    onChange(next.text);
    // Back into the text, behind the placeholder, so that typing goes on where it was.
    window.setTimeout(() => {
      textarea?.focus();
      textarea?.setSelectionRange(next.caret, next.caret);
    });
  };

  return (
    <div className="app-paper-template">
      <TextAreaField
        id={id}
        label="Beschlussvorschlag (Vorlage)"
        required
        rows={7}
        hint="Platzhalter in geschweiften Klammern werden beim Anzeigen und Herunterladen der Vorlage aus dem Bericht gefüllt, z. B. „jährlich {betrag_pro_sozialraum} pro Sozialraum“."
        value={value}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
      <div className="app-paper-placeholders" role="group" aria-labelledby={`${id}-placeholders`}>
        <p className="kern-label" id={`${id}-placeholders`}>
          Platzhalter einfügen
        </p>
        <ul className="app-paper-placeholder-list">
          {names.map((name) => (
            <li key={name}>
              <Button variant="secondary" onClick={() => insert(name)} aria-describedby={`${id}-placeholder-${name}`}>
                <span className="app-visually-hidden">Platzhalter </span>
                {`{${name}}`}
                <span className="app-visually-hidden"> einfügen</span>
              </Button>
              <span className="kern-body kern-body--small" id={`${id}-placeholder-${name}`}>
                {resolutionPlaceholders[name]}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
