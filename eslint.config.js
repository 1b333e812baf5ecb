// Layering is enforced here, not by hope (cf. VS Code's common/browser/node/electron-main):
//   shared/          pure domain core: no electron, react, lowdb, node:* or other platform modules
//   electron/node/   Node services, store, CLI, HTTP bridge: may use node:*, lowdb; never electron or renderer
//   electron/main/   Electron main process: may use electron and electron/node
//   electron/preload the sandboxed preload: electron's contextBridge/ipcRenderer and shared/ only
//   renderer/        React UI: shared/ and the browser; reaches the main process only through the typed API
//
// Two kinds of rule: `no-restricted-imports` names the packages a layer may not use (electron, react, node:*),
// and import-x's `no-restricted-paths` checks where a relative import really lands, resolved to a file, so
// `../../main/ipc.ts` from electron/node is caught however many `../` it takes (tests/lint/layers.test.ts).
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util',
  'stream', 'events', 'worker_threads', 'zlib', 'buffer', 'process',
];
const platform = (names) => names.map((name) => ({ name, message: 'Layer violation: see eslint.config.js.' }));
const noNodeProtocol = { group: ['node:*'], message: 'Layer violation: no Node built-ins in this layer.' };

/** Each layer, and the layers it must not reach, as real folders. */
const layerZones = [
  { target: './shared', from: ['./electron', './renderer'], message: 'shared/ is the pure core: it must not depend on outer layers.' },
  { target: './electron/node', from: ['./electron/main', './electron/preload', './renderer'],
    message: 'electron/node must not depend on the Electron main process, the preload or the renderer.' },
  { target: './electron/main', from: ['./electron/preload', './renderer'], message: 'The main process talks to the renderer only over IPC.' },
  { target: './electron/preload', from: ['./electron/node', './electron/main', './renderer'], message: 'The preload only bridges the typed API.' },
  { target: './renderer', from: ['./electron'], message: 'The renderer reaches the main process only through the typed API (window.workbench).' },
];

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
    files: ['shared/**/*.{ts,tsx}', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: layerZones }] },
  },
  {
    files: ['shared/**/*.ts', 'shared/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['electron', 'react', 'react-dom', 'lowdb', 'lowdb/node', ...nodeBuiltins]),
        patterns: [noNodeProtocol],
      }],
    },
  },
  {
    files: ['electron/node/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['electron', 'react', 'react-dom']),
      }],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['lowdb', 'lowdb/node', 'react', 'react-dom', ...nodeBuiltins]),
        patterns: [noNodeProtocol],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: platform(['electron', 'lowdb', 'lowdb/node', ...nodeBuiltins]),
        patterns: [noNodeProtocol],
      }],
    },
  },
);
