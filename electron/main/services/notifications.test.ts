import { describe, expect, it, vi } from 'vitest';
import type { NotificationConstructorOptions } from 'electron';
import { createNotifier, type NativeNotification } from './notifications';

function fakeNotificationClass(supported = true) {
  const created: FakeNotification[] = [];
  class FakeNotification implements NativeNotification {
    readonly listeners = new Map<string, () => void>();
    shown = false;
    constructor(readonly options: NotificationConstructorOptions) {
      created.push(this);
    }
    static isSupported = () => supported;
    on(event: string, listener: () => void) {
      this.listeners.set(event, listener);
      return this;
    }
    show() {
      this.shown = true;
    }
    click() {
      this.listeners.get('click')?.();
    }
  }
  return { FakeNotification, created };
}

describe('native notifications', () => {
  const setup = (supported = true) => {
    const { FakeNotification, created } = fakeNotificationClass(supported);
    const bringAppToFront = vi.fn();
    const sendEvent = vi.fn();
    const notifier = createNotifier({
      Notification: FakeNotification,
      iconPath: '/app/resources/icon.png',
      bringAppToFront,
      sendEvent,
      log: () => {},
    });
    return { notifier, created, bringAppToFront, sendEvent };
  };

  it('shows the title and body as given', () => {
    const { notifier, created } = setup();
    notifier.show({ title: 'Новое срочное обращение', body: 'Протечка кровли, ул. Братиславская, 14' });
    expect(created).toHaveLength(1);
    expect(created[0]?.shown).toBe(true);
    expect(created[0]?.options).toMatchObject({
      title: 'Новое срочное обращение',
      body: 'Протечка кровли, ул. Братиславская, 14',
      icon: '/app/resources/icon.png',
      urgency: 'normal',
    });
  });

  it('keeps an urgent one on screen until dismissed', () => {
    const { notifier, created } = setup();
    notifier.show({ title: 'Срочно', body: '', urgent: true });
    expect(created[0]?.options).toMatchObject({ urgency: 'critical', timeoutType: 'never' });
  });

  it('on click focuses the window and opens the issue', () => {
    const { notifier, created, bringAppToFront, sendEvent } = setup();
    notifier.show({ title: 'Срок истекает сегодня', body: '', issueId: 'iss-42' });
    created[0]?.click();
    expect(bringAppToFront).toHaveBeenCalledTimes(1);
    expect(sendEvent).toHaveBeenCalledWith({ type: 'open-issue', issueId: 'iss-42' });
  });

  it('on click without an issue only focuses the window', () => {
    const { notifier, created, bringAppToFront, sendEvent } = setup();
    notifier.show({ title: 'Синхронизация', body: 'Всё отправлено' });
    created[0]?.click();
    expect(bringAppToFront).toHaveBeenCalledTimes(1);
    expect(sendEvent).not.toHaveBeenCalled();
  });

  it('says so with a code where the system has no notifications', () => {
    const { notifier } = setup(false);
    expect(() => notifier.show({ title: 'x', body: '' })).toThrow(
      expect.objectContaining({ code: 'notifications_unsupported' }),
    );
  });
});
