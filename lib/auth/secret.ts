/**
 * The key that signs session tokens. Production refuses to start without a strong one: with a
 * key that anyone can read in the source, anyone could mint a session. `npm run setup` writes a
 * random one into `.env` on first run, and `npm test` makes one per run; only development and
 * unit tests fall back to a fixed key.
 */
export const DEVELOPMENT_SECRET = "juesuan-local-development-secret";
export const MIN_SECRET_LENGTH = 32;

export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.NEXTAUTH_SECRET;
  // `next build` evaluates server modules without serving anything: the key is needed at start.
  const production = env.NODE_ENV === "production" && env.NEXT_PHASE !== "phase-production-build";
  if (secret && (secret.length >= MIN_SECRET_LENGTH || !production)) return secret;
  if (production) {
    throw new Error(`生产环境必须设置 NEXTAUTH_SECRET（至少 ${MIN_SECRET_LENGTH} 个字符的随机字符串，例如 openssl rand -base64 48 的输出）`);
  }
  return DEVELOPMENT_SECRET;
}
