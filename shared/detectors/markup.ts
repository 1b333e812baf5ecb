import type { DraftFinding } from './types.ts';

/**
 * Markdown, LaTeX and HTML left over from conversion: `#### ` heading marks, `**bold**`, `PM_{2.5}`,
 * `$...$`, `\%`, `<br>`, `&nbsp;`. Each is replaced by the plain text it stands for.
 */

interface Rule {
  re: RegExp;
  plain: (m: RegExpExecArray) => string;
  confidence: number;
  what: string;
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
  // Markdown heading marks at line start ("#### 标题" -> "标题").
  { re: /^[ \t]*(?:#{1,6}[ \t]+|#{2,6})(?=\S)/gm, plain: () => '', confidence: 0.95, what: 'markdown heading mark' },
  { re: /\*\*([^*\n]{1,200}?)\*\*/g, plain: (m) => toPlain(m[1] ?? ''), confidence: 0.95, what: 'markdown bold' },
  { re: /__([^_\n]{1,200}?)__/g, plain: (m) => toPlain(m[1] ?? ''), confidence: 0.85, what: 'markdown bold' },
  // Single-star emphasis only around Chinese text: a lone * is often a footnote mark.
  { re: /(?<![*\w])\*([^*\s][^*\n]{0,100}?)\*(?![*\w])/g, plain: (m) => (/[\u4e00-\u9fff]/.test(m[1] ?? '') ? toPlain(m[1] ?? '') : m[0]), confidence: 0.6, what: 'markdown emphasis' },
  { re: /`([^`\n]{1,100})`/g, plain: (m) => m[1] ?? '', confidence: 0.8, what: 'markdown code span' },
  { re: /!\[([^\]\n]*)\]\([^)\n]*\)/g, plain: () => '', confidence: 0.9, what: 'markdown image' },
  { re: /\[([^\]\n]+)\]\((?:https?:\/\/|\/|\.)[^)\s]*\)/g, plain: (m) => m[1] ?? '', confidence: 0.9, what: 'markdown link' },
  { re: /^[ \t]*([-*_])[ \t]*(?:\1[ \t]*){2,}$/gm, plain: () => '', confidence: 0.8, what: 'markdown rule' },
  { re: /^[ \t]*>[ \t]?/gm, plain: () => '', confidence: 0.7, what: 'markdown quote mark' },
  { re: /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/gm, plain: () => '', confidence: 0.85, what: 'markdown table rule' },
  // Inline maths: only when the inside looks like LaTeX, so "$5 and $10" is left alone.
  { re: /\$\$?([^$\n]{1,120}?)\$\$?/g, plain: (m) => latexToPlain(m[1] ?? ''), confidence: 0.9, what: 'LaTeX maths' },
  { re: /([A-Za-z0-9)）]+)(?:_\{([^{}\n]{1,20})\}|\^\{([^{}\n]{1,20})\})/g, plain: (m) => (m[1] ?? '') + latexToPlain(m[0].slice((m[1] ?? '').length)), confidence: 0.9, what: 'LaTeX sub/superscript' },
  // Bare subscripts/superscripts in formulas and units: "CO_2", "PM_2.5", "km^2".
  { re: /(?<![A-Za-z0-9])([A-Z][A-Za-z]{0,3})_([0-9]+(?:\.[0-9]+)?|x)(?![A-Za-z0-9_])/g, plain: (m) => (m[1] ?? '') + (m[2] ?? ''), confidence: 0.8, what: 'LaTeX subscript' },
  { re: /(?<![A-Za-z0-9])([a-zA-Z]{1,3})\^([23])(?![0-9])/g, plain: (m) => (m[1] ?? '') + (SUPERSCRIPT[m[2] ?? ''] ?? ''), confidence: 0.8, what: 'caret superscript' },
  { re: /\\(?:text|mathrm|textbf|mathbf)\{([^{}\n]*)\}/g, plain: (m) => m[1] ?? '', confidence: 0.9, what: 'LaTeX command' },
  { re: /\\(?:times|div|cdot|pm|leq|geq|le|ge|neq|approx|sim|circ|degree|alpha|beta|mu|rightarrow)(?![a-zA-Z])/g, plain: (m) => latexToPlain(m[0]), confidence: 0.85, what: 'LaTeX symbol' },
  { re: /\\([%&_#])/g, plain: (m) => m[1] ?? '', confidence: 0.9, what: 'LaTeX escape' },
  { re: /<\/?(?:p|br|div|span|strong|b|i|em|u|sup|sub|font|a|img|table|tbody|thead|tr|td|th|ul|ol|li|h[1-6]|center|section|article)\b[^>\n]{0,200}>/gi, plain: () => '', confidence: 0.9, what: 'HTML tag' },
  { re: /&(nbsp|amp|lt|gt|quot|apos|ensp|emsp|middot|mdash|ldquo|rdquo);|&#(\d{2,6});/g, plain: (m) => (m[2] ? String.fromCodePoint(Number(m[2])) : HTML_ENTITIES[m[1] ?? ''] ?? ''), confidence: 0.9, what: 'HTML entity' },
];

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
