'use strict';
// VS Code settings (section `klarsvar`) → what the language server gets. Pure functions, no `vscode`
// import, so `node --test` can run them.
//
// The server parses its settings with the same strict reader as `.klarsvar.json`: an unknown key is an
// error and the old settings stay. So only the server's keys are sent (never `path` or `trace`), and
// "unset" values (empty lists, "") are left out, so that `.klarsvar.json` still applies.

const SEVERITIES = ['off', 'error', 'warning', 'info', 'hint'];
const KINDS = ['reply', 'newspaper-reply', 'decision', 'summary', 'opinion', 'information', 'news', 'citizen-letter'];
const DEFAULT_LANGUAGES = ['plaintext', 'markdown', 'html'];

/** The settings keys this extension contributes (package.json `contributes.configuration`). */
const SETTING_KEYS = ['path', 'rulePaths', 'rules', 'languages', 'kind', 'packs', 'placeholders', 'overrides'];

/**
 * Expands `~`, `${userHome}`, `${workspaceFolder}` and `${env:NAME}` in a path from the settings.
 * Relative paths are left alone: the server resolves them against the first workspace folder.
 */
function expandPath(value, context = {}) {
  const home = context.home || '';
  const folder = context.workspaceFolder || '';
  const env = context.env || {};
  let path = String(value).trim();
  if (home && (path === '~' || path.startsWith('~/'))) path = home + path.slice(1);
  return path
    .replace(/\$\{userHome\}/g, home)
    .replace(/\$\{workspaceFolder\}/g, folder)
    .replace(/\$\{env:([^}]+)\}/g, (_, name) => env[name] || '');
}

function nonEmptyStrings(list) {
  return Array.isArray(list) ? list.map((item) => String(item).trim()).filter((item) => item !== '') : [];
}

/**
 * Maps the `klarsvar` settings section to the server's settings object (the keys of `.klarsvar.json`).
 *
 * @param {object} config  `vscode.workspace.getConfiguration('klarsvar')`, or a plain object with the same keys.
 * @param {{home?: string, workspaceFolder?: string, env?: object}} context  for path expansion.
 * @returns {{settings: object, problems: string[]}}  `problems` lists ignored values (to show as a warning).
 */
function toServerSettings(config, context = {}) {
  const get = (key) => (config && typeof config.get === 'function' ? config.get(key) : config && config[key]);
  const settings = {};
  const problems = [];

  const rulePaths = nonEmptyStrings(get('rulePaths')).map((path) => expandPath(path, context));
  if (rulePaths.length > 0) settings.rulePaths = rulePaths;

  const packs = nonEmptyStrings(get('packs'));
  if (packs.length > 0) settings.packs = packs;

  const rules = get('rules');
  if (rules && typeof rules === 'object' && !Array.isArray(rules)) {
    const mapped = {};
    for (const [id, value] of Object.entries(rules)) {
      const setting = String(value).toLowerCase();
      if (SEVERITIES.includes(setting)) mapped[id.trim()] = setting;
      else problems.push(`klarsvar.rules.${id}: "${value}" is not one of ${SEVERITIES.join(', ')}`);
    }
    if (Object.keys(mapped).length > 0) settings.rules = mapped;
  }

  const languages = nonEmptyStrings(get('languages'));
  if (languages.length > 0) settings.languages = languages;

  const kind = get('kind');
  if (kind) {
    if (KINDS.includes(kind)) settings.kind = kind;
    else problems.push(`klarsvar.kind: "${kind}" is not one of ${KINDS.join(', ')}`);
  }

  const placeholders = get('placeholders');
  if (Array.isArray(placeholders) && placeholders.length > 0) {
    const valid = placeholders.filter((p) => p && typeof p.open === 'string' && typeof p.close === 'string'
      && p.open !== '' && p.close !== '');
    if (valid.length !== placeholders.length) problems.push('klarsvar.placeholders: entries need non-empty "open" and "close"');
    if (valid.length > 0) settings.placeholders = valid.map(({ open, close }) => ({ open, close }));
  }

  const overrides = get('overrides');
  if (Array.isArray(overrides) && overrides.length > 0) settings.overrides = overrides;

  return { settings, problems };
}

/** The languages whose documents the client sends to the server (its document selector). */
function languagesOf(config) {
  const get = (key) => (config && typeof config.get === 'function' ? config.get(key) : config && config[key]);
  const languages = nonEmptyStrings(get('languages'));
  return languages.length > 0 ? languages : DEFAULT_LANGUAGES.slice();
}

/** VS Code document selector for the languages, files and unsaved documents alike. */
function documentSelector(languages) {
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

/** The server command: `klarsvar.path` (expanded) and `lsp`. */
function serverCommand(config, context = {}) {
  const get = (key) => (config && typeof config.get === 'function' ? config.get(key) : config && config[key]);
  const path = String(get('path') || '').trim();
  return { command: path ? expandPath(path, context) : 'klarsvar', args: ['lsp'] };
}

/**
 * Answers the server's `workspace/configuration` request: section `klarsvar` gets the mapped settings,
 * other sections what VS Code's default handler gives.
 */
function answerConfiguration(items, klarsvarSettings, fallback) {
  return items.map((item, index) =>
    item && item.section === 'klarsvar' ? klarsvarSettings : fallback ? fallback[index] : null);
}

/** Whether a settings change needs a restart (the command or the document selector changed). */
function needsRestart(affects) {
  return affects('klarsvar.path') || affects('klarsvar.languages');
}

module.exports = {
  SETTING_KEYS,
  SEVERITIES,
  KINDS,
  DEFAULT_LANGUAGES,
  expandPath,
  toServerSettings,
  languagesOf,
  documentSelector,
  serverCommand,
  answerConfiguration,
  needsRestart,
};
