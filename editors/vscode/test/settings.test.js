'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const settings = require('../src/settings');

const context = { home: '/home/lena', workspaceFolder: '/work/brev', env: { REGLER: '/srv/regler' } };

test('defaults send nothing, so .klarsvar.json applies unchanged', () => {
  const defaults = { path: 'klarsvar', rulePaths: [], rules: {}, languages: ['plaintext', 'markdown', 'html'], kind: '',
    packs: [], placeholders: [], overrides: [], trace: { server: 'off' } };
  const { settings: mapped, problems } = settings.toServerSettings(defaults, context);
  assert.deepEqual(mapped, { languages: ['plaintext', 'markdown', 'html'] });
  assert.deepEqual(problems, []);
});

test('only server keys are sent: never path or trace', () => {
  const { settings: mapped } = settings.toServerSettings(
    { path: '/opt/klarsvar/bin/klarsvar', trace: { server: 'verbose' }, rules: { 'plain-buzzwords': 'off' } }, context);
  assert.deepEqual(Object.keys(mapped), ['rules']);
});

test('rule folders: ~, ${userHome}, ${workspaceFolder}, ${env:…} expanded, relative kept, blanks dropped', () => {
  const { settings: mapped } = settings.toServerSettings({
    rulePaths: ['~/regler', '${userHome}/mer', '${workspaceFolder}/.regler', '${env:REGLER}', 'kommun/regler', ' ', ''],
  }, context);
  assert.deepEqual(mapped.rulePaths,
    ['/home/lena/regler', '/home/lena/mer', '/work/brev/.regler', '/srv/regler', 'kommun/regler']);
});

test('disable a rule and change a severity', () => {
  const { settings: mapped, problems } = settings.toServerSettings({
    rules: { 'plain-buzzwords': 'off', 'commitment-no-deadline': 'error', 'plain-officialese': 'Hint' },
  }, context);
  assert.deepEqual(mapped.rules,
    { 'plain-buzzwords': 'off', 'commitment-no-deadline': 'error', 'plain-officialese': 'hint' });
  assert.deepEqual(problems, []);
});

test('an invalid severity is left out and reported, the rest is kept', () => {
  const { settings: mapped, problems } = settings.toServerSettings({
    rules: { 'plain-buzzwords': 'disabled', 'tone-excuse': 'warning' },
  }, context);
  assert.deepEqual(mapped.rules, { 'tone-excuse': 'warning' });
  assert.equal(problems.length, 1);
  assert.match(problems[0], /klarsvar\.rules\.plain-buzzwords/);
});

test('file types: languages are sent and select the documents', () => {
  const config = { languages: ['markdown', 'plaintext', 'html'] };
  assert.deepEqual(settings.toServerSettings(config, context).settings.languages, ['markdown', 'plaintext', 'html']);
  assert.deepEqual(settings.languagesOf(config), ['markdown', 'plaintext', 'html']);
  assert.deepEqual(settings.languagesOf({ languages: [] }), ['plaintext', 'markdown', 'html']);
  assert.deepEqual(settings.documentSelector(['markdown']),
    [{ scheme: 'file', language: 'markdown' }, { scheme: 'untitled', language: 'markdown' }]);
});

test('kind, packs, placeholders and overrides', () => {
  const { settings: mapped, problems } = settings.toServerSettings({
    kind: 'decision',
    packs: ['sv-klarsprak'],
    placeholders: [{ open: '{{', close: '}}' }, { open: '', close: ']' }],
    overrides: [{ files: ['beslut/**'], rules: { 'commitment-no-deadline': 'error' }, kind: 'decision' }],
  }, context);
  assert.equal(mapped.kind, 'decision');
  assert.deepEqual(mapped.packs, ['sv-klarsprak']);
  assert.deepEqual(mapped.placeholders, [{ open: '{{', close: '}}' }]);
  assert.equal(mapped.overrides.length, 1);
  assert.equal(problems.length, 1);
  assert.equal(settings.toServerSettings({ kind: '' }, context).settings.kind, undefined);
  assert.equal(settings.toServerSettings({ kind: 'letter' }, context).problems.length, 1);
});

test('works with a VS Code WorkspaceConfiguration-like object (get)', () => {
  const values = { rules: { 'tone-excuse': 'off' }, path: '~/bin/klarsvar' };
  const config = { get: (key) => values[key] };
  assert.deepEqual(settings.toServerSettings(config, context).settings, { rules: { 'tone-excuse': 'off' } });
  assert.deepEqual(settings.serverCommand(config, context), { command: '/home/lena/bin/klarsvar', args: ['lsp'] });
  assert.deepEqual(settings.serverCommand({}, context), { command: 'klarsvar', args: ['lsp'] });
});

test('workspace/configuration: section klarsvar gets the mapped settings, others the fallback', () => {
  const mapped = { rules: { 'tone-excuse': 'off' } };
  assert.deepEqual(settings.answerConfiguration([{ section: 'klarsvar' }], mapped, null), [mapped]);
  assert.deepEqual(settings.answerConfiguration([{ section: 'editor' }, { section: 'klarsvar' }], mapped, [{ tabSize: 2 }, { path: 'x' }]),
    [{ tabSize: 2 }, mapped]);
  assert.deepEqual(settings.answerConfiguration([{}], mapped, null), [null]);
});

test('restart only when the command or the document selector changes', () => {
  assert.equal(settings.needsRestart((s) => s === 'klarsvar.path'), true);
  assert.equal(settings.needsRestart((s) => s === 'klarsvar.languages'), true);
  assert.equal(settings.needsRestart((s) => s === 'klarsvar.rules'), false);
});
