import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isOnSomeDisplay,
  placementFor,
  readWindowState,
  trackWindowState,
  writeWindowState,
  type Bounds,
  type DisplayArea,
  type TrackedWindow,
} from './window-state';

const laptop: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1050 } };
const monitorOnTheRight: DisplayArea = { workArea: { x: 1920, y: 0, width: 2560, height: 1410 } };
const tempFile = () => join(mkdtempSync(join(tmpdir(), 'desk-window-')), 'window-state.json');

describe('window placement', () => {
  it('restores a position on a connected display, maximised state too', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: true };
    expect(placementFor(saved, [laptop, monitorOnTheRight])).toEqual({ ...saved.bounds, maximized: true });
  });

  it('drops the position of a display no longer connected, keeping a size that fits', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1600, height: 1000 }, maximized: false };
    expect(placementFor(saved, [laptop])).toEqual({ width: 1600, height: 1000, maximized: false });
  });

  it('drops a size larger than every display', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 2500, height: 1400 }, maximized: true };
    expect(placementFor(saved, [laptop])).toEqual({ maximized: true });
  });

  it('opens with the defaults the first time', () => {
    expect(placementFor(null, [laptop])).toEqual({ maximized: false });
  });

  it('needs the title bar on screen to count a position as reachable', () => {
    const at = (x: number, y: number): Bounds => ({ x, y, width: 1200, height: 800 });
    expect(isOnSomeDisplay(at(100, 100), [laptop])).toBe(true);
    expect(isOnSomeDisplay(at(1800, 100), [laptop])).toBe(true);
    expect(isOnSomeDisplay(at(1850, 100), [laptop])).toBe(false);
    expect(isOnSomeDisplay(at(100, -20), [laptop])).toBe(false);
    expect(isOnSomeDisplay(at(100, 1040), [laptop])).toBe(false);
    expect(isOnSomeDisplay(at(-1150, 100), [laptop])).toBe(false);
  });
});

describe('the window state file', () => {
  it('round-trips and treats a damaged file as none', () => {
    const file = tempFile();
    expect(readWindowState(file, () => {})).toBeNull();
    writeWindowState(file, { bounds: { x: 10, y: 20, width: 1300, height: 900 }, maximized: false });
    expect(readWindowState(file, () => {})).toEqual({
      bounds: { x: 10, y: 20, width: 1300, height: 900 },
      maximized: false,
    });
    writeFileSync(file, '{"bounds": {"x": "left"}}');
    const log = vi.fn();
    expect(readWindowState(file, log)).toBeNull();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('damaged'));
  });
});

describe('tracking the window', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  function fakeWindow() {
    const listeners = new Map<string, () => void>();
    const state = { bounds: { x: 0, y: 0, width: 1440, height: 900 }, maximized: false };
    const window: TrackedWindow = {
      on: (event: string, listener: () => void) => listeners.set(event, listener),
      getNormalBounds: () => state.bounds,
      isMaximized: () => state.maximized,
    };
    const emit = (event: string) => listeners.get(event)?.();
    return { window, state, emit };
  }

  it('saves once the moving has settled, and at once on maximise and close', () => {
    vi.useFakeTimers();
    const file = tempFile();
    const fake = fakeWindow();
    trackWindowState(fake.window, file, { log: () => {}, debounceMs: 500 });
    fake.state.bounds = { x: 40, y: 30, width: 1440, height: 900 };
    fake.emit('move');
    fake.emit('move');
    expect(readWindowState(file, () => {})).toBeNull();
    vi.advanceTimersByTime(500);
    expect(readWindowState(file, () => {})?.bounds).toEqual({ x: 40, y: 30, width: 1440, height: 900 });
    fake.state.maximized = true;
    fake.emit('maximize');
    expect(readWindowState(file, () => {})?.maximized).toBe(true);
    fake.state.maximized = false;
    fake.state.bounds = { x: 50, y: 60, width: 1300, height: 800 };
    fake.emit('resize');
    fake.emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      bounds: { x: 50, y: 60, width: 1300, height: 800 },
      maximized: false,
    });
  });
});
