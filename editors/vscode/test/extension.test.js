'use strict';
// src/extension.js activated with a fake `vscode` (test/fake-vscode.js) and a fake language client:
// the commands package.json promises exist, the status item follows the server, HTML is selected.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const Module = require('module');
const { fakeVscode } = require('./fake-vscode');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const State = { Stopped: 1, Running: 2, Starting: 3 };

/** A language client that starts (or fails to) without a process, and answers klarsvar/status. */
function fakeClientModule(behaviour) {
  const clients = [];
  class LanguageClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, running: false, requests: [], listeners: [] });
      clients.push(this);
    }
    onDidChangeState(listener) {
      this.listeners.push(listener);
      return { dispose() {} };
    }
    async start() {
      if (behaviour.startError) throw new Error(behaviour.startError);
      this.running = true;
      for (const listener of this.listeners) listener({ oldState: State.Starting, newState: State.Running });
    }
    async stop() {
      this.running = false;
      for (const listener of this.listeners) listener({ oldState: State.Running, newState: State.Stopped });
    }
    isRunning() { return this.running; }
    async sendRequest(method, params) {
      this.requests.push({ method, params });
      return behaviour.status;
    }
    sendNotification() {}
  }
  return { clients, module: { LanguageClient, RevealOutputChannelOn: { Never: 4 }, State } };
}

/** Loads a fresh src/extension.js with the fakes in place of `vscode` and `vscode-languageclient/node`. */
function loadExtension(vscode, client) {
  const original = Module._load;
  Module._load = function load(request, parent, isMain) {
    if (request === 'vscode') return vscode;
    if (request === 'vscode-languageclient/node') return client.module;
    return original.call(this, request, parent, isMain);
  };
  try {
    for (const file of ['../src/extension.js', '../src/status.js']) delete require.cache[require.resolve(file)];
    return require('../src/extension.js');
  } finally {
    Module._load = original;
  }
}

const serverStatus = {
  version: '0.1.0', rules: 92,
  packs: [{ id: 'sv-klarsprak', name: 'Klarspråk', version: '1.0.0', rules: 80, enabled: true }],
  document: { uri: 'file:///brev.html', linted: true, kind: 'reply', kindName: 'svar till enskild', kindSource: 'detected' },
};

test('activate: the commands of package.json, HTML selected, the status item filled from klarsvar/status', async () => {
  const vscode = fakeVscode({ configuration: { path: 'klarsvar', languages: ['plaintext', 'markdown', 'html'] } });
  const client = fakeClientModule({ status: serverStatus });
  const extension = loadExtension(vscode, client);
  const context = { subscriptions: [] };
  vscode.openEditor('file:///brev.html');
  vscode.setDiagnostics('file:///brev.html', [{ severity: 2, source: 'klarsvar' }]);
  await extension.activate(context);
  await vscode.settle();

  const contributed = pkg.contributes.commands.map((c) => c.command).sort();
  assert.deepEqual([...vscode.created.commands.keys()].filter((id) => id.startsWith('klarsvar.')).sort(), contributed);

  const languages = client.clients[0].clientOptions.documentSelector.map((s) => s.language);
  assert.ok(languages.includes('html'), languages.join(', '));
  assert.deepEqual(client.clients[0].serverOptions, { command: 'klarsvar', args: ['lsp'] });

  const item = vscode.created.statusItems[0];
  assert.deepEqual(item.selector, client.clients[0].clientOptions.documentSelector);
  assert.equal(item.text, '$(info) 1 fynd');
  assert.equal(item.detail, '92 regler · sv-klarsprak 1.0.0 · svar till enskild (upptäckt)');
  const asked = client.clients[0].requests.filter((r) => r.method === 'klarsvar/status');
  assert.deepEqual(asked.at(-1).params, { textDocument: { uri: 'file:///brev.html' } });

  await vscode.commands.executeCommand(item.command.command);
  assert.equal(vscode.created.outputChannels[0].shown, 1, 'the status item\'s link opens the output channel');

  for (const disposable of context.subscriptions) await disposable.dispose();
  assert.equal(item.disposed, true);
});

test('a server that cannot start: the status item says so as an error, and the user is told', async () => {
  const vscode = fakeVscode({ configuration: { path: '/opt/saknas/klarsvar' } });
  const client = fakeClientModule({ startError: 'spawn /opt/saknas/klarsvar ENOENT' });
  const extension = loadExtension(vscode, client);
  await extension.activate({ subscriptions: [] });
  const item = vscode.created.statusItems[0];
  assert.equal(item.severity, vscode.LanguageStatusSeverity.Error);
  assert.equal(item.detail, 'spawn /opt/saknas/klarsvar ENOENT');
  assert.match(vscode.created.messages[0], /kunde inte starta "\/opt\/saknas\/klarsvar lsp"/);
});

test('changing klarsvar.languages restarts the client and moves the status item to the new languages', async () => {
  const vscode = fakeVscode({ configuration: { languages: ['plaintext'] } });
  const client = fakeClientModule({ status: serverStatus });
  const extension = loadExtension(vscode, client);
  await extension.activate({ subscriptions: [] });
  vscode.changeConfiguration({ languages: ['html'] });
  for (let i = 0; i < 5; i += 1) await vscode.settle();
  assert.equal(client.clients.length, 2);
  assert.equal(client.clients[0].isRunning(), false);
  const item = vscode.created.statusItems[0];
  assert.deepEqual(item.selector.map((s) => s.language), ['html', 'html']);
  assert.equal(item.severity, vscode.LanguageStatusSeverity.Information);
});
