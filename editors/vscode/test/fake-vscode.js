'use strict';
// A stand-in for the parts of the `vscode` module the extension uses, for `node --test` (the real
// module exists only inside VS Code). It records what the extension creates and lets a test play the
// user: open an editor, publish diagnostics, change settings.

class Uri {
  constructor(value) { this.value = value; }
  static parse(value) { return new Uri(value); }
  static file(path) { return new Uri(`file://${path}`); }
  get fsPath() { return this.value.replace(/^file:\/\//, ''); }
  toString() { return this.value; }
}

function emitter(registry) {
  const listeners = new Set();
  registry.push(listeners);
  const event = (listener) => {
    listeners.add(listener);
    return { dispose: () => listeners.delete(listener) };
  };
  event.fire = (value) => { for (const listener of [...listeners]) listener(value); };
  return event;
}

/** @param {{configuration?: object}} [options]  the `klarsvar` settings section */
function fakeVscode(options = {}) {
  const registries = [];
  const diagnostics = new Map();
  const created = { statusItems: [], outputChannels: [], commands: new Map(), messages: [] };
  const activeEditorChanged = emitter(registries);
  const diagnosticsChanged = emitter(registries);
  const configurationChanged = emitter(registries);
  const configuration = { ...(options.configuration || {}) };

  const vscode = {
    Uri,
    created,
    LanguageStatusSeverity: { Information: 0, Warning: 1, Error: 2 },
    window: {
      activeTextEditor: undefined,
      onDidChangeActiveTextEditor: activeEditorChanged,
      createOutputChannel(name) {
        const channel = { name, shown: 0, show() { this.shown += 1; }, appendLine() {}, dispose() {} };
        created.outputChannels.push(channel);
        return channel;
      },
      showErrorMessage: async (message) => { created.messages.push(message); return undefined; },
      showWarningMessage: async (message) => { created.messages.push(message); return undefined; },
      showInformationMessage: async (message) => { created.messages.push(message); return undefined; },
    },
    languages: {
      createLanguageStatusItem(id, selector) {
        const item = { id, selector, disposed: false, dispose() { this.disposed = true; } };
        created.statusItems.push(item);
        return item;
      },
      getDiagnostics: (uri) => diagnostics.get(uri.toString()) || [],
      onDidChangeDiagnostics: diagnosticsChanged,
    },
    commands: {
      registerCommand(id, handler) {
        if (created.commands.has(id)) throw new Error(`command ${id} already exists`);
        created.commands.set(id, handler);
        return { dispose: () => created.commands.delete(id) };
      },
      executeCommand: async (id, ...args) => (created.commands.has(id) ? created.commands.get(id)(...args) : undefined),
    },
    workspace: {
      workspaceFolders: undefined,
      getConfiguration: () => ({ get: (key) => configuration[key] }),
      onDidChangeConfiguration: configurationChanged,
    },

    /** Makes `uri` the active editor's document, as clicking its tab does. */
    openEditor(uri) {
      vscode.window.activeTextEditor = { document: { uri: Uri.parse(uri) } };
      activeEditorChanged.fire(vscode.window.activeTextEditor);
    },
    /** Replaces the diagnostics of `uri`, as a language client does. */
    setDiagnostics(uri, list) {
      diagnostics.set(uri, list);
      diagnosticsChanged.fire({ uris: [Uri.parse(uri)] });
    },
    /** Changes settings of section `klarsvar` and fires the change event for them. */
    changeConfiguration(values) {
      Object.assign(configuration, values);
      const keys = Object.keys(values).map((key) => `klarsvar.${key}`);
      configurationChanged.fire({
        affectsConfiguration: (section) => section === 'klarsvar' || keys.some((key) => key === section),
      });
    },
    /** Lets pending promise callbacks run. */
    settle: () => new Promise((resolve) => setImmediate(resolve)),
    /** Listeners still subscribed to the fake's events. */
    listenerCount: () => registries.reduce((sum, listeners) => sum + listeners.size, 0),
  };
  return vscode;
}

module.exports = { fakeVscode, Uri };
