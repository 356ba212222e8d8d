// The addresses of the network analysis pages ("Viele Schultern" and the network map). A feature may not import the
// app shell, so they live here; the router, the pages and the links elsewhere take them from here.
export const networkAnalysisPaths = {
  manyShoulders: '/netzwerk/schultern',
  networkMap: '/netzwerk/karte',
  /** The many-shoulders page of one space (the period stays at its default). */
  manyShouldersOf: (spaceId: string) => `/netzwerk/schultern?${new URLSearchParams({ spaceId }).toString()}`,
  networkMapOf: (spaceId: string) => `/netzwerk/karte?${new URLSearchParams({ spaceId }).toString()}`,
} as const;
