import { Link, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { CommitteeMeetingsSection } from '../../features/committee-papers/components/committee-meetings-section';
import { CommitteesSection } from '../../features/committee-papers/components/committees-section';
import { paperPaths } from '../../features/committee-papers/paper-paths';
import { paperManagerRoles } from '../../features/committee-papers/paper-roles';

/** Gremien und Sitzungen: the committees and administration units the papers name, and the committees' meetings. */
export function CommitteesPage() {
  const { data: account } = useMe();
  const canManage = hasAnyRole(account, paperManagerRoles);
  const [params, setParams] = useSearchParams();
  const chooseCommittee = (committeeId: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('gremium', committeeId);
        return next;
      },
      { replace: true },
    );

  return (
    <div className="app-stack">
      <PageHeading
        title="Gremien und Sitzungen"
        preline="Vorlagen"
        lead="Die Ausschüsse, die Vorlagen beraten, die Verwaltungsbereiche, die für sie zuständig sind, und die Sitzungen der Ausschüsse – für die Beratungsfolge der Vorlagen und die öffentliche OParl-Schnittstelle."
      />
      <p className="kern-body">
        <Link className="kern-link" to={paperPaths.papers}>
          Zu den Vorlagen
        </Link>
      </p>
      <section className="app-section" aria-labelledby="committees-heading">
        <h2 className="kern-heading-medium" id="committees-heading">
          Gremien und Verwaltungsbereiche
        </h2>
        <CommitteesSection canManage={canManage} />
      </section>
      <section className="app-section" aria-labelledby="committee-meetings-heading">
        <h2 className="kern-heading-medium" id="committee-meetings-heading">
          Sitzungen der Gremien
        </h2>
        <CommitteeMeetingsSection canManage={canManage} committeeId={params.get('gremium') ?? ''} onChooseCommittee={chooseCommittee} />
      </section>
    </div>
  );
}
