/**
 * A fixed development secret keeps `npm run setup` zero-configuration; any real deployment
 * sets NEXTAUTH_SECRET (README: 部署). Tests read the same value to mint session cookies.
 */
export const DEVELOPMENT_SECRET = "juesuan-local-development-secret";

export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEXTAUTH_SECRET || DEVELOPMENT_SECRET;
}
