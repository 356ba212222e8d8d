import { NavLink } from 'react-router';
import { consultationPaths } from '../../features/case-consultations/consultation-paths';
import { meetingPaths } from '../../features/meetings/meeting-paths';
import '../../features/meetings/components/meetings.css';

const tabClass = ({ isActive }: { isActive: boolean }) => `kern-btn ${isActive ? 'kern-btn--primary' : 'kern-btn--secondary'}`;

/** Network meetings and collegial consultations are one entry in the navigation, with these two tabs. */
export function NetworkWorkTabs() {
  return (
    <nav aria-label="Treffen und Beratungen">
      <ul className="app-network-work-tabs">
        <li>
          <NavLink className={tabClass} to={meetingPaths.meetings} end>
            <span className="kern-label">Netzwerktreffen</span>
          </NavLink>
        </li>
        <li>
          <NavLink className={tabClass} to={consultationPaths.consultations} end>
            <span className="kern-label">Kollegiale Beratung</span>
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
