import type { DraftFinding } from './types.ts';
import { findingReason, type ReasonVariant } from './reasonCodes.ts';

/**
 * Markdown, LaTeX and HTML left over from conversion: `#### ` heading marks, `**bold**`, `PM_{2.5}`,
 * `$...$`, `\%`, `<br>`, `&nbsp;`. Each is replaced by the plain text it stands for.
 */

interface Rule {
  re: RegExp;
  plain: (m: RegExpExecArray) => string;
  confidence: number;
  what: string;
  /** Variant of the reason code: `finding.markup.<code>`. */
  code: ReasonVariant<'markup'>;
}

const LATEX_SYMBOLS: Record<string, string> = {
  times: '×', div: '÷', cdot: '·', pm: '±', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', approx: '≈',
  sim: '～', circ: '°', degree: '°', percent: '%', alpha: 'α', beta: 'β', mu: 'μ', rightarrow: '→', to: '→',
};
const SUPERSCRIPT: Record<string, string> = { '2': '²', '3': '³' };

/** Plain text for a bit of inline LaTeX: subscripts flattened, commands mapped to symbols. */
export function latexToPlain(s: string): string {
  return s
    .replace(/\\(?:text|mathrm|textrm|mathbf|textbf|rm|operatorname)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\left|\\right/g, '')
    .replace(/\^\s*\{?\\circ\}?/g, '°')
    .replace(/\\([a-zA-Z]+)/g, (all, name: string) => LATEX_SYMBOLS[name] ?? all)
    .replace(/\\([%&_#$])/g, '$1')
    .replace(/_\{([^{}]*)\}/g, '$1')
    .replace(/\^\{([^{}]*)\}/g, (_all, sup: string) => SUPERSCRIPT[sup] ?? sup)
    .replace(/\^([23])(?![0-9])/g, (_all, sup: string) => SUPERSCRIPT[sup] ?? sup)
    .replace(/_([0-9A-Za-z.]+)/g, '$1')
    .replace(/\\,|\\;|\\!|~/g, '')
    .trim();
}

const HTML_ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ensp: ' ', emsp: ' ', middot: '·', mdash: '—', ldquo: '“', rdquo: '”' };

const RULES: readonly Rule[] = [
  // Line breaks written out as escape text ("…工作报告。\\r\\n现在，…"): a page or spreadsheet cell stored its
  // paragraph breaks as the characters backslash-r-backslash-n. One finding per break, each a real line break.
  // A lone "\\n" or "\\t" counts only when no letter follows ("\\neq", "\\times" are LaTeX).
  { re: /\\r\\n|\\n(?![A-Za-z])|\\r(?![A-Za-z])/g, plain: () => '\n', confidence: 0.95, what: 'escaped line break', code: 'escapedLineBreak' },
  { re: /\\t(?![A-Za-z])/g, plain: () => ' ', confidence: 0.8, what: 'escaped tab', code: 'escapedTab' },
  // Markdown heading marks at line start ("#### 标题" -> "标题").
  { re: /^[ \t]*(?:#{1,6}[ \t]+|#{2,6})(?=\S)/gm, plain: () => '', confidence: 0.95, what: 'markdown heading mark', code: 'headingMark' },
  { re: /\*\*([^*\n]{1,200}?)\*\*/g, plain: (m) => toPlain(m[1] ?? ''), confidence: 0.95, what: 'markdown bold', code: 'bold' },
  { re: /__([^_\n]{1,200}?)__/g, plain: (m) => toPlain(m[1] ?? ''), confidence: 0.85, what: 'markdown bold', code: 'bold' },
  // Single-star emphasis only around Chinese text: a lone * is often a footnote mark.
  { re: /(?<![*\w])\*([^*\s][^*\n]{0,100}?)\*(?![*\w])/g, plain: (m) => (/[\u4e00-\u9fff]/.test(m[1] ?? '') ? toPlain(m[1] ?? '') : m[0]), confidence: 0.6, what: 'markdown emphasis', code: 'emphasis' },
  { re: /`([^`\n]{1,100})`/g, plain: (m) => m[1] ?? '', confidence: 0.8, what: 'markdown code span', code: 'codeSpan' },
  { re: /!\[([^\]\n]*)\]\([^)\n]*\)/g, plain: () => '', confidence: 0.9, what: 'markdown image', code: 'image' },
  { re: /\[([^\]\n]+)\]\((?:https?:\/\/|\/|\.)[^)\s]*\)/g, plain: (m) => m[1] ?? '', confidence: 0.9, what: 'markdown link', code: 'link' },
  { re: /^[ \t]*([-*_])[ \t]*(?:\1[ \t]*){2,}$/gm, plain: () => '', confidence: 0.8, what: 'markdown rule', code: 'rule' },
  { re: /^[ \t]*>[ \t]?/gm, plain: () => '', confidence: 0.7, what: 'markdown quote mark', code: 'quoteMark' },
  { re: /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/gm, plain: () => '', confidence: 0.85, what: 'markdown table rule', code: 'tableRule' },
  // Inline maths: only when the inside looks like LaTeX, so "$5 and $10" is left alone.
  { re: /\$\$?([^$\n]{1,120}?)\$\$?/g, plain: (m) => latexToPlain(m[1] ?? ''), confidence: 0.9, what: 'LaTeX maths', code: 'latexMaths' },
  { re: /([A-Za-z0-9)）]+)(?:_\{([^{}\n]{1,20})\}|\^\{([^{}\n]{1,20})\})/g, plain: (m) => (m[1] ?? '') + latexToPlain(m[0].slice((m[1] ?? '').length)), confidence: 0.9, what: 'LaTeX sub/superscript', code: 'latexScript' },
  // Bare subscripts/superscripts in formulas and units: "CO_2", "PM_2.5", "km^2".
  { re: /(?<![A-Za-z0-9])([A-Z][A-Za-z]{0,3})_([0-9]+(?:\.[0-9]+)?|x)(?![A-Za-z0-9_])/g, plain: (m) => (m[1] ?? '') + (m[2] ?? ''), confidence: 0.8, what: 'LaTeX subscript', code: 'latexScript' },
  { re: /(?<![A-Za-z0-9])([a-zA-Z]{1,3})\^([23])(?![0-9])/g, plain: (m) => (m[1] ?? '') + (SUPERSCRIPT[m[2] ?? ''] ?? ''), confidence: 0.8, what: 'caret superscript', code: 'latexScript' },
  { re: /\\(?:text|mathrm|textbf|mathbf)\{([^{}\n]*)\}/g, plain: (m) => m[1] ?? '', confidence: 0.9, what: 'LaTeX command', code: 'latexCommand' },
  { re: /\\(?:times|div|cdot|pm|leq|geq|le|ge|neq|approx|sim|circ|degree|alpha|beta|mu|rightarrow)(?![a-zA-Z])/g, plain: (m) => latexToPlain(m[0]), confidence: 0.85, what: 'LaTeX symbol', code: 'latexSymbol' },
  { re: /\\([%&_#])/g, plain: (m) => m[1] ?? '', confidence: 0.9, what: 'LaTeX escape', code: 'latexEscape' },
  { re: /<\/?(?:p|br|div|span|strong|b|i|em|u|sup|sub|font|a|img|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|center|section|article)\b[^>\n]{0,200}>/gi, plain: () => '', confidence: 0.9, what: 'HTML tag', code: 'htmlTag' },
  // Word's own tags (<o:p>) and comments survive copy-paste from documents into web pages.
  { re: /<\/?o:p>|<!--[^\n]{0,300}?-->/gi, plain: () => '', confidence: 0.9, what: 'HTML tag', code: 'htmlTag' },
  { re: /&(nbsp|amp|lt|gt|quot|apos|ensp|emsp|middot|mdash|ldquo|rdquo);|&#(\d{2,6});/g, plain: entityPlain, confidence: 0.9, what: 'HTML entity', code: 'htmlEntity' },
];

/** Where a line (a real one or one written as "\\r\\n") starts or ends. */
const LINE_EDGE_BEFORE = /(?:^|\n|\\n|\\r)[ \t\u3000]*$/;
const LINE_EDGE_AFTER = /^[ \t\u3000]*(?:$|\r?\n|\\r|\\n)/;

/**
 * The character an entity stands for. A space entity alone on its line is an empty spacer paragraph of the
 * web page, and one between Chinese characters is layout, not a word gap: both go.
 */
function entityPlain(m: RegExpExecArray): string {
  if (m[2]) return String.fromCodePoint(Number(m[2]));
  const name = m[1] ?? '';
  const plain = HTML_ENTITIES[name] ?? '';
  if (plain !== ' ') return plain;
  const before = m.input.slice(Math.max(0, m.index - 8), m.index);
  const after = m.input.slice(m.index + m[0].length, m.index + m[0].length + 8);
  const alone = LINE_EDGE_BEFORE.test(before) && LINE_EDGE_AFTER.test(after);
  const betweenCjk = /[\u3400-\u9fff，。、；：]$/.test(before) && /^[\u3400-\u9fff，。、；：]/.test(after);
  return alone || betweenCjk ? '' : ' ';
}

/** LaTeX in $...$ is recognised by its syntax, not by the dollars alone. */
function looksLikeLatex(inner: string): boolean {
  return /[\\_^{}]/.test(inner);
}

interface Candidate { start: number; end: number; rank: number; rule: Rule; replacement: string }

export function detectMarkup(text: string): DraftFinding[] {
  const candidates: Candidate[] = [];
  RULES.forEach((rule, rank) => {
    const re = new RegExp(rule.re.source, rule.re.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex += 1;
        continue;
      }
      if (rule.what === 'LaTeX maths' && !looksLikeLatex(m[1] ?? '')) continue;
      const replacement = rule.plain(m);
      if (replacement === m[0]) continue;
      candidates.push({ start: m.index, end: m.index + m[0].length, rank, rule, replacement });
    }
  });
  // Outer constructs win over what they contain (their plain form already cleans the inside).
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  const findings: DraftFinding[] = [];
  let reached = 0;
  for (const c of candidates) {
    if (c.start < reached) continue;
    reached = c.end;
    findings.push({
      type: 'markup',
      start: c.start,
      end: c.end,
      replacement: c.replacement,
      confidence: c.rule.confidence,
      reason: c.replacement === ''
        ? `${c.rule.what} left over from conversion; remove it`
        : `${c.rule.what} left over from conversion; plain form: '${c.replacement}'`,
      reasonCode: findingReason('markup', c.rule.code, { plain: c.replacement }),
    });
  }
  return findings;
}

/** The text with every markup finding applied: used for the inside of bold/emphasis spans. */
function toPlain(s: string): string {
  let out = '';
  let at = 0;
  for (const f of detectMarkup(s)) {
    out += s.slice(at, f.start) + f.replacement;
    at = f.end;
  }
  return out + s.slice(at);
}
