'use strict';
// package.json stays consistent with the server's configuration schema and with settings.js.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const settings = require('../src/settings');
const { stale, copy } = require('../scripts/copy-schemas');
const { GATES, LANGUAGE_DATA_KEYS } = require('../scripts/schema-gates');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const schema = JSON.parse(fs.readFileSync(path.join(root, '../../rules/schema/config.schema.json'), 'utf8'));
const properties = pkg.contributes.configuration.properties;

test('activates on plain text, Markdown and HTML, the languages checked by default; main exists', () => {
  for (const language of settings.DEFAULT_LANGUAGES) {
    assert.ok(pkg.activationEvents.includes(`onLanguage:${language}`), language);
  }
  assert.deepEqual(settings.DEFAULT_LANGUAGES, ['plaintext', 'markdown', 'html']);
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

test('jsonValidation: .klarsvar.json by name, pack.json and pack data through the gates, written as packaging does', () => {
  copy();
  const byUrl = Object.fromEntries(pkg.contributes.jsonValidation.map((entry) => [entry.url, entry.fileMatch]));
  assert.deepEqual(Object.keys(byUrl).sort(),
    ['./schemas/config.schema.json', './schemas/data-gate.schema.json', './schemas/pack-gate.schema.json']);
  for (const url of Object.keys(byUrl)) assert.ok(fs.existsSync(path.join(root, url)), url);
  assert.deepEqual(stale(), [], 'schemas/ differs from rules/schema/ or scripts/schema-gates.js');
  assert.equal(byUrl['./schemas/config.schema.json'], '.klarsvar.json');
  assert.deepEqual(byUrl['./schemas/pack-gate.schema.json'], ['**/pack.json']);
  // No pattern hands arbitrary JSON to a real schema: data files only reach rules.schema.json through the gate.
  for (const fileMatch of Object.values(byUrl).flat()) assert.doesNotMatch(fileMatch, /^\*\*\/\*\.json$/);
  // Every $ref of a gate names a schema that is written beside it.
  const refs = JSON.stringify(Object.values(GATES)).match(/"\$ref":"\.\/[^"]+"/g);
  for (const ref of refs) assert.ok(fs.existsSync(path.join(root, 'schemas', ref.slice(10, -1))), ref);
});

// A validator for the few keywords the gates use (VS Code's JSON service evaluates them the same way).
function matches(schema, value) {
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  const type = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (schema.type && schema.type !== type) return false;
  if (schema.required && !(isObject && schema.required.every((key) => key in value))) return false;
  if (schema.properties && isObject) {
    for (const [key, sub] of Object.entries(schema.properties)) if (key in value && !matches(sub, value[key])) return false;
  }
  if (schema.contains && !(Array.isArray(value) && value.some((item) => matches(schema.contains, item)))) return false;
  if (schema.pattern && !(typeof value === 'string' && new RegExp(schema.pattern).test(value))) return false;
  if (schema.anyOf && !schema.anyOf.some((sub) => matches(sub, value))) return false;
  return true;
}

test('the gates use only the keywords the validator above knows', () => {
  const known = new Set(['$schema', 'title', 'if', 'then', 'else', '$ref', 'type', 'required', 'properties', 'contains',
    'pattern', 'anyOf']);
  const walk = (schema, inProperties) => {
    for (const [key, value] of Object.entries(schema)) {
      if (!inProperties) assert.ok(known.has(key), key);
      if (value && typeof value === 'object') {
        if (Array.isArray(value)) value.forEach((item) => item && typeof item === 'object' && walk(item, false));
        else walk(value, key === 'properties');
      }
    }
  };
  for (const gate of Object.values(GATES)) walk(gate, false);
});

/** The schema a gate hands a document to, or null when it leaves the document alone. */
function gatedSchema(gate, value) {
  if (gate.if === undefined) return gate.$ref || null;
  if (matches(gate.if, value)) return gate.then.$ref;
  return gate.else ? gatedSchema(gate.else, value) : null;
}

const repo = path.resolve(root, '../..');
const readJSON = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

test('the gates validate every real pack file against its schema', () => {
  const packFolders = ['rules', 'editors/fixtures/rules'].flatMap((folder) => fs.readdirSync(path.join(repo, folder))
    .map((name) => path.join(repo, folder, name))
    .filter((dir) => fs.existsSync(path.join(dir, 'pack.json'))));
  assert.ok(packFolders.length >= 4, packFolders.join(', '));
  let dataFiles = 0;
  for (const dir of packFolders) {
    assert.equal(gatedSchema(GATES['pack-gate.schema.json'], readJSON(path.join(dir, 'pack.json'))), './pack.schema.json', dir);
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'pack.json')) {
      const value = readJSON(path.join(dir, name));
      const expected = Object.keys(value).some((key) => LANGUAGE_DATA_KEYS.includes(key))
        ? './language.schema.json' : './rules.schema.json';
      assert.equal(gatedSchema(GATES['data-gate.schema.json'], value), expected, `${dir}/${name}`);
      dataFiles += 1;
    }
  }
  assert.ok(dataFiles >= 10, `${dataFiles} data files`);
  // A pack.json that only names the schema is validated too (then the schema reports what is missing).
  assert.equal(gatedSchema(GATES['pack-gate.schema.json'], { $schema: '../schema/pack.schema.json' }), './pack.schema.json');
});

