import { z } from 'zod';
import { User } from '../domain/city';

/**
 * What survives a restart of the app so a person need not sign in every morning: the
 * refresh token (encrypted with the OS keyring on the desktop; kept for the browser
 * session only on the web), the server it belongs to and who signed in.
 */
export const StoredSession = z.object({
  serverUrl: z.string().min(1).max(500),
  refreshToken: z.string().min(1).max(4000),
  user: User,
});
export type StoredSession = z.infer<typeof StoredSession>;
