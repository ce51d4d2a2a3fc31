import { runPsaConformance } from '@closeout/core/testing';
import { autotaskHarness } from './support/harness.js';

runPsaConformance('autotask', () => autotaskHarness());
