/**
 * The machine interfaces: our own API under /api, the public Open Referral HSDS API under /hsds and OParl 1.1 under /oparl. Their routes
 * must name a policy rule, are documented with their security and problem answers, and a path under them that does
 * not exist is a 404 problem, never the web app's index.html.
 */
const apiRoots = ['/api', '/hsds', '/oparl'] as const;

export function isApiPath(url: string): boolean {
  return apiRoots.some((root) => url.startsWith(`${root}/`) || url === root || url.startsWith(`${root}?`));
}
