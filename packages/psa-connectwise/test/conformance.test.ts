import { runPsaConformance } from '@closeout/core/testing';
import { connectwiseHarness } from './support/harness.js';

// The ConnectWise adapter against the spec-checked simulator: the same suite every PSA adapter runs.
runPsaConformance('connectwise', () => connectwiseHarness());
