import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditKeys, fetchAuditPage, type AuditFilter } from '../api/audit-api';

export function useAuditEntries(filter: AuditFilter) {
  return useQuery({
    queryKey: auditKeys.page(filter),
    queryFn: ({ signal }) => fetchAuditPage(filter, signal),
    placeholderData: keepPreviousData,
  });
}
