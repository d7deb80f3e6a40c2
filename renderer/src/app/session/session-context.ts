import { createContext, useContext } from 'react';
import type { SignInFailure } from '../../sync/sign-in';
import type { SyncNotice } from '../../sync/push';
import type { Workspace } from './workspace';

export type { SignInFailure, SyncNotice };

export type SessionState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'signed-in'; workspace: Workspace; expired: boolean };

export interface SessionControl {
  state: SessionState;
  signIn(serverUrl: string, login: string, password: string): Promise<SignInFailure | null>;
  /** Signs out; unsent work stays in the person's database for their next sign-in. */
  signOut(): Promise<void>;
  /** The session expired: back to the sign-in form, the workspace kept until a new sign-in. */
  reauthenticate(): void;
  notices: readonly NoticeEntry[];
  dismissNotice(id: number): void;
}

export interface NoticeEntry {
  id: number;
  notice: SyncNotice;
}

export const SessionContext = createContext<SessionControl | null>(null);

export function useSession(): SessionControl {
  const control = useContext(SessionContext);
  if (!control) throw new Error('useSession is used outside <SessionProvider>');
  return control;
}

/** The signed-in person's workspace; only screens behind the sign-in use it. */
export function useWorkspace(): Workspace {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useWorkspace is used while signed out');
  return state.workspace;
}
