'use strict';
// klarsvar for VS Code: starts `klarsvar lsp` for plain-text and Markdown letters.
// Diagnostics, hover, quick fixes, "fix all" and the code lens come from the server through
// vscode-languageclient; this file only wires up settings, restarts and the commitments list.

const os = require('os');
const vscode = require('vscode');
const { LanguageClient, RevealOutputChannelOn } = require('vscode-languageclient/node');
const settings = require('./settings');
const { commitmentItems, commitmentSummary } = require('./commitments');

const LIST_COMMITMENTS = 'klarsvar.listCommitments';

/** @type {LanguageClient | undefined} */
let client;
let output;
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

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const path = vscode.workspace.getConfiguration('klarsvar').get('path') || 'klarsvar';
    const choice = await vscode.window.showErrorMessage(
      `klarsvar: kunde inte starta "${path} lsp" (${error && error.message ? error.message : error}). ` +
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
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('klarsvar.restart', restart),
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
      }
    }),
    { dispose: () => stop() });
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
