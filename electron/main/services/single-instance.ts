/** The part of `app` a second launch is noticed through. */
export interface InstanceLock {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: (event: unknown, argv: string[]) => void): unknown;
  quit(): void;
}

/**
 * One app at a time: two would each sync the same outbox and fight over the window. The
 * second launch hands its command line (which may carry a gorod-desk:// link) to the first
 * and quits; returns false in that second launch.
 */
export function claimSingleInstance(app: InstanceLock, onSecondLaunch: (argv: string[]) => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, argv) => onSecondLaunch(argv));
  return true;
}
