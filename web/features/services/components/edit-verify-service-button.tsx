import { useId } from 'react';
import { formatDay } from '../../../components/format/format-date';
import { ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useVerifyService } from '../hooks/use-services-admin';

type VerifyServiceButtonProps = {
  serviceId: string;
  /** The offer's name, for the button's accessible name where several buttons stand in a list. */
  serviceName?: string;
  variant?: 'primary' | 'secondary';
};

/**
 * "Als aktuell bestätigen": sets "zuletzt geprüft" to today. For editors of the offer only (the caller decides by
 * `canEdit`; the server checks again). The result is announced in a status line next to the button.
 */
export function VerifyServiceButton({ serviceId, serviceName, variant = 'secondary' }: VerifyServiceButtonProps) {
  const verify = useVerifyService();
  const statusId = useId();
  return (
    <div className="app-verify">
      <Button
        variant={variant}
        busy={verify.isPending}
        onClick={() => verify.mutate(serviceId)}
        aria-describedby={statusId}
        aria-label={serviceName ? `Als aktuell bestätigen: ${serviceName}` : undefined}
      >
        Als aktuell bestätigen
      </Button>
      <p className="kern-body kern-body--small" role="status" id={statusId}>
        {verify.data?.assuredDate ? `Bestätigt: zuletzt geprüft am ${formatDay(verify.data.assuredDate)}.` : ''}
      </p>
      {verify.error ? <ErrorAlert error={verify.error} title="Nicht bestätigt" /> : null}
    </div>
  );
}
