// Something costly to build (an index of the replica, a worker holding a year of rows) that
// screens share while any of them is open, and keep for a grace period after the last one
// leaves: a quick switch of screens (or React's strict double mount) finds it still warm.

export interface KeepAliveOptions<K, V> {
  create: (key: K) => V;
  /** The first user arrived, or one came back after it was stopped. */
  start?: (value: V) => void;
  /** `graceMs` after the last user left with none back: the value is stopped, and forgotten unless `keepStopped`. */
  stop: (value: V) => void;
  graceMs: number;
  /** A stopped value stays for the next user, who starts it again (an index keeps its rows meanwhile). */
  keepStopped?: boolean;
}

export interface Kept<V> {
  value: V;
  /** This user is done with it; calling it again does nothing. */
  release: () => void;
}

interface Entry<V> {
  value: V;
  users: number;
  started: boolean;
  stopTimer: ReturnType<typeof setTimeout> | null;
}

/** Values keyed by an object (a database): a key no longer used elsewhere takes its value with it. */
export class KeepAlive<K extends object, V> {
  private readonly entries = new WeakMap<K, Entry<V>>();

  constructor(private readonly options: KeepAliveOptions<K, V>) {}

  private entryFor(key: K): Entry<V> {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { value: this.options.create(key), users: 0, started: false, stopTimer: null };
      this.entries.set(key, entry);
    }
    return entry;
  }

  /** The key's value, created (not started) if there is none. */
  peek(key: K): V {
    return this.entryFor(key).value;
  }

  /** The key's value, started for one more user until they release it. */
  acquire(key: K): Kept<V> {
    const entry = this.entryFor(key);
    if (entry.stopTimer) clearTimeout(entry.stopTimer);
    entry.stopTimer = null;
    entry.users += 1;
    if (!entry.started) {
      entry.started = true;
      this.options.start?.(entry.value);
    }
    let released = false;
    return {
      value: entry.value,
      release: () => {
        if (released) return;
        released = true;
        entry.users -= 1;
        if (entry.users > 0) return;
        entry.stopTimer = setTimeout(() => {
          entry.stopTimer = null;
          if (entry.users > 0) return;
          entry.started = false;
          this.options.stop(entry.value);
          if (!this.options.keepStopped && this.entries.get(key) === entry) this.entries.delete(key);
        }, this.options.graceMs);
      },
    };
  }
}
