// klarsvar's page: the draft in a textarea, checked by the local server as the user types (debounced;
// only the latest answer is shown), findings marked under the text and listed beside it.
// Nothing is stored: the text lives in this page until it is copied or downloaded.

import { getJSON, postFile, postJSON } from './api.js';
import { SEVERITIES, renderDetail, renderFindings, renderMarks, renderSummary } from './view.js';

const DEBOUNCE_MS = 300;
const byId = (id) => document.getElementById(id);
const textarea = byId('utkast');

const state = {
  sequence: 0,
  controller: null,
  timer: null,
  checkedText: null,
  findings: [],
  summary: null,
  selected: -1,
  atCaret: -1,
  baseName: 'utkast',
  categoryNames: {},
  rules: new Map(),
};

function say(text) {
  byId('status').textContent = text;
}

function showError(text) {
  const banner = byId('fel');
  banner.textContent = text;
  banner.hidden = !text;
}

function draftBody(text) {
  const body = { text, name: `${state.baseName}${byId('markdown').checked ? '.md' : '.txt'}` };
  if (byId('typ').value) body.kind = byId('typ').value;
  return body;
}

function isCurrent() {
  return state.checkedText !== null && state.checkedText === textarea.value;
}

function scheduleCheck() {
  byId('editor').classList.add('stale');
  clearTimeout(state.timer);
  state.timer = setTimeout(check, DEBOUNCE_MS);
}

/** Checks the text as it is now; an answer to an older text is dropped. */
async function check() {
  clearTimeout(state.timer);
  const text = textarea.value;
  const sequence = ++state.sequence;
  if (state.controller) state.controller.abort();
  state.controller = new AbortController();
  if (text.trim() === '') {
    show(text, null);
    return;
  }
  say('Granskar …');
  try {
    const answer = await postJSON('/api/review', draftBody(text), state.controller.signal);
    if (sequence !== state.sequence || textarea.value !== text) return;
    show(text, answer);
  } catch (error) {
    if (error.name === 'AbortError' || sequence !== state.sequence) return;
    say('');
    showError(`Granskningen misslyckades: ${error.message}. Är klarsvar serve igång?`);
  }
}

function show(text, answer) {
  const previous = state.findings[state.selected];
  const file = answer ? answer.report.files[0] : null;
  state.checkedText = text;
  state.findings = file ? file.findings : [];
  state.summary = answer ? answer.summary : null;
  state.selected = previous ? state.findings.findIndex((f) => f.ruleId === previous.ruleId && f.location.utf16.start === previous.location.utf16.start) : -1;
  state.atCaret = -1;
  byId('vid-markoren').textContent = '';
  const problems = answer ? [...answer.report.errors, ...(file.error ? [file.error] : [])] : [];
  showError(problems.length ? `Fel i regler eller inställningar: ${problems.join(' · ')}` : '');
  const fixButton = byId('ratta-allt');
  fixButton.disabled = !answer || answer.fixable === 0;
  fixButton.textContent = answer && answer.fixable > 0 ? `Rätta allt (${answer.fixable})` : 'Rätta allt';
  byId('editor').classList.remove('stale');
  render();
  say(answer ? `${state.findings.length} fynd. ${counts()}` : '');
}

function counts() {
  if (!state.summary) return '';
  return ['error', 'warning', 'info', 'hint']
    .filter((severity) => state.summary.counts[severity] > 0)
    .map((severity) => `${SEVERITIES[severity].word}: ${state.summary.counts[severity]}`)
    .join(', ');
}

const actions = { applySuggestion, reveal };

function render() {
  renderMarks(byId('markeringar'), state.checkedText || '', state.findings, state.selected);
  renderFindings(byId('fynd-lista'), state.findings, state.categoryNames, state.selected, (index) => select(index, true));
  renderSummary(byId('sammanfattning-innehall'), state.summary, state.findings, actions);
  renderSelected(false);
  syncScroll();
}

/** Shows one finding in the detail panel; with `focus` the panel's heading takes the focus. */
function select(index, focus) {
  state.selected = index;
  renderMarks(byId('markeringar'), state.checkedText || '', state.findings, state.selected);
  for (const button of byId('fynd-lista').querySelectorAll('button.finding')) {
    button.setAttribute('aria-current', Number(button.dataset.index) === index ? 'true' : 'false');
  }
  renderSelected(focus);
}

function renderSelected(focus) {
  const panel = byId('detalj');
  const finding = state.findings[state.selected];
  panel.hidden = !finding;
  if (!finding) return;
  const rule = state.rules.get(finding.ruleId);
  renderDetail(byId('detalj-innehall'), finding, rule, state.categoryNames, actions);
  if (!rule) loadRule(finding.ruleId);
  if (focus) byId('detalj-rubrik').focus();
}

