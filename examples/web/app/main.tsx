import { createClient, type Session } from '@closeout/client';
import { type NoteKind, NotePreview } from '@closeout/react';
import '@closeout/react/styles.css';
import './app.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { recordSession, TICKET } from './record-session.js';

// The example server knows one API key; a real host sends its own session cookie or token here.
// The technician's language: `?lang=de` here; a host takes it from the user's profile.
const locale = new URLSearchParams(window.location.search).get('lang') ?? undefined;
const client = createClient({ baseUrl: '/api', headers: { authorization: 'Bearer demo-key' } });

function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<NoteKind | null>(null);

  useEffect(() => {
    recordSession(client).then(setSession, (e: unknown) => setError(String(e)));
  }, []);

  if (error !== null) return <p role="alert">{error}</p>;
  if (session === null) return <p role="status">Recording the session…</p>;
  const activeFix = session.fixes.find((f) => f.id === session.activeFixId);

  return (
    <main data-session-id={session.id}>
      <header>
        <p className="ticket">ConnectWise ticket #{TICKET.id}</p>
        <h1>{session.problem}</h1>
      </header>
      <section aria-label="Session">
        <h2>What happened</h2>
        <ul>
          {session.findings.map((f) => (
            <li key={f.id}>{f.text}</li>
          ))}
          {session.fixes.map((f) => (
            <li key={f.id}>
              {f.title}: <strong className={`outcome outcome--${f.status}`}>{f.status}</strong>
              {f.failureReason ? ` (${f.failureReason})` : ''}
            </li>
          ))}
        </ul>
        <p className="hint">Active fix: {activeFix?.title ?? 'none'}</p>
      </section>
      <div className="anchor">
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            onClick={() => setOpen('resolve')}
            aria-expanded={open === 'resolve'}
          >
            Preview resolution note
          </button>
          <button type="button" onClick={() => setOpen('escalate')} aria-expanded={open === 'escalate'}>
            Escalate instead
          </button>
        </div>
        {open !== null && (
          <div
            className="popover"
            role="dialog"
            aria-label={open === 'resolve' ? 'Resolve the ticket' : 'Escalate the ticket'}
          >
            {/* The resolution logs the technician's time too; the escalation hands the ticket on. */}
            <NotePreview
              key={open}
              client={client}
              sessionId={session.id}
              kind={open}
              timeEntry={open === 'resolve'}
              {...(locale === undefined ? {} : { locale })}
            />
            <button type="button" className="close" onClick={() => setOpen(null)}>
              Close
            </button>
          </div>
        )}
      </div>
    </main>
  );
}

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
