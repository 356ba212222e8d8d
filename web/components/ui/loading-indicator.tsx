export function LoadingIndicator({ label = 'Wird geladen …' }: { label?: string }) {
  return (
    <div className="app-loading" role="status">
      <span className="app-loading__spinner" aria-hidden="true" />
      <span className="kern-body">{label}</span>
    </div>
  );
}
