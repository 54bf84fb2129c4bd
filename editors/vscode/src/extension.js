'use strict';
// klarsvar for VS Code: starts `klarsvar lsp` for plain-text, Markdown and HTML letters.
// Diagnostics, hover, quick fixes, "fix all" and the code lens come from the server through
// vscode-languageclient; this file only wires up settings, restarts, the language status item and the
// commitments list.

const os = require('os');
const vscode = require('vscode');
const { LanguageClient, RevealOutputChannelOn, State } = require('vscode-languageclient/node');
const settings = require('./settings');
const { commitmentItems, commitmentSummary } = require('./commitments');
const { STATUS_REQUEST, SHOW_OUTPUT, createStatusController } = require('./status');

const LIST_COMMITMENTS = 'klarsvar.listCommitments';

/** @type {LanguageClient | undefined} */
let client;
let output;
/** The language status item's controller (src/status.js). */
let status;
let warnedProblems = '';

function pathContext() {
  const folder = vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders[0];
  return { home: os.homedir(), workspaceFolder: folder ? folder.uri.fsPath : '', env: process.env };
}

/** The server settings from the current VS Code settings; ignored values are reported once. */
function currentServerSettings() {
  const { settings: mapped, problems } = settings.toServerSettings(
    vscode.workspace.getConfiguration('klarsvar'), pathContext());
  const text = problems.join('\n');
  if (text && text !== warnedProblems) {
    vscode.window.showWarningMessage(`klarsvar: ogiltiga inställningar hoppas över:\n${text}`);
  }
  warnedProblems = text;
  return mapped;
}

/** Shows the letter's commitments (the code lens runs this) and jumps to the one picked. */
async function showCommitments(result, uri) {
  const items = commitmentItems(result);
  if (items.length === 0) {
    vscode.window.showInformationMessage('klarsvar: inga löften i brevet.');
    return;
  }
  const picked = await vscode.window.showQuickPick(items, {
    title: `klarsvar: ${commitmentSummary(result)}`,
    matchOnDetail: true,
  });
  if (!picked || !uri) return;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri));
  const position = new vscode.Position(picked.line, picked.character);
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter);
}

function createClient() {
  const config = vscode.workspace.getConfiguration('klarsvar');
  const server = settings.serverCommand(config, pathContext());
  const languages = settings.languagesOf(config);
  /** @type {import('vscode-languageclient/node').LanguageClientOptions} */
  const clientOptions = {
    documentSelector: settings.documentSelector(languages),
    initializationOptions: currentServerSettings(),
    outputChannel: output,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      workspace: {
        // The server asks for section "klarsvar"; answer with the mapped settings, never the raw
        // section (its `path` and `trace` keys would be rejected as unknown).
        configuration: async (params, token, next) => {
          const others = params.items.some((item) => item.section !== 'klarsvar');
          const fallback = others ? await next(params, token) : null;
          return settings.answerConfiguration(params.items, currentServerSettings(), fallback);
        },
      },
      executeCommand: async (command, args, next) => {
        const result = await next(command, args);
        if (command === LIST_COMMITMENTS) await showCommitments(result, args && args[0]);
        return result;
      },
    },
  };
  return new LanguageClient('klarsvar', 'klarsvar', server, clientOptions);
}

/** `klarsvar/status` for a document (or the workspace), from the running server. */
function requestStatus(uri) {
  if (!client || !client.isRunning()) return Promise.reject(new Error('not running'));
  return client.sendRequest(STATUS_REQUEST, uri ? { textDocument: { uri } } : {});
}

async function start() {
  const languages = settings.languagesOf(vscode.workspace.getConfiguration('klarsvar'));
  status.setSelector(settings.documentSelector(languages));
  status.setState('starting');
  client = createClient();
  const started = client;
  // A server that dies later (and is not restarted by the client) shows as stopped.
  started.onDidChangeState(({ newState }) => {
    if (client !== started) return;
    if (newState === State.Running) status.setState('running');
    else if (newState === State.Stopped) status.setState('stopped');
  });
  try {
    await started.start();
    if (client === started) status.setState('running');
  } catch (error) {
    const message = error && error.message ? error.message : String(error);
    if (client === started) status.setState('failed', message);
    const path = vscode.workspace.getConfiguration('klarsvar').get('path') || 'klarsvar';
    const choice = await vscode.window.showErrorMessage(
      `klarsvar: kunde inte starta "${path} lsp" (${message}). ` +
        'Installera klarsvar eller ange sökvägen i inställningen klarsvar.path.',
      'Öppna inställningar');
    if (choice) vscode.commands.executeCommand('workbench.action.openSettings', 'klarsvar.path');
  }
}

async function stop() {
  if (!client) return;
  const running = client;
  client = undefined;
  try {
    await running.stop();
  } catch (_) {
    // Already stopped (e.g. it never started).
  }
}

async function restart() {
  await stop();
  await start();
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  output = vscode.window.createOutputChannel('klarsvar');
  const languages = settings.languagesOf(vscode.workspace.getConfiguration('klarsvar'));
  status = createStatusController(vscode, { selector: settings.documentSelector(languages), requestStatus });
  context.subscriptions.push(
    output,
    status,
    vscode.commands.registerCommand('klarsvar.restart', restart),
    vscode.commands.registerCommand(SHOW_OUTPUT, () => output.show(true)),
    vscode.commands.registerCommand('klarsvar.openSettings', () =>
      vscode.commands.executeCommand('workbench.action.openSettings', '@ext:klarsvar.klarsvar')),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('klarsvar')) return;
      if (settings.needsRestart((section) => event.affectsConfiguration(section))) {
        restart();
      } else if (client && client.isRunning()) {
        // The server answers by asking for section "klarsvar" (middleware above).
        client.sendNotification('workspace/didChangeConfiguration', {
          settings: { klarsvar: currentServerSettings() },
        });
        // Packs or rules may have changed; the server answers once it has linted with the new settings.
        status.refresh();
      }
    }),
    { dispose: () => stop() });
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
