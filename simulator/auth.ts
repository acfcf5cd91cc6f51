// Any non-empty bearer token is accepted; the token only scopes state and names the user.

const BEARER = /^Bearer\s+(\S.*)$/i;
const USER_TOKEN = /^user-(\d+)$/;

/** The signed-in user when the token does not name one. */
export const DEFAULT_USER = '101';

export function bearerToken(authorization: string | undefined): string | undefined {
  const token = authorization ? BEARER.exec(authorization.trim())?.[1]?.trim() : undefined;
  return token === '' ? undefined : token;
}

/** 'user-102' signs in as extension 102; any other token as {@link DEFAULT_USER}. */
export function userOfToken(token: string): string {
  return USER_TOKEN.exec(token)?.[1] ?? DEFAULT_USER;
}
