import { useEffect, useRef, type MouseEvent } from 'react';
import { Outlet, ScrollRestoration, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { useMe } from '../../features/accounts/hooks/use-me';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** After a client-side page change, focus goes to the new page's h1 so that screen readers start there. */
function useFocusOnPageChange() {
  const { pathname } = useLocation();
  // Compared with the last path rather than counting renders, so a first load (and StrictMode's rerun) moves nothing.
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target = document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    target?.focus();
  }, [pathname]);
}

const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
  const main = document.getElementById('main');
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
};

export function AppLayout() {
  const me = useMe();
  useFocusOnPageChange();
  return (
    <div className="app-shell">
      <a className="app-skip-link" href="#main" onClick={skipToMain} lang="de">
        Zum Inhalt springen
      </a>
      <SiteHeader account={me.data ?? null} />
      <main id="main" tabIndex={-1} className="kern-container app-main">
        {me.isPending ? (
          <LoadingIndicator />
        ) : me.isError ? (
          <div className="app-stack">
            <h1 className="kern-heading-large">sozialraum ist gerade nicht erreichbar</h1>
            <ErrorAlert error={me.error} />
            <div>
              <Button onClick={() => void me.refetch()}>Erneut versuchen</Button>
            </div>
          </div>
        ) : (
          <Outlet />
        )}
      </main>
      <SiteFooter />
      <ScrollRestoration />
    </div>
  );
}
