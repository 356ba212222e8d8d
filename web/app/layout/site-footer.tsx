import { paths } from '../paths';

export function SiteFooter() {
  return (
    <footer className="app-footer" lang="de">
      <div className="kern-container app-footer__inner">
        <p className="kern-body kern-body--small">sozialraum – Plattform für sozialraumorientierte Jugendhilfe</p>
        <ul className="kern-list kern-list--horizontal kern-list--small">
          <li>
            {/* Served by the API server, not by this app: a plain link, no router. */}
            <a className="kern-link kern-link--small" href={paths.apiDocs}>
              API-Dokumentation
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
