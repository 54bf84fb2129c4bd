'use strict';
// End to end without VS Code: starts the real `klarsvar lsp` the way src/extension.js does
// (initializationOptions and workspace/configuration answers from settings.js) and checks that the
// settings take effect. Skipped when no binary is found: set KLARSVAR_BINARY or build .build/debug/klarsvar.
// KLARSVAR_TRANSCRIPT=1 prints the findings as VS Code's Problems panel lists them.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const settings = require('../src/settings');

const repo = path.resolve(__dirname, '../../..');
const binary = [process.env.KLARSVAR_BINARY, path.join(repo, '.build/debug/klarsvar')]
  .find((candidate) => candidate && fs.existsSync(candidate));
const example = path.join(repo, 'examples/klagomal-hemtjanst.md');

/** A minimal LSP client over stdio. */
function startServer(command, args, answerConfiguration) {
  const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map();
  const notifications = [];
  const waiters = [];
  const send = (message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  child.stderr.on('data', () => {}); // the server's log lines
  child.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      if (message.method && message.id !== undefined) {
        const result = message.method === 'workspace/configuration' ? answerConfiguration(message.params) : null;
        send({ id: message.id, result });
      } else if (message.method) {
        notifications.push(message);
        for (const waiter of waiters.slice()) waiter();
      } else if (pending.has(message.id)) {
        pending.get(message.id)(message);
        pending.delete(message.id);
      }
    }
  });
  return {
    request: (method, params) => new Promise((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ id, method, params });
    }),
    notify: (method, params) => send({ method, params }),
    notifications,
    /** Resolves with the first notification (from `from` on) matching the predicate. */
    waitFor: (predicate, from = 0, ms = 15000) => new Promise((resolve, reject) => {
      const check = () => {
        const found = notifications.slice(from).find(predicate);
        if (found) {
          waiters.splice(waiters.indexOf(check), 1);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.splice(waiters.indexOf(check), 1);
        reject(new Error(`timed out; got ${notifications.map((n) => n.method).join(', ')}`));
      }, ms);
      waiters.push(check);
      check();
    }),
    stop: async () => {
      await Promise.race([
        new Promise((resolve) => { const id = nextId++; pending.set(id, resolve); send({ id, method: 'shutdown' }); }),
        new Promise((resolve) => setTimeout(resolve, 2000)),
      ]);
      send({ method: 'exit' });
      setTimeout(() => child.kill(), 1000).unref();
    },
  };
}

const SEVERITY = { 1: 'Error', 2: 'Warning', 3: 'Information', 4: 'Hint' };

async function lintWith(vscodeSettings, { pullConfiguration = true } = {}) {
  const context = { home: os.homedir(), workspaceFolder: repo, env: process.env };
  const mapped = settings.toServerSettings(vscodeSettings, context).settings;
  const server = startServer(binary, ['lsp'],
    (params) => settings.answerConfiguration(params.items, mapped, null));
  await server.request('initialize', {
    processId: process.pid,
    rootUri: `file://${repo}`,
    workspaceFolders: [{ uri: `file://${repo}`, name: 'klarsvar' }],
    capabilities: { workspace: { configuration: pullConfiguration } },
    initializationOptions: mapped,
  });
  server.notify('initialized', {});
  const uri = `file://${example}`;
  server.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(example, 'utf8') },
  });
  // With pull configuration the server lints again once it has the answer; take the last result.
  let published = await server.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
  await new Promise((resolve) => setTimeout(resolve, 600));
  published = server.notifications.filter((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri).pop();
  const messages = server.notifications.filter((n) => n.method === 'window/showMessage').map((n) => n.params.message);
  await server.stop();
  return { diagnostics: published.params.diagnostics, messages };
}

const userSettings = {
  path: binary,
  rulePaths: ['${workspaceFolder}/editors/fixtures/rules'],
  rules: { 'plain-archaic': 'off', 'commitment-no-deadline': 'error' },
  languages: ['plaintext', 'markdown'],
  kind: '',
  trace: { server: 'off' },
};

