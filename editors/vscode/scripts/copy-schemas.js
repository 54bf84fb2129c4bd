#!/usr/bin/env node
'use strict';
// Copies the JSON Schemas from rules/schema/ (their only copy in git) into this extension's schemas/
// folder, which package.json's `jsonValidation` points at (vsce packages only files inside the
// extension folder; schemas/ is not committed). Runs before packaging (`vscode:prepublish`) and in the
// node tests. With --check it changes nothing and exits 1 when a copy is missing or differs.
const fs = require('fs');
const path = require('path');

const NAMES = ['config.schema.json', 'pack.schema.json', 'rules.schema.json'];
const source = path.resolve(__dirname, '../../../rules/schema');
const target = path.resolve(__dirname, '../schemas');

function stale() {
  return NAMES.filter((name) => {
    const copy = path.join(target, name);
    return !fs.existsSync(copy) || !fs.readFileSync(copy).equals(fs.readFileSync(path.join(source, name)));
  });
}

if (require.main === module) {
  if (!fs.existsSync(source)) {
    // Packaging from an unpacked copy of the extension: keep the committed schemas.
    console.log(`copy-schemas: ${source} not found; keeping schemas/ as it is`);
    process.exit(0);
  }
  const outdated = stale();
  if (process.argv.includes('--check')) {
    if (outdated.length > 0) {
      console.error(`copy-schemas: out of date: ${outdated.join(', ')} (run: node scripts/copy-schemas.js)`);
      process.exit(1);
    }
    console.log('copy-schemas: schemas/ matches rules/schema/');
  } else {
    copy();
    console.log(`copy-schemas: copied ${NAMES.length} schemas to ${path.relative(process.cwd(), target) || '.'}`);
  }
}

function copy() {
  fs.mkdirSync(target, { recursive: true });
  for (const name of NAMES) fs.copyFileSync(path.join(source, name), path.join(target, name));
}

module.exports = { NAMES, source, target, stale, copy };
