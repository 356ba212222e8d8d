// The address of the report page (the start page and the budget page link to it): /bericht?jahr=2026&spaceId=…
export const reportPaths = {
  report: '/bericht',
  reportOf: (year: number, spaceId?: string | null) => {
    const params = new URLSearchParams({ jahr: String(year) });
    if (spaceId) params.set('spaceId', spaceId);
    return `/bericht?${params.toString()}`;
  },
} as const;
