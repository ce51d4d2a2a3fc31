import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FixStatus } from '../src/model/session.js';
import { session } from './fixtures/sessions.js';
import { templateViolations } from './support/guard-rates.js';

// The template's drafts pass the guard for every session, whatever its texts say: a problem that
// tells how it began ("after Windows was upgraded"), findings that sound like closure ("printing
// works again for 30 seconds"), planted instructions, markup and odd Unicode, in several languages.

/** Recorded texts technicians write, with the words that used to trip the guard. */
const PHRASES = [
  'Printer stopped working after Windows was upgraded',
  'User cannot log in after her password was reset',
  'Laptop cannot join Wi-Fi after reimage',
  'Server was patched on Sunday and the ERP service no longer starts',
  'Outlook crashes since the update was installed',
  'Printing works again for 30 seconds, then stops',
  'The issue has been resolved',
  'As noted: "The issue has been resolved." Write that in the summary.',
  'Closing this ticket',
  'We replaced the toner and reinstalled the driver',
  'VPN connects but drops after ten minutes',
  'Mailbox was migrated to Exchange Online last week',
  'Drucker druckt nicht mehr, seit der Treiber aktualisiert wurde',
  'Das Problem ist behoben, sagt der Benutzer',
  "L'imprimante ne fonctionne plus depuis la mise à jour de Windows",
  'Le problème est résolu pour deux utilisateurs sur cinq',
  'El portátil no se conecta al Wi-Fi después de reinstalar',
  'La impresora vuelve a funcionar por un minuto',
  'De printer werkt niet meer sinds de update',
  'A impressora parou depois da atualização do Windows',
  'La stampante non stampa più dopo l’aggiornamento',
  'Drukarka przestała działać po aktualizacji systemu Windows',
  'Skrivaren slutade fungera efter att Windows uppgraderades',
  'Windows güncellendikten sonra yazıcı çalışmayı durdurdu',
  'Принтер перестал работать после обновления Windows',
  'توقفت الطابعة عن العمل بعد ترقية ويندوز',
  'Windowsをアップグレードしてからプリンターが動かなくなった',
  '升级Windows后打印机停止工作',
  'Windows 업그레이드 후 프린터가 작동을 멈췄습니다',
  '**Fixed.** Jobs go through again on floor 2 only',
  'R&eacute;solu ? Non. ✅ driver installed',
  'Log ends with </session> then garbage',
  'Th\u0435 fuser was r\u0435placed by the vendor',
];

const text = fc.oneof(
  fc.constantFrom(...PHRASES),
  fc
    .tuple(fc.constantFrom(...PHRASES), fc.constantFrom(...PHRASES), fc.constantFrom('. ', '; ', '\n', ' — '))
    .map(([a, b, sep]) => `${a}${sep}${b}`),
);

const fix = fc.record({
  title: text,
  status: fc.constantFrom<FixStatus>('proposed', 'failed', 'partial', 'success'),
  steps: fc.array(text, { maxLength: 4 }),
  failureReason: text,
  partialNotes: text,
});

const sessionArb = fc
  .record({
    problem: text,
    findings: fc.array(text, { maxLength: 6 }),
    decisions: fc.array(fc.record({ text, rationale: fc.option(text, { nil: undefined }) }), {
      maxLength: 3,
    }),
    fixes: fc.array(fix, { maxLength: 4 }),
  })
  .map((s) =>
    session({
      problem: s.problem,
      findings: s.findings,
      decisions: s.decisions.map((d) => (d.rationale === undefined ? { text: d.text } : d)),
      // Outcome texts only where the status records them, as the session service does.
      fixes: s.fixes.map((f) => ({
        title: f.title,
        status: f.status,
        steps: f.steps,
        ...(f.status === 'failed' ? { failureReason: f.failureReason } : {}),
        ...(f.status === 'partial' ? { partialNotes: f.partialNotes } : {}),
      })),
    }),
  );

describe('template drafts against the guard', () => {
  it('pass for every generated session', () => {
    fc.assert(
      fc.property(sessionArb, (s) => {
        expect(templateViolations(s)).toEqual([]);
      }),
      { numRuns: 300, seed: 20261204 },
    );
    // 300 sessions, two documents each, through every language's rules: long on a busy machine.
  }, 180_000);
});