test('the gates leave unrelated JSON in rules/ folders and other pack.json files alone', () => {
  const unrelated = [
    { extends: 'eslint:recommended', rules: { 'no-console': 'off' } }, // rules/eslint/base.json
    { rules: [{ selector: 'div', block: true }] }, // a rules list that is not klarsvar's
    { rules: [] },
    ['a', 'b'],
    { name: 'sounds', description: 'Texture pack', version: 3 }, // an unrelated pack.json
    { compilerOptions: { strict: true } },
  ];
  for (const value of unrelated) {
    assert.equal(gatedSchema(GATES['data-gate.schema.json'], value), null, JSON.stringify(value));
    assert.equal(gatedSchema(GATES['pack-gate.schema.json'], value), null, JSON.stringify(value));
  }
  // A klarsvar file with a mistake is still validated, so the mistake is shown.
  assert.equal(gatedSchema(GATES['data-gate.schema.json'], { rules: [{ id: 'x', type: 'phrase', severty: 'warning' }] }),
    './rules.schema.json');
  assert.equal(gatedSchema(GATES['pack-gate.schema.json'], { id: 'kommun', language: 'sv', verison: '1' }), './pack.schema.json');
});

test('package.nls.json (English) and package.nls.sv.json (Swedish) hold exactly the keys package.json uses', () => {
  const text = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
  const used = new Set([...text.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  const english = readJSON(path.join(root, 'package.nls.json'));
  const swedish = readJSON(path.join(root, 'package.nls.sv.json'));
  assert.ok(used.size >= 20, `${used.size} keys`);
  assert.deepEqual(Object.keys(english).sort(), [...used].sort(), 'package.nls.json');
  assert.deepEqual(Object.keys(swedish).sort(), [...used].sort(), 'package.nls.sv.json');
  for (const [key, value] of Object.entries(english)) {
    assert.ok(typeof value === 'string' && value.trim() !== '', key);
    assert.ok(typeof swedish[key] === 'string' && swedish[key].trim() !== '', key);
  }
  // Every user-visible string is a placeholder: the names, descriptions, setting texts, command titles.
  assert.match(pkg.displayName, /^%.+%$/);
  assert.match(pkg.description, /^%.+%$/);
  assert.match(pkg.contributes.configuration.title, /^%.+%$/);
  for (const [key, spec] of Object.entries(properties)) {
    const description = spec.markdownDescription || spec.description;
    assert.match(description, /^%.+%$/, key);
    for (const item of spec.enumDescriptions || (spec.additionalProperties || {}).enumDescriptions || []) {
      assert.match(item, /^%.+%$/, key);
    }
  }
  for (const command of pkg.contributes.commands) assert.match(command.title, /^%.+%$/, command.command);
  // The Swedish texts are Swedish: a few words that must be there.
  assert.match(swedish['command.restart.title'], /Starta om/);
  assert.match(english['command.restart.title'], /Restart/);
});

test('icon: a 128x128 PNG drawn by scripts/make-icon.py', () => {
  assert.equal(pkg.icon, 'images/icon.png');
  const data = fs.readFileSync(path.join(root, pkg.icon));
  assert.deepEqual([...data.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(data.subarray(12, 16).toString('latin1'), 'IHDR');
  assert.deepEqual([data.readUInt32BE(16), data.readUInt32BE(20)], [128, 128]);
  assert.ok(fs.existsSync(path.join(root, 'scripts/make-icon.py')));
});

test('only vscode-languageclient at run time', () => {
  assert.deepEqual(Object.keys(pkg.dependencies), ['vscode-languageclient']);
  assert.equal(pkg.devDependencies, undefined);
});
