// The addresses of the projects' pages. The feature links between its own pages (board → project → edit), and a
// feature may not import the app shell, so they live here; the app shell and the pages take them from here.
export const projectPaths = {
  projects: '/projekte',
  newProject: '/projekte/neu',
  project: (id: string) => `/projekte/${encodeURIComponent(id)}`,
  editProject: (id: string) => `/projekte/${encodeURIComponent(id)}/bearbeiten`,
} as const;