async function loadRule(id) {
  try {
    state.rules.set(id, await getJSON(`/api/rules/${encodeURIComponent(id)}`));
    if (state.findings[state.selected] && state.findings[state.selected].ruleId === id) renderSelected(false);
  } catch (error) {
    showError(`Förklaringen kunde inte hämtas: ${error.message}`);
  }
}

/** Puts the caret on a range of the text and scrolls it into view. */
function reveal(range) {
  textarea.focus();
  textarea.setSelectionRange(range.start, range.end);
}

/** Replaces `[start, end)` with `text` as typing would, so the browser's undo takes it back. */
function replaceText(start, end, text) {
  textarea.focus();
  textarea.setSelectionRange(start, end);
  const done = text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text);
  if (!done) {
    textarea.setRangeText(text, start, end, 'end');
    textarea.dispatchEvent(new Event('input'));
  }
}

function applySuggestion(suggestion) {
  if (!isCurrent()) {
    say('Texten har ändrats sedan granskningen. Vänta på den nya granskningen och försök igen.');
    check();
    return;
  }
  const { start, end } = suggestion.location.utf16;
  replaceText(start, end, suggestion.newText);
  say(`Ändrat: ${suggestion.title}.`);
  check();
}

async function fixAll() {
  const text = textarea.value;
  try {
    const answer = await postJSON('/api/fix', draftBody(text));
    if (textarea.value !== text) return;
    replaceText(0, text.length, answer.text);
    say(`${answer.fixes.length} ändringar gjorda. Ångra med Ctrl+Z.`);
    check();
  } catch (error) {
    showError(`Rättningen misslyckades: ${error.message}`);
  }
}

/** When the caret enters a finding, its message is read out and the finding selected. */
function caretMoved() {
  if (!isCurrent()) return;
  const caret = textarea.selectionStart;
  let best = -1;
  state.findings.forEach((finding, index) => {
    const { start, end } = finding.location.utf16;
    const size = end - start;
    if (start <= caret && caret <= end && (best < 0 || size < state.findings[best].location.utf16.end - state.findings[best].location.utf16.start)) best = index;
  });
  if (best === state.atCaret) return;
  state.atCaret = best;
  const finding = state.findings[best];
  byId('vid-markoren').textContent = finding ? `${SEVERITIES[finding.severity].word}: ${finding.message}` : '';
  if (finding) select(best, false);
}

function syncScroll() {
  const backdrop = document.querySelector('.backdrop');
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

async function copyText() {
  try {
    await navigator.clipboard.writeText(textarea.value);
  } catch {
    textarea.select();
    document.execCommand('copy');
  }
  say('Texten är kopierad.');
}

function download(extension, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([textarea.value], { type: `${type};charset=utf-8` }));
  link.download = `${state.baseName}${extension}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  say(`Sparad som ${link.download} i dina hämtade filer.`);
}

async function openFile(file) {
  say(`Läser ${file.name} …`);
  try {
    const answer = await postFile('/api/read-file', file);
    textarea.value = answer.text;
    byId('markdown').checked = answer.markdown;
    state.baseName = answer.name.replace(/\.[^.]*$/, '') || 'utkast';
    const opened = byId('oppnad');
    opened.textContent = `Öppnad: ${answer.name}. Ändringar görs här, inte i filen; spara med knapparna nedanför.`;
    opened.hidden = false;
    showError('');
    check();
  } catch (error) {
    say('');
    showError(`Filen kunde inte öppnas: ${error.message}`);
  }
}

async function start() {
  textarea.addEventListener('input', scheduleCheck);
  textarea.addEventListener('scroll', syncScroll);
  for (const event of ['keyup', 'click', 'select', 'focus']) textarea.addEventListener(event, caretMoved);
  new ResizeObserver(syncScroll).observe(textarea);
  byId('typ').addEventListener('change', check);
  byId('markdown').addEventListener('change', check);
  byId('oppna').addEventListener('click', () => byId('fil').click());
  byId('fil').addEventListener('change', (event) => {
    const [file] = event.target.files;
    if (file) openFile(file);
    event.target.value = '';
  });
  byId('ratta-allt').addEventListener('click', fixAll);
  byId('kopiera').addEventListener('click', copyText);
  byId('ladda-txt').addEventListener('click', () => download('.txt', 'text/plain'));
  byId('ladda-md').addEventListener('click', () => download('.md', 'text/markdown'));
  try {
    const rules = await getJSON('/api/rules');
    for (const rule of rules.rules) state.categoryNames[rule.category] = rule.categoryName;
    const health = await getJSON('/api/health');
    if (health.errors.length) showError(`Fel i regler eller inställningar: ${health.errors.join(' · ')}`);
  } catch (error) {
    showError(`Servern svarar inte: ${error.message}. Starta klarsvar serve och ladda om sidan.`);
  }
  if (textarea.value.trim() !== '') check();
}

start();
