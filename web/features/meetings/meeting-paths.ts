// The addresses of the meetings' pages. The feature links between its own pages (list → meeting), and a feature may
// not import the app shell, so they live here; the app shell and the pages take them from here.
export const meetingPaths = {
  meetings: '/treffen',
  newMeeting: '/treffen/neu',
  meeting: (id: string) => `/treffen/${encodeURIComponent(id)}`,
} as const;
