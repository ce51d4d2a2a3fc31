// How the demo prints: headings, aligned fields, indented blocks, and colour only where a person is
// watching (stdout is a terminal and NO_COLOR is unset, https://no-color.org), so piped or captured
// output stays plain text.
import { styleText } from 'node:util';

type Style = Parameters<typeof styleText>[0];

const colour = process.stdout.isTTY === true && !process.env.NO_COLOR;
const paint = (style: Style, text: string): string => (colour ? styleText(style, text) : text);

export const bold = (text: string) => paint('bold', text);
export const dim = (text: string) => paint('dim', text);
export const green = (text: string) => paint('green', text);
export const red = (text: string) => paint('red', text);
export const yellow = (text: string) => paint('yellow', text);
export const cyan = (text: string) => paint('cyan', text);

const print = (line = '') => process.stdout.write(`${line}\n`);

let section = 0;

/** The demo's title line. */
export function title(text: string): void {
  print(bold(text));
}

/** A numbered section heading. */
export function heading(title: string): void {
  section += 1;
  print();
  print(bold(cyan(`── ${section}. ${title} `.padEnd(78, '─'))));
}

/** A line of text, indented under the current heading. */
export function line(text = ''): void {
  print(text === '' ? '' : `  ${text}`);
}

/** `label  value` rows with the labels aligned. */
export function fields(rows: ReadonlyArray<readonly [string, string]>): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  for (const [label, value] of rows) line(`${dim(label.padEnd(width))}  ${value}`);
}

/** A multi-line text (a note, a package) set off by a gutter so it reads as a document. */
export function block(text: string): void {
  for (const row of text.trimEnd().split('\n')) print(`  ${dim('│')} ${row}`);
}

/** A result that proves the point of a step. */
export function ok(text: string): void {
  line(`${green('✓')} ${text}`);
}

/** An expected failure, shown as the caller would see it (never a stack trace). */
export function failed(text: string): void {
  line(`${red('✗')} ${text}`);
}

/** Milliseconds since `start` (from `performance.now()`), for display. */
export function since(start: number): string {
  const ms = performance.now() - start;
  return ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}
