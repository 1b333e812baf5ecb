import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../electron/build/buildElectron.ts';

/**
 * The layer rules of eslint.config.js, run on probe files placed in each layer. The probes are given to ESLint
 * as text with a path inside the tree (nothing is written), and the rule resolves their imports to real files.
 */
const eslint = new ESLint({ cwd: REPO_ROOT });

async function layerErrors(probePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${REPO_ROOT}/${probePath}` });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules', () => {
  it('refuse an import from electron/node into the Electron main process, however the path is spelled', async () => {
    const errors = await layerErrors('electron/node/services/layerProbe.ts',
      "import { registerIpc } from '../../main/ipc.ts';\nexport const probe = registerIpc;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('electron/node must not depend on the Electron main process');
  });

  it('refuse outer layers in shared/, electron/ in the renderer, and the Node services in the preload', async () => {
    expect(await layerErrors('shared/text/layerProbe.ts',
      "import { App } from '../../renderer/app/App.tsx';\nexport const probe = App;\n")).toHaveLength(1);
    expect(await layerErrors('renderer/app/layerProbe.ts',
      "import { createServices } from '../../electron/node/services/createServices.ts';\nexport const probe = createServices;\n")).toHaveLength(1);
    expect(await layerErrors('electron/preload/layerProbe.ts',
      "import { createServices } from '../node/services/createServices.ts';\nexport const probe = createServices;\n")).toHaveLength(1);
  });

  it('allow what the layers may use', async () => {
    expect(await layerErrors('electron/main/layerProbe.ts',
      "import { createServices } from '../node/services/createServices.ts';\nexport const probe = createServices;\n")).toEqual([]);
    expect(await layerErrors('renderer/app/layerProbe.ts',
      "import { apiContract } from '../../shared/api/contract.ts';\nexport const probe = apiContract;\n")).toEqual([]);
  });
});
