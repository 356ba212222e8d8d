import { auditPage } from '../../../../common/api/audit';
import { apiFetch } from '../../../components/api/api-fetch';

/** What the Protokoll page filters by; empty strings mean "no filter". */
export type AuditFilter = {
  entity: string;
  action: string;
  from: string;
  to: string;
  entityId: string;
  actorUserId: string;
  offset: number;
};

export const auditPageSize = 25;

export const auditKeys = {
  all: ['audit'] as const,
  page: (filter: AuditFilter) => ['audit', 'page', filter] as const,
};

export const fetchAuditPage = (filter: AuditFilter, signal?: AbortSignal) =>
  apiFetch('/api/audit', auditPage, {
    query: { ...filter, limit: auditPageSize },
    ...(signal ? { signal } : {}),
  });
