import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CityServerUrl } from '@shared/ipc';
import { signIn as signInCall } from '../../city/client';
import { CityError } from '../../city/errors';
import { useDesk } from '../../app/desk-context';
import type { SyncNotice } from '../../sync/push';
import {
  SessionContext,
  type NoticeEntry,
  type SessionControl,
  type SessionState,
  type SignInFailure,
} from './session-context';
import { openWorkspace, type Workspace } from './workspace';

function describeFailure(error: unknown): SignInFailure {
  if (!(error instanceof CityError))
    return { code: 'other', detail: error instanceof Error ? error.message : String(error) };
  if (error.status === 401) return { code: 'wrongCredentials' };
  if (error.status === 429)
    return { code: 'rateLimited', seconds: Math.ceil((error.retryAfterMs ?? 60_000) / 1000) };
  if (error.kind === 'network' || error.kind === 'timeout')
    return { code: 'unreachable', detail: error.message };
  return { code: 'other', detail: error.message };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const desk = useDesk();
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [notices, setNotices] = useState<NoticeEntry[]>([]);
  const workspaceRef = useRef<Workspace | null>(null);
  const noticeId = useRef(0);

  const hooksFor = useCallback(
    () => ({
      onNotice: (notice: SyncNotice) => {
        noticeId.current += 1;
        const id = noticeId.current;
        setNotices((current) => [...current, { id, notice }]);
      },
      onAuthLost: () =>
        setState((current) => (current.kind === 'signed-in' ? { ...current, expired: true } : current)),
    }),
    [],
  );

  const activate = useCallback((workspace: Workspace) => {
    workspaceRef.current?.engine.stop();
    if (workspaceRef.current && workspaceRef.current.db.name !== workspace.db.name)
      workspaceRef.current.db.close();
    workspaceRef.current = workspace;
    workspace.engine.start();
    setState({ kind: 'signed-in', workspace, expired: false });
  }, []);

  useEffect(() => {
    let live = true;
    void desk.credentials.load().then((stored) => {
      if (!live) return;
      if (stored.ok && stored.value) {
        const { serverUrl, refreshToken, user } = stored.value;
        activate(openWorkspace(desk, serverUrl, { accessToken: null, refreshToken, user }, hooksFor()));
      } else {
        setState({ kind: 'signed-out' });
      }
    });
    return () => {
      live = false;
    };
  }, [desk, activate, hooksFor]);

  useEffect(() => {
    const stopListening = desk.onEvent((event) => {
      if (event.type === 'sync-now') void workspaceRef.current?.engine.syncNow();
    });
    return () => {
      stopListening();
      workspaceRef.current?.engine.stop();
    };
  }, [desk]);

  const control = useMemo<SessionControl>(
    () => ({
      state,
      notices,
      dismissNotice: (id) => setNotices((current) => current.filter((entry) => entry.id !== id)),
      signIn: async (serverUrl, login, password) => {
        if (!CityServerUrl.safeParse(serverUrl).success) return { code: 'badServer' };
        // The server is remembered first: on the desktop the page's CSP admits only the
        // configured server, and main reloads the page when it changes.
        const settings = await desk.settings.get();
        if (!settings.ok || settings.value.cityServerUrl !== serverUrl) {
          const saved = await desk.settings.update({ cityServerUrl: serverUrl });
          if (!saved.ok) return { code: 'other', detail: saved.error.message };
        }
        try {
          const tokens = await signInCall(serverUrl, login.trim(), password);
          await desk.credentials.save({ serverUrl, refreshToken: tokens.refreshToken, user: tokens.user });
          activate(openWorkspace(desk, serverUrl, tokens, hooksFor()));
          return null;
        } catch (error) {
          return describeFailure(error);
        }
      },
      signOut: async () => {
        workspaceRef.current?.engine.stop();
        workspaceRef.current?.db.close();
        workspaceRef.current = null;
        await desk.credentials.clear();
        setNotices([]);
        setState({ kind: 'signed-out' });
      },
      reauthenticate: () => {
        workspaceRef.current?.engine.stop();
        setState({ kind: 'signed-out' });
      },
    }),
    [state, notices, desk, activate, hooksFor],
  );

  return <SessionContext.Provider value={control}>{children}</SessionContext.Provider>;
}
