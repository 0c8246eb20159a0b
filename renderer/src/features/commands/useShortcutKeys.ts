import { useEffect, useRef } from 'react';
import { findShortcut, type AppCommand } from './shortcuts';

/** Runs the command of any shortcut pressed anywhere in the window. */
export function useShortcutKeys(run: (command: AppCommand) => void): void {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.isComposing) return;
      const shortcut = findShortcut(e);
      if (!shortcut) return;
      // Also keeps Electron's menu accelerator from firing a second time.
      e.preventDefault();
      latest.current(shortcut.command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
