'use strict';
// The language status item ("{}" next to the language mode in the status bar): findings in the active
// file, the rules and packs the server loaded, the kind the letter was read as, and a link to the log.
// No `vscode` import: the controller gets the API handed in, so `node --test` runs it with a fake.

const STATUS_REQUEST = 'klarsvar/status';
const SHOW_OUTPUT = 'klarsvar.showOutput';
const KIND_SOURCES = { declared: 'angiven i dokumentet', configured: 'från inställningarna', detected: 'upptäckt' };

/** "1 fynd", "3 fynd (1 fel, 2 varningar)". Severities as VS Code numbers them: 0 error … 3 hint. */
function findingsText(diagnostics) {
  const list = Array.isArray(diagnostics) ? diagnostics : [];
  if (list.length === 0) return '$(check) Inga fynd';
  const errors = list.filter((d) => d.severity === 0).length;
  const warnings = list.filter((d) => d.severity === 1).length;
  const parts = [];
  if (errors > 0) parts.push(`${errors} fel`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'varning' : 'varningar'}`);
  const icon = errors > 0 ? '$(error)' : warnings > 0 ? '$(warning)' : '$(info)';
  return `${icon} ${list.length} fynd${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
}

/** "92 regler · sv-klarsprak 1.0.0, sv-sprak 1.0.0 (avstängt) · svar till enskild (upptäckt)". */
function statusDetail(status) {
  if (!status || typeof status !== 'object') return '';
  const parts = [];
  if (Number.isInteger(status.rules)) parts.push(`${status.rules} ${status.rules === 1 ? 'regel' : 'regler'}`);
  const packs = Array.isArray(status.packs) ? status.packs : [];
  if (packs.length > 0) {
    parts.push(packs.map((p) => `${p.id} ${p.version}${p.enabled === false ? ' (avstängt)' : ''}`).join(', '));
  }
  const document = status.document;
  if (document && document.linted === false) {
    parts.push('filen granskas inte (språk eller ignore)');
  } else if (document && document.kind) {
    const source = KIND_SOURCES[document.kindSource];
    parts.push(`${document.kindName || document.kind}${source ? ` (${source})` : ''}`);
  }
  return parts.join(' · ');
}

/**
 * What the item shows for one state of the server.
 *
 * @param {{state: 'starting'|'running'|'failed'|'stopped', status?: object|null, diagnostics?: object[],
 *   error?: string}} input
 * @returns {{text: string, detail: string, severity: 'information'|'warning'|'error', busy: boolean}}
 */
function statusView(input) {
  const state = input.state;
  if (state === 'failed') {
    return { text: '$(error) klarsvar startade inte', detail: input.error || 'se loggen', severity: 'error', busy: false };
  }
  if (state === 'stopped') {
    return { text: 'klarsvar är stoppad', detail: 'klarsvar: Starta om språkservern', severity: 'warning', busy: false };
  }
  if (state === 'starting') {
    return { text: 'klarsvar startar …', detail: '', severity: 'information', busy: true };
  }
  const status = input.status;
  const notLinted = status && status.document && status.document.linted === false;
  return {
    text: notLinted ? 'klarsvar: granskas inte' : findingsText(input.diagnostics),
    detail: status ? statusDetail(status) : 'status saknas (äldre klarsvar?)',
    severity: notLinted ? 'warning' : 'information',
    busy: false,
  };
}

/**
 * Creates the item and keeps it current: on a change of the active editor, of its diagnostics, and of
 * the server's state. `requestStatus(uri)` sends `klarsvar/status` (rejects when the server is not running).
 *
 * @param {object} vscode  the `vscode` module (or a fake with the same members)
 * @param {{selector: object[], requestStatus: (uri: string|undefined) => Promise<object>}} options
 */
function createStatusController(vscode, options) {
  const item = vscode.languages.createLanguageStatusItem('klarsvar.status', options.selector);
  item.name = 'klarsvar';
  item.command = { title: 'Visa loggen', command: SHOW_OUTPUT, tooltip: 'Öppna utdatapanelen klarsvar' };
  const severities = {
    information: vscode.LanguageStatusSeverity.Information,
    warning: vscode.LanguageStatusSeverity.Warning,
    error: vscode.LanguageStatusSeverity.Error,
  };
  let state = 'starting';
  let error = '';
  let lastStatus = null;
  let asked = 0;

  function activeUri() {
    const editor = vscode.window.activeTextEditor;
    return editor && editor.document ? editor.document.uri : undefined;
  }

  function klarsvarDiagnostics(uri) {
    return uri ? vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'klarsvar') : [];
  }

  function show(view) {
    item.text = view.text;
    item.detail = view.detail;
    item.severity = severities[view.severity];
    item.busy = view.busy;
  }

  /** Shows what is known now; asks the server for the rest when it runs. */
  async function refresh() {
    const uri = activeUri();
    const diagnostics = klarsvarDiagnostics(uri);
    show(statusView({ state, status: lastStatus, diagnostics, error }));
    if (state !== 'running') return;
    const mine = ++asked;
    let status = null;
    try {
      status = await options.requestStatus(uri ? uri.toString() : undefined);
    } catch (_) {
      status = null; // An older server without klarsvar/status, or one that just stopped.
    }
    if (mine !== asked) return; // A newer refresh started meanwhile.
    lastStatus = status;
    show(statusView({ state, status, diagnostics: klarsvarDiagnostics(activeUri()), error }));
  }

  show(statusView({ state }));
  const subscriptions = [
    vscode.window.onDidChangeActiveTextEditor(() => refresh()),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const uri = activeUri();
      if (uri && event.uris.some((changed) => changed.toString() === uri.toString())) refresh();
    }),
  ];

  return {
    item,
    refresh,
    /** @param {'starting'|'running'|'failed'|'stopped'} next  @param {string} [message] for `failed` */
    setState(next, message) {
      state = next;
      error = message || '';
      if (next !== 'running') lastStatus = null;
      return refresh();
    },
    /** The languages changed (the server restarts with them). */
    setSelector(selector) {
      item.selector = selector;
    },
    dispose() {
      for (const subscription of subscriptions) subscription.dispose();
      item.dispose();
    },
  };
}

module.exports = { STATUS_REQUEST, SHOW_OUTPUT, findingsText, statusDetail, statusView, createStatusController };
