// A small Markdown reader for rule explanations: paragraphs, lists, quotes and **bold**, *italic*,
// ~~struck~~ and `code` inside them. It builds elements with text nodes only, so nothing in an
// explanation is ever read as HTML.

const INLINE = /(\*\*[^*]+\*\*|~~[^~]+~~|\*[^*\s][^*]*\*|`[^`]+`)/;

function inline(parent, text) {
  for (const part of text.split(INLINE)) {
    if (!part) continue;
    let element = null;
    if (part.startsWith('**') && part.endsWith('**') && part.length > 4) {
      element = document.createElement('strong');
      element.textContent = part.slice(2, -2);
    } else if (part.startsWith('~~') && part.endsWith('~~') && part.length > 4) {
      element = document.createElement('s');
      element.textContent = part.slice(2, -2);
    } else if (part.startsWith('*') && part.endsWith('*') && part.length > 2) {
      element = document.createElement('em');
      element.textContent = part.slice(1, -1);
    } else if (part.startsWith('`') && part.endsWith('`') && part.length > 2) {
      element = document.createElement('code');
      element.textContent = part.slice(1, -1);
    }
    parent.append(element || document.createTextNode(part));
  }
}

function list(tag, lines, marker) {
  const element = document.createElement(tag);
  for (const line of lines) {
    const item = document.createElement('li');
    inline(item, line.replace(marker, ''));
    element.append(item);
  }
  return element;
}

/** The Markdown `text` as a fragment of elements. */
export function renderMarkdown(text) {
  const fragment = document.createDocumentFragment();
  for (const block of text.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    if (lines.every((line) => /^\s*[-*] /.test(line))) {
      fragment.append(list('ul', lines, /^\s*[-*] /));
    } else if (lines.every((line) => /^\s*\d+\. /.test(line))) {
      fragment.append(list('ol', lines, /^\s*\d+\. /));
    } else if (lines.every((line) => line.startsWith('>'))) {
      const quote = document.createElement('blockquote');
      inline(quote, lines.map((line) => line.replace(/^>\s?/, '')).join('\n'));
      fragment.append(quote);
    } else {
      const paragraph = document.createElement('p');
      inline(paragraph, lines.join(' '));
      fragment.append(paragraph);
    }
  }
  return fragment;
}
