import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Log } from './log';

const Bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
});
export type Bounds = z.infer<typeof Bounds>;

export const SavedWindowState = z.object({ bounds: Bounds, maximized: z.boolean() });
export type SavedWindowState = z.infer<typeof SavedWindowState>;

/** A connected display, as `screen.getAllDisplays()` gives it. */
export interface DisplayArea {
  workArea: Bounds;
}

/** Where the window opens: a position only when it is on a connected display. */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  maximized: boolean;
}

/** The title bar's height, roughly: what must be on screen for the window to be moved. */
const TITLE_BAR = 32;
const MIN_VISIBLE_WIDTH = 100;

/** Whether the person can reach the window's title bar on one of the displays. */
export function isOnSomeDisplay(bounds: Bounds, displays: readonly DisplayArea[]): boolean {
  return displays.some(({ workArea }) => {
    const left = Math.max(bounds.x, workArea.x);
    const right = Math.min(bounds.x + bounds.width, workArea.x + workArea.width);
    const visibleWidth = right - left;
    const titleBarInside = bounds.y >= workArea.y && bounds.y + TITLE_BAR <= workArea.y + workArea.height;
    return titleBarInside && visibleWidth >= Math.min(MIN_VISIBLE_WIDTH, bounds.width);
  });
}

const fitsSomeDisplay = (bounds: Bounds, displays: readonly DisplayArea[]) =>
  displays.some(({ workArea }) => bounds.width <= workArea.width && bounds.height <= workArea.height);

/**
 * The placement for the next start. A laptop taken away from its second monitor would
 * otherwise open the window off-screen: the saved position is used only when it is on a
 * display connected now, the saved size only when it fits one.
 */
export function placementFor(
  saved: SavedWindowState | null,
  displays: readonly DisplayArea[],
): WindowPlacement {
  if (!saved) return { maximized: false };
  if (isOnSomeDisplay(saved.bounds, displays)) return { ...saved.bounds, maximized: saved.maximized };
  if (fitsSomeDisplay(saved.bounds, displays)) {
    return { width: saved.bounds.width, height: saved.bounds.height, maximized: saved.maximized };
  }
  return { maximized: saved.maximized };
}

export function readWindowState(filePath: string, log: Log): SavedWindowState | null {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = SavedWindowState.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: handled below like any other damage.
  }
  log(`window state ${filePath} is damaged; opening with the default size`);
  return null;
}

export function writeWindowState(filePath: string, state: SavedWindowState): void {
  mkdirSync(dirname(filePath), { recursive: true });
  const temp = `${filePath}.tmp`;
  writeFileSync(temp, JSON.stringify(state), 'utf8');
  renameSync(temp, filePath);
}

/** The part of BrowserWindow whose size and position are remembered. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Bounds;
  isMaximized(): boolean;
}

export interface TrackOptions {
  log: Log;
  /** Moving a window fires many events; the file is written once it has settled. */
  debounceMs?: number;
}

/** Saves the window's normal bounds and maximised state as it changes, and at once when it closes. */
export function trackWindowState(window: TrackedWindow, filePath: string, options: TrackOptions): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    try {
      writeWindowState(filePath, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      options.log(
        `could not save the window state: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const saveSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, options.debounceMs ?? 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
