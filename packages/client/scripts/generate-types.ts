// Writes packages/client/src/api-types.ts (see api-types.ts beside this file).
import { writeFile } from 'node:fs/promises';
import { API_TYPES_FILE, renderApiTypes } from './api-types.js';

await writeFile(API_TYPES_FILE, await renderApiTypes());
console.log(`wrote ${API_TYPES_FILE.pathname}`);
