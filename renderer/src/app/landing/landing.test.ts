import { describe, expect, it } from 'vitest';
import { homeOfRole, landingFor, rememberScreen, sectionOf } from './landing';

function memory() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('landing', () => {
  it('sends each role to its own screen the first time', () => {
    const store = memory();
    expect(landingFor(store, { id: 'u1', role: 'dispatcher' })).toBe('/queue');
    expect(landingFor(store, { id: 'u2', role: 'supervisor' })).toBe('/my');
    expect(landingFor(store, { id: 'u3', role: 'manager' })).toBe('/ratings');
    expect(Object.keys(homeOfRole)).toHaveLength(3);
  });

  it('remembers the last section per person, not the issue open in it', () => {
    const store = memory();
    rememberScreen(store, 'u1', '/sync');
    rememberScreen(store, 'u2', '/queue/НГ-2026-1');
    expect(landingFor(store, { id: 'u1', role: 'dispatcher' })).toBe('/sync');
    expect(landingFor(store, { id: 'u2', role: 'manager' })).toBe('/queue');
    expect(landingFor(store, { id: 'u3', role: 'manager' })).toBe('/ratings');
  });

  it('ignores a path of no section and a stored value that is not one', () => {
    const store = memory();
    rememberScreen(store, 'u1', '/');
    expect(landingFor(store, { id: 'u1', role: 'supervisor' })).toBe('/my');
    store.setItem('gorod-desk:last-screen:u1', 'javascript:alert(1)');
    expect(landingFor(store, { id: 'u1', role: 'supervisor' })).toBe('/my');
    expect(sectionOf('/ratings')).toBe('/ratings');
    expect(sectionOf('/nowhere')).toBeNull();
  });

  it('does not fail when the storage refuses to write', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => rememberScreen(full, 'u1', '/queue')).not.toThrow();
  });
});
