// Parses Mermaid diagrams with the real Mermaid parser (the `mermaid` package's own
// `mermaid.parse`, under jsdom because Mermaid expects a DOM for its sanitiser).
//
//   node tests/mermaid/check.mjs FILE.md...   every ```mermaid block of each file
//   node tests/mermaid/check.mjs < blocks      diagrams on standard input, separated by NUL
//
// Prints one line per diagram that does not parse and exits 1 if any did not; otherwise
// prints "mermaid: N diagrams parsed" and exits 0. Exits 2 if there was nothing to check.
// Checks only; never writes a file.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

/** The ```mermaid fenced blocks of a Markdown text (fences of three or more backticks). */
function blocksOf(markdown) {
  const blocks = [];
  let open = null;
  let lines = [];
  for (const line of markdown.split('\n')) {
    if (open === null) {
      const m = /^ {0,3}(`{3,})mermaid\s*$/.exec(line);
      if (m) {
        open = m[1].length;
        lines = [];
      }
    } else if (new RegExp(`^ {0,3}\`{${open},}\\s*$`).test(line)) {
      blocks.push(lines.join('\n'));
      open = null;
    } else {
      lines.push(line);
    }
  }
  if (open !== null) blocks.push(null); // an unclosed block is a failure of its own
  return blocks;
}

const sources = [];
const files = process.argv.slice(2);
if (files.length > 0) {
  for (const file of files) {
    blocksOf(readFileSync(file, 'utf8')).forEach((b, i) => sources.push([`${file} #${i + 1}`, b]));
  }
} else {
  readFileSync(0, 'utf8')
    .split('\0')
    .filter((b) => b.trim() !== '')
    .forEach((b, i) => sources.push([`stdin #${i + 1}`, b]));
}

if (sources.length === 0) {
  console.log('mermaid: nothing to check');
  process.exit(2);
}
let failed = 0;
for (const [name, text] of sources) {
  if (text === null) {
    failed += 1;
    console.log(`${name}: the mermaid block is never closed`);
    continue;
  }
  try {
    await mermaid.parse(text);
  } catch (e) {
    failed += 1;
    const message = String(e && e.message ? e.message : e).replace(/\n/g, ' | ');
    console.log(`${name}: ${message}\n${text}\n`);
  }
}
console.log(`mermaid: ${sources.length - failed} of ${sources.length} diagrams parsed`);
process.exit(failed === 0 ? 0 : 1);
