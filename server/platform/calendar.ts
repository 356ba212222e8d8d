/** Today in Berlin: "last verified", needs and bookings are calendar questions of the office, not of UTC. */
export const todayInBerlin = (now = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
