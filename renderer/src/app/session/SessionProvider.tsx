import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CityServerUrl } from '@shared/ipc';
import { useDesk } from '../desk-context';
import {
  SessionContext,
  type NoticeEntry,
  type SessionControl,
  type SessionState,
  type SyncNotice,
} from './session-context';
import { openWorkspace, type OpenedWorkspace } from './workspace';
import { whenStartWorkMayRun } from '../../lib/start-gate';

export function SessionProvider({ children }: { children: ReactNode }) {
  const desk = useDesk();
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [notices, setNotices] = useState<NoticeEntry[]>([]);
  const openedRef = useRef<OpenedWorkspace | null>(null);
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

  const activate = useCallback((opened: OpenedWorkspace, resumed = false) => {
    const previous = openedRef.current;
    previous?.sync.stop();
    if (previous && previous.workspace.db.name !== opened.workspace.db.name) previous.workspace.db.close();
    openedRef.current = opened;
    // A resumed session has its replica: the first screen comes before the first sync.
    if (resumed)
      void whenStartWorkMayRun().then(() => {
        if (openedRef.current === opened) opened.sync.start();
      });
    else opened.sync.start();
    // The signed-in shell and its first screen are a large render: as a transition it yields
    // to the browser every few milliseconds instead of holding the UI thread in one piece.
    startTransition(() => setState({ kind: 'signed-in', workspace: opened.workspace, expired: false }));
  }, []);

  useEffect(() => {
    let live = true;
    void desk.credentials.load().then((stored) => {
      if (!live) return;
      if (stored.ok && stored.value) {
        const { serverUrl, refreshToken, user } = stored.value;
        activate(openWorkspace(desk, serverUrl, { accessToken: null, refreshToken, user }, hooksFor()), true);
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
      if (event.type === 'sync-now') void openedRef.current?.sync.syncNow();
    });
    return () => {
      stopListening();
      openedRef.current?.sync.stop();
    };
  }, [desk]);

  const control = useMemo<SessionControl>(
    () => ({
      state,
      notices,
      dismissNotice: (id) => setNotices((current) => current.filter((entry) => entry.id !== id)),
      signIn: async (serverUrl, login, password) => {
        if (!CityServerUrl.safeParse(serverUrl).success) return { code: 'bad_server', detail: serverUrl };
        // The server is remembered first: on the desktop the page's CSP admits only the
        // configured server, and main reloads the page when it changes.
        const settings = await desk.settings.get();
        if (!settings.ok || settings.value.cityServerUrl !== serverUrl) {
          const saved = await desk.settings.update({ cityServerUrl: serverUrl });
          if (!saved.ok) return { code: saved.error.code, detail: saved.error.message };
        }
        // The city's client and the sync engine load with the first sign-in or resumed session, not before the first screen.
        const { signInToCity } = await import('../../sync/sign-in');
        const signedIn = await signInToCity(serverUrl, login.trim(), password);
        if (!signedIn.ok) return signedIn.failure;
        const { tokens } = signedIn;
        try {
          await desk.credentials.save({ serverUrl, refreshToken: tokens.refreshToken, user: tokens.user });
          activate(openWorkspace(desk, serverUrl, tokens, hooksFor()));
          return null;
        } catch (error) {
          return { code: 'failed', detail: error instanceof Error ? error.message : String(error) };
        }
      },
      signOut: async () => {
        openedRef.current?.sync.stop();
        openedRef.current?.workspace.db.close();
        openedRef.current = null;
        await desk.credentials.clear();
        setNotices([]);
        setState({ kind: 'signed-out' });
      },
      reauthenticate: () => {
        openedRef.current?.sync.stop();
        setState({ kind: 'signed-out' });
      },
    }),
    [state, notices, desk, activate, hooksFor],
  );

  return <SessionContext.Provider value={control}>{children}</SessionContext.Provider>;
}
