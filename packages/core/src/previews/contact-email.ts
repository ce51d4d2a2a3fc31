import type { AccountContext } from '../context.js';
import type { PreviewKind } from '../generators/kinds.js';
import type { AccountSettings, Session } from '../model/session.js';

/**
 * Whether posting a preview's note e-mails the ticket's contact, as closeout knows before posting:
 * - `yes`: a customer-visible note, the account's `notifyContact` is on, and the PSA takes the
 *   flag (ConnectWise, HaloPSA);
 * - `no`: the setting is off on such a PSA, the note is internal (an escalation), or nothing will
 *   be posted to a PSA (no ticket, no adapter);
 * - `psa_rules`: a customer-visible note on a PSA without a per-note flag (Autotask): its own
 *   rules (workflow rules, notification settings) decide.
 */
export type ContactEmail = 'yes' | 'no' | 'psa_rules';

/** {@link ContactEmail} for a preview of `kind` of `session`, from the settings and the adapter now. */
export async function contactEmailOf(
  ctx: AccountContext,
  kind: PreviewKind,
  session: Session,
  settings: AccountSettings,
): Promise<ContactEmail> {
  // An escalation is an internal note: the contact never sees it, so never hears of it.
  if (kind === 'escalation_package' || session.ticket === null) return 'no';
  const psa = await ctx.psa();
  if (psa === undefined || psa.provider !== session.ticket.provider) return 'no';
  if (psa.contactNotification !== 'flag') return 'psa_rules';
  return settings.notifyContact === true ? 'yes' : 'no';
}
