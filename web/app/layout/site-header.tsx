import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import type { Me } from '../../../common/api/accounts';
import { hasAnyRole, isAdmin } from '../../features/accounts/hooks/use-me';
import { useSignOut } from '../../features/accounts/hooks/use-session-mutations';
import { paths } from '../paths';
import { projectPaths } from '../../features/projects/project-paths';
import { consultationPaths } from '../../features/case-consultations/consultation-paths';
import { meetingPaths } from '../../features/meetings/meeting-paths';
import { paperPaths } from '../../features/committee-papers/paper-paths';
import { paperReaderRoles } from '../../features/committee-papers/paper-roles';
import { budgetReaderRoles, consultationReaderRoles, gapReaderRoles, meetingRoles, needRecorderRoles, projectReaderRoles } from '../roles';

const navLinkClass = ({ isActive }: { isActive: boolean }) =>
  `app-nav__link${isActive ? ' app-nav__link--active' : ''}`;

export function SiteHeader({ account }: { account: Me | null }) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();

  // A chosen page closes the menu on small screens.
  useEffect(() => setOpen(false), [pathname]);

  const handleSignOut = () => {
    if (signOut.isPending) return;
    signOut.mutate(undefined, {
      onSettled: () => navigate(paths.signIn, { replace: true, state: { signedOut: true } }),
    });
  };

  const closeOnEscape = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <header className="app-header" lang="de">
      <div className="kern-container app-header__inner">
        <div className="app-brand">
          <Link className="app-brand__name" to={paths.start}>
            sozialraum
          </Link>
          {account ? <span className="app-brand__office">{account.office.name}</span> : null}
        </div>
        <nav className="app-nav" aria-label="Hauptnavigation" onKeyDown={closeOnEscape}>
          <button
            ref={toggleRef}
            type="button"
            className="app-nav__toggle"
            aria-expanded={open}
            aria-controls="app-nav-list"
            onClick={() => setOpen((o) => !o)}
          >
            <span className={`kern-icon ${open ? 'kern-icon--close' : 'kern-icon--dehaze'}`} aria-hidden="true" />
            <span>Menü</span>
          </button>
          <ul id="app-nav-list" className={`app-nav__list${open ? ' app-nav__list--open' : ''}`}>
            <li>
              <NavLink className={navLinkClass} to={paths.start} end>
                Start
              </NavLink>
            </li>
            <li>
              <NavLink className={navLinkClass} to={paths.socialSpaces}>
                Sozialräume
              </NavLink>
            </li>
            <li>
              <NavLink className={navLinkClass} to={paths.organizations}>
                Organisationen
              </NavLink>
            </li>
            <li>
              <NavLink className={navLinkClass} to={paths.services}>
                Angebote
              </NavLink>
            </li>
            {account ? (
              <li>
                <NavLink className={navLinkClass} to={paths.network}>
                  Netzwerk
                </NavLink>
              </li>
            ) : null}
            {hasAnyRole(account, needRecorderRoles) ? (
              <li>
                <NavLink className={navLinkClass} to={paths.needs}>
                  Bedarfe
                </NavLink>
              </li>
            ) : null}
            {hasAnyRole(account, gapReaderRoles) ? (
              <li>
                <NavLink className={navLinkClass} to={paths.gaps}>
                  Lücken
                </NavLink>
              </li>
            ) : null}
            {hasAnyRole(account, projectReaderRoles) ? (
              <li>
                <NavLink className={navLinkClass} to={projectPaths.projects}>
                  Projekte
                </NavLink>
              </li>
            ) : null}
            {hasAnyRole(account, consultationReaderRoles) ? (
              <li>
                {/* Meetings and consultations are one entry with two tabs; the committee sees the consultations' figures. */}
                <NavLink
                  className={() => navLinkClass({ isActive: pathname.startsWith(meetingPaths.meetings) || pathname.startsWith(consultationPaths.consultations) })}
                  to={hasAnyRole(account, meetingRoles) ? meetingPaths.meetings : consultationPaths.consultations}
                >
                  Treffen
                </NavLink>
              </li>
            ) : null}
            {hasAnyRole(account, budgetReaderRoles) ? (
              <li>
                <NavLink className={navLinkClass} to={paths.budget}>
                  Haushalt
                </NavLink>
              </li>
            ) : null}
            {hasAnyRole(account, paperReaderRoles) ? (
              <li>
                {/* The papers and the committees they go to are one entry. */}
                <NavLink
                  className={() => navLinkClass({ isActive: pathname.startsWith(paperPaths.papers) || pathname.startsWith(paperPaths.committees) })}
                  to={paperPaths.papers}
                >
                  Vorlagen
                </NavLink>
              </li>
            ) : null}
            {isAdmin(account) ? (
              <>
                <li>
                  <NavLink className={navLinkClass} to={paths.users}>
                    Konten
                  </NavLink>
                </li>
                <li>
                  <NavLink className={navLinkClass} to={paths.audit}>
                    Protokoll
                  </NavLink>
                </li>
              </>
            ) : null}
            {account ? (
              <>
                <li>
                  <NavLink className={navLinkClass} to={paths.myAccount}>
                    Mein Konto
                  </NavLink>
                </li>
                <li>
                  <button
                    type="button"
                    className="app-nav__link app-nav__button"
                    onClick={handleSignOut}
                    aria-disabled={signOut.isPending || undefined}
                  >
                    Abmelden
                  </button>
                </li>
              </>
            ) : (
              <li>
                <NavLink className={navLinkClass} to={paths.signIn}>
                  Anmelden
                </NavLink>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
