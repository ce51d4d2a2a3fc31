import type { NotePreviewMessages } from '../messages.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import { ja } from './ja.js';
import { ko } from './ko.js';
import { nl } from './nl.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { ru } from './ru.js';
import { sv } from './sv.js';
import { tr } from './tr.js';
import { zh } from './zh.js';

/**
 * The shipped translations, by language subtag. Each is partial on purpose: a key added to the
 * English table shows in English until its translation lands, and never breaks the build.
 */
export const TRANSLATIONS = { de, fr, es, it, nl, pt, ja, zh, ko, pl, sv, tr, ru, ar } satisfies Record<
  string,
  Partial<NotePreviewMessages>
>;
