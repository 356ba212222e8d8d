// The addresses of the case consultations' pages (the feature links between them; the app shell takes them from here).
export const consultationPaths = {
  consultations: '/beratungen',
  newConsultation: '/beratungen/neu',
  consultation: (id: string) => `/beratungen/${encodeURIComponent(id)}`,
} as const;
