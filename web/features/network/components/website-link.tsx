/** An organisation's own website: shown without the protocol, opens in the same tab like every other link. */
export function WebsiteLink({ url, name }: { url: string; name?: string }) {
  const text = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return (
    <a className="kern-link app-break" href={url} rel="noopener noreferrer">
      {text}
      {name ? <span className="kern-sr-only"> (Website von {name})</span> : null}
    </a>
  );
}
