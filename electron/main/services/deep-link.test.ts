import { describe, expect, it, vi } from 'vitest';
import { createDeepLinkRouter, deepLinkInArgv, parseDeepLink, registerProtocolClient } from './deep-link';

describe('gorod-desk:// links', () => {
  it.each([
    ['gorod-desk://issue/iss-00042', 'iss-00042'],
    ['gorod-desk://issue/42/', '42'],
    ['  gorod-desk://issue/A_b-9  ', 'A_b-9'],
  ])('parses %s', (raw, issueId) => {
    expect(parseDeepLink(raw)).toEqual({ issueId });
  });

  it.each([
    'gorod-desk://issue/',
    'gorod-desk://issue/../../settings',
    'gorod-desk://issue/42?token=abc',
    'gorod-desk://issue/42#x',
    'gorod-desk://issue/42/reports',
    'gorod-desk://issue/%2e%2e',
    'gorod-desk://settings/42',
    'gorod-desk:issue/42',
    'https://gorod.mos.ru/issue/42',
    `gorod-desk://issue/${'a'.repeat(65)}`,
    'gorod-desk://issue/<script>',
  ])('ignores %s', (raw) => {
    expect(parseDeepLink(raw)).toBeNull();
  });

  it('finds the link among the command line arguments', () => {
    expect(deepLinkInArgv(['/opt/Gorod Desk/gorod-desk', '--no-sandbox', 'gorod-desk://issue/7'])).toBe(
      'gorod-desk://issue/7',
    );
    expect(deepLinkInArgv(['/usr/bin/electron', '.'])).toBeUndefined();
  });

  it('opens the issue, and logs and ignores anything else', () => {
    const sendEvent = vi.fn();
    const log = vi.fn();
    const router = createDeepLinkRouter(sendEvent, log);
    expect(router.openFromArgv(['app', 'gorod-desk://issue/iss-1'])).toBe(true);
    expect(router.open('gorod-desk://issue/42?steal=1')).toBe(false);
    expect(router.openFromArgv(['app'])).toBe(false);
    expect(sendEvent.mock.calls).toEqual([[{ type: 'open-issue', issueId: 'iss-1' }]]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('ignored'));
    expect(log.mock.calls.flat().join(' ')).not.toContain('steal');
  });

  it('registers the scheme, with the app path while developing', () => {
    const setAsDefaultProtocolClient = vi.fn().mockReturnValue(true);
    registerProtocolClient(
      { setAsDefaultProtocolClient },
      { defaultApp: false, execPath: '/opt/app', appPath: undefined },
      () => {},
    );
    registerProtocolClient(
      { setAsDefaultProtocolClient },
      { defaultApp: true, execPath: '/usr/bin/electron', appPath: '/work/main' },
      () => {},
    );
    expect(setAsDefaultProtocolClient.mock.calls).toEqual([
      ['gorod-desk'],
      ['gorod-desk', '/usr/bin/electron', ['/work/main']],
    ]);
  });
});
