// The addresses of the projects' pages. They belong in web/app/paths.ts (kept here until the lead moves them: this
// feature's brief does not cover that file); the app shell imports them from here.
export const projectPaths = {
  projects: '/projekte',
  newProject: '/projekte/neu',
  project: (id: string) => `/projekte/${encodeURIComponent(id)}`,
  editProject: (id: string) => `/projekte/${encodeURIComponent(id)}/bearbeiten`,
} as const;
