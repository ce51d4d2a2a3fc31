import { packageConfig } from '../../tsup.base.js';

export default packageConfig(
  {
    anthropic: 'src/anthropic.ts',
    openai: 'src/openai.ts',
    connectwise: 'src/connectwise.ts',
    'connectwise-contract': 'src/connectwise-contract.ts',
    autotask: 'src/autotask.ts',
    halo: 'src/halo.ts',
    'halo-contract': 'src/halo-contract.ts',
    'scripted-api': 'src/scripted-api.ts',
  },
  // The vendor schemas are read from `fixtures/` beside `dist/` through `import.meta.url`, which the
  // CommonJS build needs shimmed.
  { shims: true },
);
