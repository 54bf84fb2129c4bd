#!/usr/bin/env node
'use strict';
// Copies the JSON Schemas from rules/schema/ (their only copy in git) into this extension's schemas/
// folder, which package.json's `jsonValidation` points at (vsce packages only files inside the
// extension folder; schemas/ is not committed), and writes the two gate schemas of
// scripts/schema-gates.js beside them. Runs before packaging (`vscode:prepublish`) and in the node
// tests. With --check it changes nothing and exits 1 when a file is missing or differs.
const fs = require('fs');
const path = require('path');
const { GATES, gateText } = require('./schema-gates');

const NAMES = ['config.schema.json', 'pack.schema.json', 'rules.schema.json', 'language.schema.json'];
const source = path.resolve(__dirname, '../../../rules/schema');
const target = path.resolve(__dirname, '../schemas');

function stale() {
  const copies = NAMES.filter((name) => {
    const copy = path.join(target, name);
    return !fs.existsSync(copy) || !fs.readFileSync(copy).equals(fs.readFileSync(path.join(source, name)));
  });
  const gates = Object.keys(GATES).filter((name) => {
    const file = path.join(target, name);
    return !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== gateText(name);
  });
  return copies.concat(gates);
}

if (require.main === module) {
  if (!fs.existsSync(source)) {
    // Packaging from an unpacked copy of the extension: keep the schemas as they are.
    console.log(`copy-schemas: ${source} not found; keeping schemas/ as it is`);
    process.exit(0);
  }
  const outdated = stale();
  if (process.argv.includes('--check')) {
    if (outdated.length > 0) {
      console.error(`copy-schemas: out of date: ${outdated.join(', ')} (run: node scripts/copy-schemas.js)`);
      process.exit(1);
    }
    console.log('copy-schemas: schemas/ matches rules/schema/ and scripts/schema-gates.js');
  } else {
    copy();
    const count = NAMES.length + Object.keys(GATES).length;
    console.log(`copy-schemas: wrote ${count} schemas to ${path.relative(process.cwd(), target) || '.'}`);
  }
}

function copy() {
  fs.mkdirSync(target, { recursive: true });
  for (const name of NAMES) fs.copyFileSync(path.join(source, name), path.join(target, name));
  for (const name of Object.keys(GATES)) fs.writeFileSync(path.join(target, name), gateText(name));
}

module.exports = { NAMES, source, target, stale, copy };
