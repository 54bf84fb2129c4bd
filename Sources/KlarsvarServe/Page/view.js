// Drawing the page from an answer of /api/review: the marks under the text, the findings grouped by
// category, the summary and the selected finding. Only text nodes carry what the server sent.

import { renderMarkdown } from './markdown.js';

/** Each severity's Swedish word and symbol; the symbol is decoration, the word is read aloud. */
export const SEVERITIES = {
  error: { word: 'Fel', symbol: '✖', rank: 3 },
  warning: { word: 'Varning', symbol: '▲', rank: 2 },
  info: { word: 'Info', symbol: '●', rank: 1 },
  hint: { word: 'Tips', symbol: '○', rank: 0 },
};

function element(tag, properties = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  node.append(...children.filter((child) => child !== null && child !== undefined));
  return node;
}

function severityLabel(severity) {
  const known = SEVERITIES[severity] || { word: severity, symbol: '' };
  return element('span', { className: 'sev-label' }, element('span', { 'aria-hidden': 'true', text: known.symbol + ' ' }), known.word);
}

function range(finding) {
  return finding.location.utf16;
}

/** The draft's text with every finding marked. */
export function renderMarks(container, text, findings, selected) {
  const bounds = new Set([0, text.length]);
  for (const finding of findings) {
    const { start, end } = range(finding);
    if (end > start && end <= text.length) bounds.add(start).add(end);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  for (let index = 0; index + 1 < points.length; index += 1) {
    const [from, to] = [points[index], points[index + 1]];
    const covering = findings
      .map((finding, position) => ({ finding, position }))
      .filter(({ finding }) => range(finding).start <= from && range(finding).end >= to && range(finding).end > range(finding).start);
    const piece = text.slice(from, to);
    if (covering.length === 0) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    // The background is the most serious finding's, the line the smallest one's, so a word inside a
    // marked sentence keeps its own mark.
    const worst = covering.reduce((a, b) => (SEVERITIES[b.finding.severity].rank > SEVERITIES[a.finding.severity].rank ? b : a));
    const size = ({ finding }) => range(finding).end - range(finding).start;
    const smallest = covering.reduce((a, b) => (size(b) < size(a) ? b : a));
    const isSelected = covering.some(({ position }) => position === selected);
    const classes = `sev-${smallest.finding.severity} bg-${worst.finding.severity}${isSelected ? ' selected' : ''}`;
    fragment.append(element('mark', { className: classes, text: piece }));
  }
  // A final newline needs a line after it, or the copy is one line shorter than the textarea.
  fragment.append(document.createTextNode('\n '));
  container.replaceChildren(fragment);
}

/** The findings as lists of buttons, one list per category, in the order of the text. */
export function renderFindings(container, findings, categoryNames, selected, onSelect) {
  if (findings.length === 0) {
    container.replaceChildren(element('p', { className: 'note', text: 'Inga fynd. Bra jobbat!' }));
    return;
  }
  const groups = new Map();
  findings.forEach((finding, index) => {
    if (!groups.has(finding.category)) groups.set(finding.category, []);
    groups.get(finding.category).push(index);
  });
  const fragment = document.createDocumentFragment();
  for (const [category, indices] of groups) {
    const name = categoryNames[category] || category;
    const heading = element('h3', { text: `${name[0].toUpperCase()}${name.slice(1)} (${indices.length})` });
    const list = element('ul', { role: 'list', className: 'plain' });
    for (const index of indices) {
      const finding = findings[index];
      const button = element(
        'button',
        {
          type: 'button',
          className: `finding sev-${finding.severity}`,
          'data-index': String(index),
          'aria-current': index === selected ? 'true' : 'false',
          onclick: () => onSelect(index),
        },
        severityLabel(finding.severity),
        finding.message,
      );
      list.append(element('li', {}, button));
    }
    fragment.append(heading, list);
  }
  container.replaceChildren(fragment);
}

function lixWords(lix) {
  if (lix < 30) return 'mycket lättläst';
  if (lix < 40) return 'lättläst';
  if (lix < 50) return 'medelsvår';
  if (lix < 60) return 'svår';
  return 'mycket svår';
}

/** Counts in words: *1 fel, 2 varningar, 1 info, 0 tips*. */
function counts(summary) {
  const plural = { error: 'fel', warning: 'varningar', info: 'info', hint: 'tips' };
  return ['error', 'warning', 'info', 'hint']
    .map((severity) => {
      const count = summary.counts[severity] || 0;
      return `${count} ${count === 1 ? SEVERITIES[severity].word.toLowerCase() : plural[severity]}`;
    })
    .join(', ');
}

function kindText(kind) {
  const name = kind.name[0].toUpperCase() + kind.name.slice(1);
  if (kind.source === 'detected') return `${name} (känd igen i texten, ${Math.round(kind.confidence * 100)} % säker)`;
  return `${name} (${kind.source === 'declared' ? 'angiven i texten' : 'vald'})`;
}

/** The summary panel: kind, readability, counts, promises with what they lack, referrals. */
export function renderSummary(container, summary, findings, actions) {
  if (!summary) {
    container.replaceChildren(element('p', { className: 'note', text: 'Skriv eller klistra in ett utkast.' }));
    return;
  }
  const facts = element(
    'dl',
    { className: 'summary' },
    element('dt', { text: 'Typ av text' }),
    element('dd', { text: kindText(summary.kind) }),
    element('dt', { text: 'Läsbarhet' }),
    element('dd', { text: summary.lix === null ? 'LIX kan inte räknas ut (inga meningar)' : `LIX ${summary.lix} – ${lixWords(summary.lix)}` }),
    element('dt', { text: 'Fynd' }),
    element('dd', { text: counts(summary) }),
  );
  container.replaceChildren(facts, promises(summary, findings, actions), referrals(summary, findings, actions));
}

function promises(summary, findings, actions) {
  const section = element('div', { id: 'loften' }, element('h3', { text: `Löften (${summary.commitments.length})` }));
  if (summary.commitments.length === 0) {
    section.append(element('p', { className: 'note', text: 'Texten lovar inget.' }));
    return section;
  }
  const list = element('ul', { role: 'list', className: 'plain' });
  for (const commitment of summary.commitments) {
    const time = commitment.time
      ? element('span', { className: 'has', text: `Tidpunkt: ${commitment.time}.` })
      : element('span', { className: 'lacks', text: 'Tidpunkt saknas.' });
    const lacks = element('ul', {});
    for (const index of commitment.findings) {
      lacks.append(element('li', {}, severityLabel(findings[index].severity), findings[index].message));
    }
    const show = element('button', { type: 'button', text: 'Visa i texten', onclick: () => actions.reveal(commitment.location.utf16) });
    list.append(element('li', { className: 'promise' }, element('q', { text: commitment.promise }), ' ', time, lacks, show));
  }
  section.append(list);
  return section;
}

function referrals(summary, findings, actions) {
  const section = element('div', { id: 'hanvisningar' }, element('h3', { text: 'Hänvisningar' }));
  const present = summary.referrals.present;
  section.append(
    element('p', {
      text: present.length === 0 ? 'Texten hänvisar inte till någon instans i regelpaketens kontaktlista.' : `Finns i texten: ${present.map((item) => item.name).join(', ')}.`,
    }),
  );
  const missing = summary.referrals.missing;
  if (missing.length === 0) {
    section.append(element('p', { className: 'has', text: 'Ingen hänvisning saknas.' }));
    return section;
  }
  section.append(element('p', { className: 'lacks', text: 'Saknas eller är fel:' }));
  const list = element('ul', { role: 'list', className: 'plain' });
  for (const index of missing) {
    const finding = findings[index];
    const item = element('li', { className: 'referral' }, severityLabel(finding.severity), finding.message, ' ');
    for (const suggestion of finding.suggestions.filter((s) => s.kind === 'insertion')) {
      item.append(element('button', { type: 'button', className: 'primary', text: suggestion.title, onclick: () => actions.applySuggestion(suggestion) }));
    }
    list.append(item);
  }
  section.append(list);
  return section;
}

/** The selected finding: message, suggestions as buttons, explanation and reference. */
export function renderDetail(container, finding, rule, categoryNames, actions) {
  const category = categoryNames[finding.category] || finding.category;
  const parts = [
    element('p', {}, severityLabel(finding.severity), `· ${category}`),
    element('p', {}, element('strong', { text: finding.message })),
  ];
  if (finding.matchedText) parts.push(element('p', {}, 'I texten: ', element('q', { text: finding.matchedText })));
  if (finding.suggestions.length > 0) {
    const buttons = element('div', { className: 'suggestions', role: 'group', 'aria-label': 'Förslag' });
    for (const suggestion of finding.suggestions) {
      buttons.append(element('button', { type: 'button', className: 'primary', text: suggestion.title, onclick: () => actions.applySuggestion(suggestion) }));
    }
    parts.push(buttons);
  }
  const explanation = element('div', { className: 'explanation' });
  if (rule) {
    explanation.append(renderMarkdown(rule.explanation));
    if (rule.reference) explanation.append(element('p', {}, element('strong', { text: 'Källa: ' }), rule.reference));
  } else {
    explanation.append(element('p', { className: 'note', text: 'Hämtar förklaringen…' }));
  }
  parts.push(explanation);
  parts.push(element('p', { className: 'note', text: `Regel ${finding.ruleId}` }));
  parts.push(element('button', { type: 'button', text: 'Visa i texten', onclick: () => actions.reveal(range(finding)) }));
  container.replaceChildren(...parts);
}
