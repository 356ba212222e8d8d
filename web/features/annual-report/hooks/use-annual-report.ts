import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReportTextKey } from '../../../../common/api/annual-report';
import { fetchMySpaces, fetchReport, fetchSpaces, fetchTexts, fetchVersions, reportKeys, writeText, type ReportKey } from '../api/annual-report-api';

export function useReportSpaces() {
  return useQuery({ queryKey: reportKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: 5 * 60_000 });
}

/** The spaces of the signed-in team member's team (asked only where it decides anything: team members). */
export function useMyReportSpaces(enabled: boolean) {
  return useQuery({ queryKey: reportKeys.mySpaces, queryFn: ({ signal }) => fetchMySpaces(signal), enabled, staleTime: 5 * 60_000 });
}

export function useAnnualReport(key: ReportKey) {
  return useQuery({ queryKey: reportKeys.report(key), queryFn: ({ signal }) => fetchReport(key, signal) });
}

export function useReportTexts(key: ReportKey) {
  return useQuery({ queryKey: reportKeys.texts(key), queryFn: ({ signal }) => fetchTexts(key, signal) });
}

export function useTextVersions(key: ReportKey, textKey: ReportTextKey, enabled: boolean) {
  return useQuery({ queryKey: reportKeys.versions(key, textKey), queryFn: ({ signal }) => fetchVersions(key, textKey, signal), enabled });
}

/** Saves a text block as a new version; the texts, their versions and the report (which carries them) are fetched again. */
export function useWriteText(key: ReportKey, textKey: ReportTextKey) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { text: string; baseVersion: number }) => writeText(key, textKey, body),
    onSettled: () => client.invalidateQueries({ queryKey: reportKeys.all }),
  });
}
