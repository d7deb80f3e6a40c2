import type { ReactNode } from 'react';
import type { User } from '@shared/domain';
import type { DeskDb } from '../../../db/database';
import { SessionContext, type SessionControl } from '../session-context';
import { workspaceCommands, type Workspace, type WorkspaceCommands } from '../workspace';

/** A workspace over a database of the test's own that never talks to a city: "Sync now" does nothing. */
export function testWorkspace(db: DeskDb, user: User, commands: Partial<WorkspaceCommands> = {}): Workspace {
  return { user, db, commands: { ...workspaceCommands(db, async () => {}), ...commands } };
}

/** Renders `children` as the signed-in person of `workspace` sees them. */
export function SignedIn({ workspace, children }: { workspace: Workspace; children: ReactNode }) {
  const control: SessionControl = {
    state: { kind: 'signed-in', workspace, expired: false },
    signIn: async () => null,
    signOut: async () => {},
    reauthenticate: () => {},
    notices: [],
    dismissNotice: () => {},
  };
  return <SessionContext.Provider value={control}>{children}</SessionContext.Provider>;
}
