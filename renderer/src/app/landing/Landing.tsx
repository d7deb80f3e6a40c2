import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useWorkspace } from '../session/session-context';
import { landingFor, rememberScreen } from './landing';

/** The start route: the person's last section, or their role's own screen. */
export function Landing() {
  const { user } = useWorkspace();
  return <Navigate to={landingFor(localStorage, user)} replace />;
}

/** Keeps note of the section the signed-in person is on. */
export function useRememberScreen(): void {
  const { user } = useWorkspace();
  const { pathname } = useLocation();
  useEffect(() => rememberScreen(localStorage, user.id, pathname), [user.id, pathname]);
}
