// Layering is enforced here, not by hope (cf. VS Code's common/browser/node/electron-main):
//   shared/          pure domain core: no electron, react, lowdb, node:* or other platform modules
//   electron/node/   Node services, store, CLI, HTTP bridge: may use node:*, lowdb; never electron or renderer
//   electron/main/   Electron main process: may use electron and electron/node
//   electron/preload the sandboxed preload: electron's contextBridge/ipcRenderer and shared/ only
//   renderer/        React UI: shared/ and the browser; reaches the main process only through the typed API
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util',
  'stream', 'events', 'worker_threads', 'zlib', 'buffer', 'process',
];
const platform = (names) => names.map((name) => ({ name, message: 'Layer violation: see eslint.config.js.' }));
const noNodeProtocol = { group: ['node:*'], message: 'Layer violation: no Node built-ins in this layer.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'out/**', 'release/**', 'tests/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['electron', 'react', 'react-dom', 'lowdb', 'lowdb/node', ...nodeBuiltins]),
        patterns: [noNodeProtocol,
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on outer layers.' }],
      }],
    },
  },
  {
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['electron', 'react', 'react-dom']),
        patterns: [{ group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '../main/**', '../preload/**'],
          message: 'electron/node must not depend on the Electron main process or the renderer.' }],
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['lowdb', 'lowdb/node', 'react', 'react-dom', ...nodeBuiltins]),
        patterns: [noNodeProtocol, { group: ['**/electron/node/**', '**/renderer/**', '../node/**'],
          message: 'The preload only bridges the typed API.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['electron', 'lowdb', 'lowdb/node', ...nodeBuiltins]),
        patterns: [noNodeProtocol, { group: ['**/electron/**'],
          message: 'The renderer reaches the main process only through the typed API (window.workbench).' }],
      }],
    },
  },
);
