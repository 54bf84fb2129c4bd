'use strict';
// Two small "gate" schemas that package.json's `jsonValidation` points at for pack.json and for the
// other JSON files in pack-like folders. A path cannot tell a klarsvar pack from any other folder
// called rules/, and `jsonValidation` cannot look at a file's neighbours, so each gate looks at the
// file itself: only a file that has klarsvar's shape is validated against the real schema (by `$ref`
// to the copy beside it); any other JSON passes untouched. scripts/copy-schemas.js writes them into
// schemas/ with the copies.

/** Top-level keys of a rule data file (rules.schema.json) and of a language data file (language.schema.json). */
const RULE_DATA_KEYS = ['rules', 'lexicon', 'contacts'];
const LANGUAGE_DATA_KEYS = ['paradigms', 'words', 'wordGuesses', 'functionWords', 'expressions'];

/** pack.json anywhere: klarsvar's when it names klarsvar's schema, has a schemaVersion, or id and language. */
const packGate = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'klarsvar pack.json (only when the file is a klarsvar pack manifest)',
  if: {
    type: 'object',
    anyOf: [
      { required: ['$schema'], properties: { $schema: { type: 'string', pattern: 'klarsvar|pack\\.schema\\.json$' } } },
      { required: ['schemaVersion'] },
      { required: ['id', 'language'] },
    ],
  },
  then: { $ref: './pack.schema.json' },
};

/**
 * The other JSON files of pack-like folders: rule data (a `rules` list of objects with an id and a type,
 * a `lexicon` object, a `contacts` list) or language data (one of the language keys).
 */
const dataGate = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'klarsvar rule pack data file (only when the file has the shape of one)',
  if: {
    type: 'object',
    anyOf: [
      {
        required: ['rules'],
        properties: { rules: { type: 'array', contains: { type: 'object', required: ['id', 'type'] } } },
      },
      { required: ['lexicon'], properties: { lexicon: { type: 'object' } } },
      { required: ['contacts'], properties: { contacts: { type: 'array' } } },
    ],
  },
  then: { $ref: './rules.schema.json' },
  else: {
    if: { type: 'object', anyOf: LANGUAGE_DATA_KEYS.map((key) => ({ required: [key] })) },
    then: { $ref: './language.schema.json' },
  },
};

/** File name in schemas/ → schema object. */
const GATES = { 'pack-gate.schema.json': packGate, 'data-gate.schema.json': dataGate };

/** The text written for a gate (what --check compares). */
function gateText(name) {
  return `${JSON.stringify(GATES[name], null, 2)}\n`;
}

module.exports = { RULE_DATA_KEYS, LANGUAGE_DATA_KEYS, GATES, gateText };
