'use strict';
// The result of `klarsvar.listCommitments` → Quick Pick items. Pure, tested under plain Node.

/**
 * @param {Array<{ruleId: string, sentence: string, promise: string, anchor: string|null,
 *   range: {start: {line: number, character: number}}}>} commitments
 * @returns {Array<{label: string, description: string, detail: string, line: number, character: number}>}
 */
function commitmentItems(commitments) {
  if (!Array.isArray(commitments)) return [];
  return commitments.map((commitment) => {
    const start = (commitment.range && commitment.range.start) || { line: 0, character: 0 };
    const anchored = commitment.anchor !== null && commitment.anchor !== undefined;
    return {
      label: `${anchored ? '$(check)' : '$(warning)'} ${commitment.promise}`,
      description: anchored ? `tidpunkt: ${commitment.anchor}` : 'utan tidpunkt',
      detail: `rad ${start.line + 1}: ${commitment.sentence}`,
      line: start.line,
      character: start.character,
    };
  });
}

/** One line for the status message, e.g. "3 löften, 2 utan tidpunkt". */
function commitmentSummary(commitments) {
  const list = Array.isArray(commitments) ? commitments : [];
  const open = list.filter((c) => c.anchor === null || c.anchor === undefined).length;
  const noun = list.length === 1 ? 'löfte' : 'löften';
  return open > 0 ? `${list.length} ${noun}, ${open} utan tidpunkt` : `${list.length} ${noun}`;
}

module.exports = { commitmentItems, commitmentSummary };
