/**
 * The machine interfaces: our own API under /api and the public Open Referral HSDS API under /hsds. Their routes
 * must name a policy rule, are documented with their security and problem answers, and a path under them that does
 * not exist is a 404 problem, never the web app's index.html.
 */
const apiRoots = ['/api', '/hsds'] as const;

export function isApiPath(url: string): boolean {
  return apiRoots.some((root) => url.startsWith(`${root}/`) || url === root || url.startsWith(`${root}?`));
}
