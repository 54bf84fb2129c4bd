'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { commitmentItems, commitmentSummary } = require('../src/commitments');

const result = [
  { ruleId: 'commitment-vague-time', sentence: 'Vi ser över schemat och återkommer i frågan inom kort.', promise: 'återkommer',
    anchor: null, range: { start: { line: 6, character: 200 }, end: { line: 6, character: 255 } } },
  { ruleId: 'commitment', sentence: 'Vi svarar senast den 30 april.', promise: 'Vi svarar', anchor: 'senast den 30 april',
    range: { start: { line: 8, character: 0 }, end: { line: 8, character: 30 } } },
];

test('quick pick items: promise, time anchor, line', () => {
  const items = commitmentItems(result);
  assert.equal(items.length, 2);
  assert.equal(items[0].label, '$(warning) återkommer');
  assert.equal(items[0].description, 'utan tidpunkt');
  assert.equal(items[0].detail, 'rad 7: Vi ser över schemat och återkommer i frågan inom kort.');
  assert.deepEqual([items[0].line, items[0].character], [6, 200]);
  assert.equal(items[1].description, 'tidpunkt: senast den 30 april');
});

test('summary line', () => {
  assert.equal(commitmentSummary(result), '2 löften, 1 utan tidpunkt');
  assert.equal(commitmentSummary([result[1]]), '1 löfte');
  assert.deepEqual(commitmentItems(null), []);
});
