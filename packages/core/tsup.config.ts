import { packageConfig } from '../../tsup.base.js';

export default packageConfig({
  index: 'src/index.ts',
  anthropic: 'src/anthropic/index.ts',
  psa: 'src/psa/index.ts',
  openai: 'src/openai/index.ts',
  prompts: 'src/prompts/index.ts',
  testing: 'src/testing/index.ts',
  'fake-psa': 'src/fake-psa/index.ts',
  tools: 'src/tools/index.ts',
});
