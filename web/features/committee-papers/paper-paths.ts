// The addresses of the committees' and papers' pages. The feature links between its own pages (list → paper → edit),
// and a feature may not import the app shell, so they live here; the app shell and the pages take them from here.
export const paperPaths = {
  committees: '/gremien',
  papers: '/vorlagen',
  newPaper: '/vorlagen/neu',
  paper: (id: string) => `/vorlagen/${encodeURIComponent(id)}`,
  editPaper: (id: string) => `/vorlagen/${encodeURIComponent(id)}/bearbeiten`,
} as const;
