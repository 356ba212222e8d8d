import { useState } from 'react';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/text-field';

const copiedMessages = {
  yes: 'In die Zwischenablage kopiert.',
  failed: 'Kopieren nicht möglich – bitte markieren und kopieren.',
} as const;

type GeneratedPasswordProps = { id: string; password: string; accountLabel: string };

/** Shows a server-generated password once. It is not stored anywhere in the browser. */
export function GeneratedPassword({ id, password, accountLabel }: GeneratedPasswordProps) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const canCopy = typeof navigator !== 'undefined' && Boolean(navigator.clipboard);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <Alert tone="warning" role="none" title="Passwort nur jetzt sichtbar">
      <p className="kern-body">
        Das Passwort für {accountLabel} wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt und geben Sie es der
        Person auf sicherem Weg weiter (nicht per unverschlüsselter E-Mail). Nach der ersten Anmeldung sollte sie es unter
        „Mein Konto“ ändern.
      </p>
      <div className="app-secret">
        <TextField
          id={id}
          label="Erzeugtes Passwort"
          hint="Zum Kopieren markieren und Strg+C drücken (Mac: ⌘+C)."
          value={password}
          readOnly
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.target.select()}
        />
      </div>
      {canCopy ? (
        <div className="app-copy">
          <Button variant="secondary" onClick={() => void copy()}>
            Passwort kopieren
          </Button>
          <span className="kern-body" role="status">
            {copied ? copiedMessages[copied] : ''}
          </span>
        </div>
      ) : null}
    </Alert>
  );
}
