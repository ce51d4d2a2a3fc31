import { EN } from './en.js';
import type { Phrases } from './types.js';

export const ZH: Phrases = EN;
