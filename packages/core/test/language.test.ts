// Which language a session's notes are written in: the session's own, else the account's, else
// what its text is written in.
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { PHRASES } from '../src/generators/phrases/table.js';
import { LANGUAGES } from '../src/language/codes.js';
import { detectLanguage, detectSessionLanguage } from '../src/language/detect.js';
import { LANGUAGE_TICKETS } from './fixtures/sessions-languages.js';

describe('detectLanguage', () => {
  it.each(LANGUAGES)('knows an ordinary %s ticket', (language) => {
    const t = LANGUAGE_TICKETS[language];
    expect(detectLanguage(`${t.problem}\n${t.finding}`)).toBe(language);
    expect(
      detectSessionLanguage({
        problem: t.problem,
        findings: [{ id: 'f', text: t.finding, createdAt: '2026-11-25T09:00:00.000Z' }],
        decisions: [],
        fixes: [],
      }),
    ).toBe(language);
  });

  it.each([
    ['Drucker druckt nicht mehr, seit der Treiber aktualisiert wurde', 'de'],
    ['User cannot log in after her password was reset', 'en'],
    ['Laptop cannot join Wi-Fi after reimage', 'en'],
    ['Server was patched on Sunday and the ERP service no longer starts', 'en'],
    ['Outlook ne se connecte plus depuis ce matin', 'fr'],
    ['El usuario no puede iniciar sesión desde el cambio de contraseña', 'es'],
    ['Użytkownik nie może się zalogować po zmianie hasła', 'pl'],
    ['Kullanıcı şifre değişikliğinden sonra oturum açamıyor', 'tr'],
    ['Användaren kan inte logga in efter att lösenordet byttes', 'sv'],
    ['パスワードをリセットした後、ユーザーがログインできない', 'ja'],
    ['重置密码后用户无法登录', 'zh'],
    ['비밀번호 재설정 후 사용자가 로그인할 수 없음', 'ko'],
    ['Пользователь не может войти после сброса пароля', 'ru'],
    ['لا يستطيع المستخدم تسجيل الدخول بعد إعادة تعيين كلمة المرور', 'ar'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('falls back to English when the text gives no sign', () => {
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage('HP-LJ-301 0x00000709')).toBe('en');
  });
});

async function germanTicket(acme: ReturnType<ReturnType<typeof createCloseout>['account']>, language?: 'ja') {
  const t = LANGUAGE_TICKETS.de;
  const s = await acme.sessions.create({ problem: t.problem, ...(language ? { language } : {}) });
  await acme.sessions.addFinding(s.id, { text: t.finding });
  await acme.sessions.proposeFix(s.id, { title: t.firstFix });
  await acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: t.firstReason });
  return s.id;
}

describe('the language of a preview', () => {
  it('is detected from the session when neither the session nor the account names one', async () => {
    const acme = createCloseout({ storage: memoryStorage() }).account('acme');
    const id = await germanTicket(acme);
    const note = await acme.previews.resolutionNote(id);
    expect(note.markdown).toMatch(new RegExp(`^## ${PHRASES.de.headingClosedUnresolved}\n`));
    expect((await acme.previews.escalationPackage(id)).markdown).toContain(
      `## ${PHRASES.de.escalationTitles[1]}\n`,
    );
  });

  it('follows the account setting over detection, and drafts again when the setting changes', async () => {
    const acme = createCloseout({ storage: memoryStorage() }).account('acme');
    const id = await germanTicket(acme);
    await acme.settings.update({ language: 'fr' });
    const french = await acme.previews.resolutionNote(id);
    expect(french.markdown).toMatch(new RegExp(`^## ${PHRASES.fr.headingClosedUnresolved}\n`));
    expect((await acme.previews.resolutionNote(id)).cached).toBe(true);
    await acme.settings.update({ language: 'sv' });
    const swedish = await acme.previews.resolutionNote(id);
    expect(swedish.cached).toBe(false);
    expect(swedish.markdown).toMatch(new RegExp(`^## ${PHRASES.sv.headingClosedUnresolved}\n`));
  });

  it('follows the session’s own language over the account’s', async () => {
    const acme = createCloseout({ storage: memoryStorage() }).account('acme');
    await acme.settings.update({ language: 'fr' });
    const id = await germanTicket(acme, 'ja');
    expect((await acme.previews.resolutionNote(id)).markdown).toMatch(
      new RegExp(`^## ${PHRASES.ja.headingClosedUnresolved}\n`),
    );
  });
});
