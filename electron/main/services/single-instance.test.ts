import { describe, expect, it, vi } from 'vitest';
import { claimSingleInstance, type InstanceLock } from './single-instance';

function fakeApp(gotLock: boolean) {
  let secondInstance: ((event: unknown, argv: string[]) => void) | undefined;
  const quit = vi.fn<() => void>();
  const app: InstanceLock = {
    requestSingleInstanceLock: () => gotLock,
    on: (_event: 'second-instance', listener: (event: unknown, argv: string[]) => void) => {
      secondInstance = listener;
    },
    quit,
  };
  return { app, quit, launchAgain: (argv: string[]) => secondInstance?.({}, argv) };
}

describe('one app at a time', () => {
  it('the first launch keeps running and hears of later launches with their command line', () => {
    const fake = fakeApp(true);
    const onSecondLaunch = vi.fn();
    expect(claimSingleInstance(fake.app, onSecondLaunch)).toBe(true);
    fake.launchAgain(['/opt/gorod-desk', 'gorod-desk://issue/9']);
    expect(onSecondLaunch).toHaveBeenCalledWith(['/opt/gorod-desk', 'gorod-desk://issue/9']);
    expect(fake.quit).not.toHaveBeenCalled();
  });

  it('a second launch quits', () => {
    const fake = fakeApp(false);
    expect(claimSingleInstance(fake.app, vi.fn())).toBe(false);
    expect(fake.quit).toHaveBeenCalledTimes(1);
  });
});
