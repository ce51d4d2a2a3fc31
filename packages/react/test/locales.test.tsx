// @vitest-environment happy-dom
import { EN_MESSAGES, NOTE_PREVIEW_LOCALES, NotePreview, resolveMessages } from '@closeout/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Backend, startBackend } from '../../client/test/support/backend.js';
import './support/patience.js';
import { localeOf, withFallback } from '../src/locale.js';
import { TRANSLATIONS } from '../src/locales/index.js';

let backend: Backend;
beforeEach(async () => {
  backend = await startBackend();
});
afterEach(cleanup);

describe('<NotePreview locale>', () => {
  it('speaks German throughout the step for locale="de-AT"', async () => {
    const id = await backend.workedSession();
    const ticketId = (await backend.acme.sessions.get(id)).ticket?.id;
    const user = userEvent.setup();
    const { container } = render(
      <NotePreview client={backend.client} sessionId={id} kind="resolve" locale="de-AT" />,
    );
    expect(screen.getByRole('heading', { name: 'Lösungsnotiz' })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Die Notiz wird entworfen…');
    const root = container.querySelector('section');
    expect(root?.getAttribute('lang')).toBe('de-AT');
    expect(root?.getAttribute('dir')).toBe('ltr');
    await waitFor(() => expect(screen.getByText(/Entworfen aus Version 6 der Sitzung/)).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Text bearbeiten' }));
    expect(screen.getByRole('textbox', { name: 'Notiztext' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Bestätigen & posten' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Resolved — bestätigt durch erneutes Lesen von Ticket #${ticketId}`,
      ),
    );
  });

  it('lays Arabic out right to left', async () => {
    const id = await backend.workedSession();
    const { container } = render(
      <NotePreview client={backend.client} sessionId={id} kind="resolve" locale="ar" />,
    );
    expect(container.querySelector('section')?.getAttribute('dir')).toBe('rtl');
    expect(screen.getByRole('button', { name: 'تأكيد ونشر' })).toBeTruthy();
  });

  it('lets the host replace any text over the translation, key by key', async () => {
    const id = await backend.workedSession({ ticket: false });
    const user = userEvent.setup();
    render(
      <NotePreview
        client={backend.client}
        sessionId={id}
        kind="resolve"
        locale="fr"
        messages={{ confirm: 'Envoyer au client', savedNoTicket: 'Gardée ici.', edit: undefined }}
      />,
    );
    await waitFor(() => expect(screen.getByText(/Rédigée à partir de la version/)).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Modifier le texte' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Envoyer au client' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Gardée ici.'));
  });
});

describe('the messages table', () => {
  it('ships at least the guard’s languages and the markets’ others', () => {
    const wanted = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ja', 'zh', 'ko', 'pl', 'sv', 'tr', 'ru', 'ar'];
    expect([...NOTE_PREVIEW_LOCALES].sort()).toEqual([...wanted].sort());
  });

  it('translates every locale’s visible contract texts, filling in the values', () => {
    for (const locale of NOTE_PREVIEW_LOCALES.filter((l) => l !== 'en')) {
      const m = resolveMessages(locale);
      for (const key of [
        'noteText',
        'confirm',
        'edit',
        'headingResolve',
        'reasonOffline',
        'fallbackWhyUnreachable',
      ] as const) {
        expect(m[key], `${locale}.${key}`).not.toBe(EN_MESSAGES[key]);
      }
      const failed = m.verificationFailed({ ticket: 'T-1', expected: '“Resolved”', actual: '“New”' });
      expect(failed, locale).toContain('T-1');
      expect(failed, locale).toContain('“Resolved”');
      expect(failed, locale).toContain('“New”');
      expect(m.draftedFrom({ version: 42 }), locale).toContain('42');
      expect(m.fallbackIntro({ why: m.fallbackWhyClaim }), locale).toContain(m.fallbackWhyClaim);
    }
  });

  it('falls back to English for a key a translation lacks', () => {
    const partial = { confirm: 'Bevestigen' };
    const m = withFallback(partial);
    expect(m.confirm).toBe('Bevestigen');
    expect(m.noteText).toBe('Note text');
    for (const [locale, translation] of Object.entries(TRANSLATIONS)) {
      const resolved = resolveMessages(locale);
      for (const key of Object.keys(EN_MESSAGES) as (keyof typeof EN_MESSAGES)[]) {
        expect(resolved[key], `${locale}.${key}`).toBe(translation[key] ?? EN_MESSAGES[key]);
      }
    }
  });

  it('picks the shipped language of a tag, English when there is none', () => {
    expect(localeOf('pt-BR')).toBe('pt');
    expect(localeOf('zh_Hans_CN')).toBe('zh');
    expect(localeOf('SV')).toBe('sv');
    expect(localeOf('fi')).toBe('en');
    expect(localeOf(undefined)).toBe('en');
    expect(resolveMessages('fi').confirm).toBe('Confirm & post');
  });
});