test('klarsvar lsp applies the VS Code settings (rule folder, rule off, severity)', { skip: !binary && 'no klarsvar binary' },
  async () => {
    const { diagnostics, messages } = await lintWith(userSettings);
    const byCode = (code) => diagnostics.find((d) => d.code === code);
    assert.deepEqual(messages, [], 'the server complained about the settings');
    assert.ok(byCode('plain-officialese'), 'missing plain-officialese');
    assert.equal(byCode('plain-archaic'), undefined, 'plain-archaic is off in the settings');
    assert.equal(byCode('commitment-no-deadline').severity, 1, 'commitment-no-deadline should be an error');
    assert.ok(byCode('norra-berga-undertecknad'), 'the rule from klarsvar.rulePaths is missing');
    assert.equal(byCode('plain-officialese').source, 'klarsvar');
    if (process.env.KLARSVAR_TRANSCRIPT) {
      const lines = [`${path.basename(example)} (${diagnostics.length})`];
      for (const d of diagnostics) {
        lines.push(`  ${SEVERITY[d.severity].padEnd(11)} ${d.message} klarsvar(${d.code}) [Ln ${d.range.start.line + 1}, Col ${d.range.start.character + 1}]`);
      }
      console.log(lines.join('\n'));
    }
  });

test('the raw settings section would be rejected: that is why the middleware maps it', { skip: !binary && 'no klarsvar binary' },
  async () => {
    const server = startServer(binary, ['lsp'], () => [userSettings]);
    await server.request('initialize', { processId: process.pid, rootUri: `file://${repo}`, capabilities: { workspace: { configuration: true } } });
    server.notify('initialized', {});
    const shown = await server.waitFor((n) => n.method === 'window/showMessage');
    await server.stop();
    assert.match(shown.params.message, /ogiltiga inställningar/);
  });

/** The line and UTF-16 character of the first `needle` in `text`, as LSP counts them. */
function positionOf(text, needle) {
  const offset = text.indexOf(needle);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const htmlLetter = [
  '<!DOCTYPE html><html lang="sv"><head><title>Svar på din fråga</title></head>',
  '<body>',
  '<p>Hej!</p>',
  '<p>Tack för ditt brev. Du <em>erhåller</em> beslutet &amp; kopian inom kort.</p>',
  '<p>Med vänliga hälsningar<br>Anna Lind</p>',
  '</body></html>',
  '',
].join('\n');

test('an HTML letter with the default settings: checked as its text, positions in the HTML; klarsvar/status answers',
  { skip: !binary && 'no klarsvar binary' }, async () => {
    const defaults = { path: binary, languages: settings.DEFAULT_LANGUAGES, rulePaths: [], rules: {}, kind: '' };
    const mapped = settings.toServerSettings(defaults, { home: os.homedir(), workspaceFolder: repo, env: {} }).settings;
    assert.ok(mapped.languages.includes('html'));
    const server = startServer(binary, ['lsp'], (params) => settings.answerConfiguration(params.items, mapped, null));
    await server.request('initialize', {
      processId: process.pid, rootUri: `file://${repo}`, capabilities: { workspace: { configuration: true } },
      initializationOptions: mapped,
    });
    server.notify('initialized', {});
    const uri = 'file:///tmp/klarsvar-vscode-test/svar.html';
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'html', version: 1, text: htmlLetter } });
    const published = await server.waitFor((n) => n.method === 'textDocument/publishDiagnostics' && n.params.uri === uri);
    const officialese = published.params.diagnostics.find((d) => d.code === 'plain-officialese');
    assert.ok(officialese, JSON.stringify(published.params.diagnostics.map((d) => d.code)));
    const start = positionOf(htmlLetter, 'erhåller');
    assert.deepEqual(officialese.range, { start, end: { line: start.line, character: start.character + 'erhåller'.length } });
    assert.ok(published.params.diagnostics.every((d) => !/<|DOCTYPE|&amp;/.test(d.message)), 'markup is not linted as text');

    const status = await server.request('klarsvar/status', { textDocument: { uri } });
    await server.stop();
    assert.equal(status.error, undefined, JSON.stringify(status.error));
    assert.ok(status.result.rules > 50, `${status.result.rules} rules`);
    assert.deepEqual(status.result.packs.map((p) => p.id), ['sv-klarsprak', 'sv-socialtjanst', 'sv-sprak']);
    assert.ok(status.result.packs.every((p) => p.enabled && /^\d+\.\d+\.\d+$/.test(p.version)));
    assert.deepEqual(
      { linted: status.result.document.linted, kind: status.result.document.kind, source: status.result.document.kindSource },
      { linted: true, kind: 'reply', source: 'detected' });
  });
