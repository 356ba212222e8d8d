import { useEffect, useState } from 'react';
import { formatInteger } from '../../../components/format/format-number';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button, ButtonRow } from '../../../components/ui/button';
import { exportLinks, fetchHsdsExport } from '../api/services-admin-api';

// Spreadsheets come from the server as files: plain links, the browser saves them. The HSDS export is a set of
// files in one JSON answer; each becomes a link to a file made in the browser.
const Download = ({ href, children, note }: { href: string; children: string; note: string }) => (
  <li>
    <a className="kern-link" href={href} download>
      {children}
    </a>{' '}
    <span className="app-muted">– {note}</span>
  </li>
);

export function SpreadsheetDownloads() {
  return (
    <ul className="kern-list kern-list--bullet">
      <Download href={exportLinks.templateXlsx} note="leere Vorlage mit deutschen Spaltenköpfen und Beispielzeile">
        Vorlage (Excel)
      </Download>
      <Download href={exportLinks.templateCsv} note="dieselbe Vorlage als CSV (Semikolon, UTF-8)">
        Vorlage (CSV)
      </Download>
      <Download href={exportLinks.spreadsheetXlsx} note="alle Angebote zum Bearbeiten und erneuten Import">
        Angebote als Excel-Tabelle
      </Download>
      <Download href={exportLinks.spreadsheetCsv} note="dasselbe als CSV für deutsches Excel">
        Angebote als CSV
      </Download>
    </ul>
  );
}

type Prepared = { format: 'json' | 'tabular'; files: { name: string; url: string; size: number }[] };
const kilobytes = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });

export function HsdsDownloads() {
  const [prepared, setPrepared] = useState<Prepared | null>(null);
  const [busy, setBusy] = useState<'json' | 'tabular' | null>(null);
  const [error, setError] = useState<unknown>(null);
  // The files live in the browser's memory until the next export or until the page is left.
  useEffect(() => () => prepared?.files.forEach((f) => URL.revokeObjectURL(f.url)), [prepared]);

  const prepare = async (format: 'json' | 'tabular') => {
    if (busy) return;
    setBusy(format);
    setError(null);
    try {
      const files = await fetchHsdsExport(format);
      setPrepared({
        format,
        files: files.map((f) => {
          const blob = new Blob([f.text], { type: f.type });
          return { name: f.name, url: URL.createObjectURL(blob), size: blob.size };
        }),
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="app-section">
      <ButtonRow>
        <Button variant="secondary" busy={busy === 'json'} onClick={() => void prepare('json')}>
          HSDS als JSON exportieren
        </Button>
        <Button variant="secondary" busy={busy === 'tabular'} onClick={() => void prepare('tabular')}>
          HSDS als Tabellen-Paket exportieren
        </Button>
      </ButtonRow>
      {error ? <ErrorAlert error={error} title="Export nicht möglich" /> : null}
      <div role="status">
        {busy ? <p className="kern-body">Der Export wird zusammengestellt …</p> : null}
        {prepared && !busy ? (
          <>
            <p className="kern-body">
              {prepared.format === 'json' ? 'HSDS als JSON' : 'Tabellen-Paket (datapackage.json und CSV-Dateien)'}:{' '}
              {prepared.files.length === 1 ? '1 Datei' : `${formatInteger(prepared.files.length)} Dateien`} zum Speichern.
              {prepared.format === 'tabular' ? ' Alle in einen Ordner legen; so lassen sie sich auch wieder importieren.' : ''}
            </p>
            <ul className="kern-list kern-list--bullet">
              {prepared.files.map((f) => (
                <li key={f.name}>
                  <a className="kern-link" href={f.url} download={f.name}>
                    {f.name}
                  </a>{' '}
                  <span className="app-muted">({kilobytes.format(Math.max(1, f.size / 1024))} KB)</span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}
