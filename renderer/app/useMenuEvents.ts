import { useEffect, useRef } from 'react';
import type { MenuEvent } from '../../shared/api/bridgeContract.ts';

export type MenuHandlers = Partial<Record<MenuEvent, () => void>>;

/**
 * The Electron menu's commands (File, Edit, View), carried out by the window. In browser mode there is no
 * `window.workbench.onMenu` and nothing is subscribed: the same commands are on the header and the keyboard.
 */
export function useMenuEvents(handlers: MenuHandlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    const subscribe = window.workbench?.onMenu;
    if (!subscribe) return;
    return subscribe((event) => latest.current[event]?.());
  }, []);
}
