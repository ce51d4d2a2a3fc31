import type { AccountContext } from '../context.js';
import type { SettingsUpdate } from '../model/inputs.js';
import { SettingsUpdateSchema } from '../model/inputs.js';
import type { AccountSettings } from '../model/session.js';
import { parseInput } from '../model/validate.js';

/**
 * Per-account settings: the PSA status ids a resolve and an escalate move the ticket to, the
 * language of the account's notes, whether drafted time is billable, and `notifyContact`.
 */
export interface SettingsApi {
  get(): Promise<AccountSettings>;
  /** Sets the given keys; `null` clears one; absent keys stay as they are. */
  update(update: SettingsUpdate): Promise<AccountSettings>;
}

export function settingsApi(ctx: AccountContext): SettingsApi {
  return {
    get: async () => ctx.storage.getSettings(ctx.accountId),
    async update(update) {
      const parsed = parseInput(SettingsUpdateSchema, update, 'settings');
      return ctx.storage.updateSettings(ctx.accountId, (current) => {
        const next: AccountSettings = { ...current };
        for (const key of ['resolvedStatusId', 'escalatedStatusId'] as const) {
          const value = parsed[key];
          if (value === null) delete next[key];
          else if (value !== undefined) next[key] = value;
        }
        if (parsed.timeEntryBillable === null) delete next.timeEntryBillable;
        else if (parsed.timeEntryBillable !== undefined) next.timeEntryBillable = parsed.timeEntryBillable;
        if (parsed.notifyContact === null) delete next.notifyContact;
        else if (parsed.notifyContact !== undefined) next.notifyContact = parsed.notifyContact;
        if (parsed.language === null) delete next.language;
        else if (parsed.language !== undefined) next.language = parsed.language;
        return next;
      });
    },
  };
}
