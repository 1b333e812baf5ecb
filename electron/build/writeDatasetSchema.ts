/**
 * `npm run schema`: writes data/schema/dataset.schema.json from the zod schema of dataset.json
 * (shared/export/datasetSchema.ts). A test fails when the file in the repository is out of date.
 */
import { writeFile } from 'node:fs/promises';
import { datasetJsonSchemaText } from '../../shared/export/datasetSchema.ts';
import { REPO_ROOT } from './buildElectron.ts';

const path = `${REPO_ROOT}/data/schema/dataset.schema.json`;
await writeFile(path, datasetJsonSchemaText());
process.stdout.write(`wrote ${path}\n`);
