'use strict';
// The language status item (src/status.js) with a fake `vscode`: what it shows for each server state,
// findings of the active file only, and answers of klarsvar/status that arrive late or not at all.
const test = require('node:test');
const assert = require('node:assert/strict');
const { findingsText, statusDetail, statusView, createStatusController, SHOW_OUTPUT } = require('../src/status');
const { fakeVscode } = require('./fake-vscode');

const status = {
  version: '0.1.0',
  rules: 95,
  packs: [
    { id: 'sv-klarsprak', name: 'Klarspråk', version: '1.0.0', rules: 80, enabled: true },
    { id: 'sv-socialtjanst', name: 'Socialtjänst', version: '1.0.0', rules: 12, enabled: false },
    { id: 'norra-berga', name: 'Norra Berga', version: '2.1.0', rules: 3, enabled: true },
  ],
  document: { uri: 'file:///brev.txt', linted: true, kind: 'reply', kindName: 'svar till enskild', kindSource: 'detected' },
};

test('findings: none, counted by severity, singular and plural', () => {
  assert.equal(findingsText([]), '$(check) Inga fynd');
  assert.equal(findingsText([{ severity: 2 }]), '$(info) 1 fynd');
  assert.equal(findingsText([{ severity: 1 }, { severity: 3 }]), '$(warning) 2 fynd (1 varning)');
  assert.equal(findingsText([{ severity: 0 }, { severity: 1 }, { severity: 1 }]), '$(error) 3 fynd (1 fel, 2 varningar)');
});

test('detail: rules, packs with versions (left out ones marked), and the kind with its source', () => {
  assert.equal(statusDetail(status),
    '95 regler · sv-klarsprak 1.0.0, sv-socialtjanst 1.0.0 (avstängt), norra-berga 2.1.0 · svar till enskild (upptäckt)');
  assert.equal(statusDetail({ ...status, document: { ...status.document, kindSource: 'declared', kindName: 'beslut' } })
    .split(' · ')[2], 'beslut (angiven i dokumentet)');
  assert.equal(statusDetail({ rules: 1, packs: [] }), '1 regel');
  assert.equal(statusDetail(null), '');
});

test('view per server state', () => {
  assert.deepEqual(statusView({ state: 'starting' }).busy, true);
  const failed = statusView({ state: 'failed', error: 'spawn klarsvar ENOENT' });
  assert.equal(failed.severity, 'error');
  assert.equal(failed.detail, 'spawn klarsvar ENOENT');
  assert.equal(statusView({ state: 'stopped' }).severity, 'warning');
  const running = statusView({ state: 'running', status, diagnostics: [{ severity: 1 }] });
  assert.equal(running.text, '$(warning) 1 fynd (1 varning)');
  assert.equal(running.severity, 'information');
  const skipped = statusView({ state: 'running', status: { ...status, document: { uri: 'x', linted: false } }, diagnostics: [] });
  assert.equal(skipped.text, 'klarsvar: granskas inte');
  assert.match(skipped.detail, /granskas inte/);
  assert.match(statusView({ state: 'running', status: null, diagnostics: [] }).detail, /status saknas/);
});

test('controller: one item for the selector, a command that opens the log, findings of the active file', async () => {
  const vscode = fakeVscode();
  const asked = [];
  const controller = createStatusController(vscode, {
    selector: [{ scheme: 'file', language: 'html' }],
    requestStatus: async (uri) => { asked.push(uri); return status; },
  });
  const item = vscode.created.statusItems[0];
  assert.equal(item.id, 'klarsvar.status');
  assert.deepEqual(item.selector, [{ scheme: 'file', language: 'html' }]);
  assert.equal(item.command.command, SHOW_OUTPUT);
  assert.equal(item.busy, true, 'starting');

  vscode.openEditor('file:///brev.txt');
  vscode.setDiagnostics('file:///brev.txt', [
    { severity: 1, source: 'klarsvar' }, { severity: 2, source: 'klarsvar' }, { severity: 0, source: 'cSpell' },
  ]);
  await controller.setState('running');
  assert.deepEqual(asked, ['file:///brev.txt']);
  assert.equal(item.text, '$(warning) 2 fynd (1 varning)', 'only klarsvar\'s diagnostics count');
  assert.match(item.detail, /^95 regler · sv-klarsprak 1\.0\.0/);
  assert.equal(item.severity, vscode.LanguageStatusSeverity.Information);
  assert.equal(item.busy, false);

  // New diagnostics for the active file ask again; for another file they do not.
  vscode.setDiagnostics('file:///annat.txt', [{ severity: 0, source: 'klarsvar' }]);
  await vscode.settle();
  assert.equal(asked.length, 1);
  vscode.setDiagnostics('file:///brev.txt', []);
  await vscode.settle();
  assert.equal(asked.length, 2);
  assert.equal(item.text, '$(check) Inga fynd');

  controller.setSelector([{ scheme: 'file', language: 'markdown' }]);
  assert.deepEqual(item.selector, [{ scheme: 'file', language: 'markdown' }]);
  controller.dispose();
  assert.equal(item.disposed, true);
  assert.equal(vscode.listenerCount(), 0, 'listeners removed');
});

test('controller: a failed start is an error; an old server without klarsvar/status still shows findings', async () => {
  const vscode = fakeVscode();
  const controller = createStatusController(vscode, {
    selector: [],
    requestStatus: async () => { throw new Error('Unhandled method klarsvar/status'); },
  });
  const item = vscode.created.statusItems[0];
  await controller.setState('failed', 'spawn /opt/klarsvar ENOENT');
  assert.equal(item.severity, vscode.LanguageStatusSeverity.Error);
  assert.equal(item.detail, 'spawn /opt/klarsvar ENOENT');
  vscode.openEditor('file:///brev.md');
  vscode.setDiagnostics('file:///brev.md', [{ severity: 1, source: 'klarsvar' }]);
  await controller.setState('running');
  assert.equal(item.text, '$(warning) 1 fynd (1 varning)');
  assert.match(item.detail, /status saknas/);
});

test('controller: a late answer for the previous editor does not overwrite the current one', async () => {
  const vscode = fakeVscode();
  const pending = [];
  const controller = createStatusController(vscode, {
    selector: [],
    requestStatus: (uri) => new Promise((resolve) => pending.push({ uri, resolve })),
  });
  const item = vscode.created.statusItems[0];
  vscode.openEditor('file:///a.txt');
  const first = controller.setState('running');
  vscode.openEditor('file:///b.txt'); // fires onDidChangeActiveTextEditor: a second request
  await vscode.settle();
  assert.deepEqual(pending.map((p) => p.uri), ['file:///a.txt', 'file:///b.txt']);
  pending[1].resolve({ ...status, document: { ...status.document, kindName: 'beslut' } });
  await vscode.settle();
  pending[0].resolve(status);
  await first;
  assert.match(item.detail, /beslut/, 'the answer for a.txt came last but is stale');
});
