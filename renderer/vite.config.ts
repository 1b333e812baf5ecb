import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is loaded from disk by Electron and from any path by the HTTP bridge, so every asset URL is
// relative (base './'). No inline scripts: the CSP is `script-src 'self'`.
// import.meta.dirname rather than node:path, which the renderer layer may not import (eslint.config.js).
const here = import.meta.dirname;

export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${here}/../dist/renderer`,
    emptyOutDir: true,
    // Keeps the HTML free of an inline module-preload polyfill.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    // Electron 45 is Chromium 142: CSS light-dark() stays native instead of being lowered to variables.
    cssTarget: 'chrome123',
  },
});
