'use strict';
// package.json stays consistent with the server's configuration schema and with settings.js.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const settings = require('../src/settings');
const { stale, copy } = require('../scripts/copy-schemas');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(root, '../../rules/schema/config.schema.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties;

test('activates on plain text and Markdown; main exists', () => {
  assert.ok(pkg.activationEvents.includes('onLanguage:plaintext'));
  assert.ok(pkg.activationEvents.includes('onLanguage:markdown'));
  assert.ok(fs.existsSync(path.join(root, pkg.main)));
});

test('every setting settings.js reads is contributed, and nothing else but trace', () => {
  const contributed = Object.keys(properties).map((key) => key.replace(/^klarsvar\./, ''));
  assert.deepEqual(contributed.filter((key) => key !== 'trace.server').sort(), settings.SETTING_KEYS.slice().sort());
});

test('server keys exist in config.schema.json; enums match', () => {
  for (const key of settings.SETTING_KEYS.filter((k) => k !== 'path')) {
    assert.ok(schema.properties[key], `${key} is not a .klarsvar.json key`);
  }
  assert.deepEqual(properties['klarsvar.rules'].additionalProperties.enum, schema.$defs.ruleSetting.enum);
  assert.deepEqual(settings.SEVERITIES, schema.$defs.ruleSetting.enum);
  assert.deepEqual(properties['klarsvar.kind'].enum.filter(Boolean), schema.$defs.kind.enum);
  assert.deepEqual(settings.KINDS, schema.$defs.kind.enum);
  assert.deepEqual(properties['klarsvar.languages'].default, settings.DEFAULT_LANGUAGES);
});

test('the mapping of every contributed default is accepted by the schema keys', () => {
  const defaults = {};
  for (const [key, spec] of Object.entries(properties)) defaults[key.replace(/^klarsvar\./, '')] = spec.default;
  const { settings: mapped, problems } = settings.toServerSettings(defaults, {});
  assert.deepEqual(problems, []);
  for (const key of Object.keys(mapped)) assert.ok(schema.properties[key], key);
});

test('jsonValidation registers the three schemas, copied from rules/schema/ as packaging does', () => {
  copy();
  const urls = pkg.contributes.jsonValidation.map((entry) => entry.url).sort();
  assert.deepEqual(urls, ['./schemas/config.schema.json', './schemas/pack.schema.json', './schemas/rules.schema.json']);
  for (const url of urls) assert.ok(fs.existsSync(path.join(root, url)), url);
  assert.deepEqual(stale(), [], 'the copies differ from rules/schema/');
  const config = pkg.contributes.jsonValidation.find((entry) => entry.url.endsWith('config.schema.json'));
  assert.equal(config.fileMatch, '.klarsvar.json');
});

test('only vscode-languageclient at run time', () => {
  assert.deepEqual(Object.keys(pkg.dependencies), ['vscode-languageclient']);
  assert.equal(pkg.devDependencies, undefined);
});
