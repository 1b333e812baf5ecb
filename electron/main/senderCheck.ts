import { isRendererUrl } from './rendererProtocol.ts';

/**
 * Who may call the API over IPC: only the main frame of our one window, showing our own renderer page.
 * Not an iframe, not a page the window was somehow navigated to, not another WebContents (devtools …).
 * Structural types so the check is pure and testable without Electron; Electron's IpcMainInvokeEvent and
 * BrowserWindow satisfy them.
 */
export interface FrameLike {
  readonly processId: number;
  readonly routingId: number;
  readonly url: string;
}

export interface InvokeEventLike {
  readonly sender: { readonly id: number };
  readonly senderFrame: FrameLike | null;
}

export interface TrustedWindowLike {
  isDestroyed(): boolean;
  readonly webContents: { readonly id: number; readonly mainFrame: Pick<FrameLike, 'processId' | 'routingId'> };
}

export function isTrustedSender(event: InvokeEventLike, window: TrustedWindowLike | null | undefined): boolean {
  if (!window || window.isDestroyed()) return false;
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed while the call was in flight
  const { webContents } = window;
  if (event.sender.id !== webContents.id) return false;
  const main = webContents.mainFrame;
  if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
  return isRendererUrl(frame.url);
}
