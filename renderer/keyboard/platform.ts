import { isMacPlatform } from './shortcuts.ts';

/** macOS uses Cmd where other systems use Ctrl; decided once from the browser. */
export const IS_MAC = isMacPlatform(navigator.platform || navigator.userAgent);
