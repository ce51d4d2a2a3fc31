import { describe, expect, it } from 'vitest';
import { renderResolutionNote } from '../src/generators/render.js';
import { adapterLog, renderNote } from '../src/psa/index.js';
import { caught, NOTE, writebackFixture } from './writeback-fixture.js';

const MARKDOWN = [
  '## Resolution',
  '',
  'The spooler **stopped** crashing after the _driver_ swap.',
  '',
  '**What fixed it:** Reinstall HP UPD 7.1. See [the KB](https://kb.example/42) and `spoolsv.exe`.',
  '',
  '### Next steps',
  '',
  '1. Watch the queue for a day.',
  '2. Close the ticket.',
  '- keep file_name_with_underscores and 2*3*4 as they are',
  '',
  '> quoted finding',
  '',
  '```',
  '**not bold** <kept>',
  '```',
  '',
].join('\n');

describe('psa toolkit: renderNote', () => {
  it('returns markdown unchanged', () => {
    expect(renderNote(MARKDOWN, 'markdown')).toBe(MARKDOWN);
    expect(renderNote(MARKDOWN)).toBe(MARKDOWN);
  });

  it('renders plain text without markup, keeping lists, link targets and code as written', () => {
    expect(renderNote(MARKDOWN, 'text')).toBe(
      [
        'Resolution',
        '',
        'The spooler stopped crashing after the driver swap.',
        '',
        'What fixed it: Reinstall HP UPD 7.1. See the KB (https://kb.example/42) and spoolsv.exe.',
        '',
        'Next steps',
        '',
        '1. Watch the queue for a day.',
        '2. Close the ticket.',
        '',
        '- keep file_name_with_underscores and 2*3*4 as they are',
        '',
        '> quoted finding',
        '',
        '**not bold** <kept>',
      ].join('\n'),
    );
  });

  it('renders escaped HTML', () => {
    const html = renderNote(MARKDOWN, 'html');
    expect(html).toContain('<h2>Resolution</h2>');
    expect(html).toContain(
      '<p>The spooler <strong>stopped</strong> crashing after the <em>driver</em> swap.</p>',
    );
    expect(html).toContain('<a href="https://kb.example/42">the KB</a> and <code>spoolsv.exe</code>');
    expect(html).toContain('<ol><li>Watch the queue for a day.</li><li>Close the ticket.</li></ol>');
    expect(html).toContain('<ul><li>keep file_name_with_underscores and 2*3*4 as they are</li></ul>');
    expect(html).toContain('<blockquote><p>quoted finding</p></blockquote>');
    expect(html).toContain('<pre><code>**not bold** &lt;kept&gt;</code></pre>');
  });

  it('never lets text through as HTML, and links only http, https and mailto', () => {
    const html = renderNote(
      'Fixed <script>alert(1)</script> & "quotes"\n\n[x](javascript:alert(1)) [y](https://a.example/?q="><b>)',
      'html',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toMatch(/<b>/);
  });

  it('keeps backslash-escaped markup characters literal', () => {
    expect(renderNote('a \\*literal\\* star', 'text')).toBe('a *literal* star');
    expect(renderNote('a \\*literal\\* star', 'html')).toBe('<p>a *literal* star</p>');
  });

  it('renders what core writes: a resolution note keeps every word', () => {
    const md = renderResolutionNote(
      {
        outcome: 'resolved',
        summary: 'Printing works again',
        resolution: { fixId: 'f1', whatFixedIt: 'new driver', howConfirmed: 'test page' },
        tried: [],
        nextSteps: ['Monitor'],
      },
      {
        problem: 'p',
        findings: [],
        decisions: [],
        fixes: [{ id: 'f1', title: 'Reinstall HP UPD 7.1', status: 'success', steps: [], active: true }],
      } as never,
    );
    const text = renderNote(md, 'text');
    expect(text).not.toMatch(/[#*]/);
    expect(text).toContain('What fixed it: Reinstall HP UPD 7.1. new driver.');
    expect(text).toContain('1. Monitor.');
  });
});

describe('core renders the note in the adapter noteFormat', () => {
  const MD = '## Resolution\n\n**Fixed:** the printer prints.';

  it('posts plain text to a text PSA while the session keeps the markdown', async () => {
    const f = await writebackFixture({ psa: { noteFormat: 'text' } });
    const s = await f.session();
    await f.acme.resolve(s.id, { text: MD, basedOnVersion: s.stateVersion });
    const [note] = f.psa.notes(s.ticket?.id);
    expect(note?.text).toBe('Resolution\n\nFixed: the printer prints.');
    expect((await f.acme.sessions.get(s.id)).finalization?.text).toBe(MD);
  });

  it('finds the rendered note after a lost response and posts no second one', async () => {
    const f = await writebackFixture({ psa: { noteFormat: 'html' } });
    const s = await f.session();
    f.psa.inject('addNote', { type: 'lost_response' }, { times: 1 });
    const lost = await caught(f.acme.resolve(s.id, { text: MD, basedOnVersion: s.stateVersion }));
    expect(lost.code).toBe('PSA_REQUEST_FAILED');
    const result = await f.acme.resolve(s.id, { text: MD, basedOnVersion: s.stateVersion });
    expect(result.outcome).toBe('resolved');
    const notes = f.psa.notes(s.ticket?.id);
    expect(notes.map((n) => n.text)).toEqual([
      '<h2>Resolution</h2>\n<p><strong>Fixed:</strong> the printer prints.</p>',
    ]);
    expect(result.note.externalId).toBe(notes[0]?.id);
  });

  it('posts markdown unchanged to an adapter without noteFormat', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    expect(f.psa.notes(s.ticket?.id)[0]?.text).toBe(NOTE);
  });
});

describe('psa toolkit: adapterLog', () => {
  it('adds lib and psa to every line and survives a throwing logger', () => {
    const lines: unknown[][] = [];
    const log = adapterLog({ debug: (...args: unknown[]) => lines.push(args) }, 'acme');
    log('debug', 'acme: request', { status: 200 });
    log('info', 'no info method: dropped');
    expect(lines).toEqual([[{ status: 200, psa: 'acme', lib: 'closeout' }, 'acme: request']]);
    const broken = adapterLog(
      {
        warn: () => {
          throw new Error('logger down');
        },
      },
      'acme',
    );
    expect(() => broken('warn', 'still fine')).not.toThrow();
  });
});
