import { hostname } from 'node:os';
import type { SerializedError } from '../../shared/errors/workbenchError.ts';
import { ERROR_REASONS_EN, fillReason } from '../../shared/errors/errorReasons.ts';
import { ERROR_REASONS_ZH_CN } from '../../shared/errors/errorReasonsZhCN.ts';
import type { Reason } from '../../shared/explain/reason.ts';
import { languageFor, type UiLanguage } from '../../shared/settings/userSettings.ts';

/**
 * Menu and dialog wording in 简体中文 or English: the language the reviewer chose in the window (settings), else
 * the system's (app.getLocale()). Pure: no Electron here.
 */
export type Lang = 'zh' | 'en';

export function langOf(locale: string): Lang {
  return /^zh(?:$|[-_])/i.test(locale) ? 'zh' : 'en';
}

export interface Labels {
  file: string; newProject: string; openProject: string; recentProjects: string; noRecent: string; clearRecent: string;
  importReports: string; exportVerified: string; exportAll: string; showProjectFolder: string; quit: string;
  edit: string; undo: string; redo: string; cut: string; copy: string; paste: string; selectAll: string; find: string;
  view: string; rawText: string; correctedText: string; zoomIn: string; zoomOut: string; resetZoom: string;
  theme: string; themeLight: string; themeDark: string; themeSystem: string; fullScreen: string; devTools: string; reload: string;
  window: string; help: string; about: string; openLogsFolder: string;
  // dialogs
  newProjectTitle: string; newProjectButton: string; openProjectTitle: string; openProjectButton: string;
  importTitle: string; importButton: string; reportsFilter: string; exportTitle: string;
  couldNotOpen: string; couldNotImport: string; couldNotExport: string; ok: string;
  notAProject: (dir: string) => string;
  locked: (pid: unknown, owner: unknown) => string;
  lockedElsewhere: (host: unknown, pid: unknown) => string;
  imported: (n: number, duplicates: number, failed: number) => string;
  exported: (n: number, path: string) => string;
  noProjectOpen: string;
  /** A menu action that records who did it, before the reviewer has given a name in the window. */
  reviewerNeeded: string;
  rendererMissing: (path: string) => string;
  /** Why the services refused something (e.g. a file a menu import could not take). */
  reason: (why: Reason) => string;
}

const en: Labels = {
  file: 'File', newProject: 'New Project…', openProject: 'Open Project…', recentProjects: 'Recent Projects',
  noRecent: 'No recent projects', clearRecent: 'Clear Recent Projects', importReports: 'Import Reports…',
  exportVerified: 'Export Verified Records…', exportAll: 'Export All Records (incl. drafts)…',
  showProjectFolder: 'Show Project Folder', quit: 'Quit',
  edit: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select All', find: 'Find…',
  view: 'View', rawText: 'Raw Text', correctedText: 'Corrected Text', zoomIn: 'Zoom In', zoomOut: 'Zoom Out', resetZoom: 'Actual Size',
  theme: 'Theme', themeLight: 'Light', themeDark: 'Dark', themeSystem: 'Follow System', fullScreen: 'Toggle Full Screen',
  devTools: 'Toggle Developer Tools', reload: 'Reload', window: 'Window', help: 'Help', about: 'About Indicator Workbench', openLogsFolder: 'Open Logs Folder',
  newProjectTitle: 'Choose or create a folder for the new project', newProjectButton: 'Create Project',
  openProjectTitle: 'Open a project folder', openProjectButton: 'Open Project',
  importTitle: 'Import report files', importButton: 'Import', reportsFilter: 'Report text (.txt, .md)',
  exportTitle: 'Export the dataset', couldNotOpen: 'Could not open the project', couldNotImport: 'Could not import',
  couldNotExport: 'Could not export', ok: 'OK',
  notAProject: (dir) => `${dir} is not an Indicator Workbench project (it has no project.json). Use File → New Project… to create one there.`,
  locked: (pid, owner) => `This project is open in another window or process (pid ${String(pid)}${owner ? `, ${String(owner)}` : ''}). Close it there, then try again.`,
  lockedElsewhere: (host, pid) => `This project is open on another computer (${String(host)}, pid ${String(pid)}). Close it there, then try again.`,
  imported: (n, d, f) => `Imported ${n} report${n === 1 ? '' : 's'}` + (d ? `; ${d} already in the project` : '') + (f ? `; ${f} could not be imported` : '') + '.',
  exported: (n, path) => `Exported ${n} record${n === 1 ? '' : 's'} to ${path}.`,
  noProjectOpen: 'No project is open: use File → Open Project… or New Project….',
  reviewerNeeded: 'Every import records who made it: enter your name in the window first (the name beside the ⚙ button), then import again.',
  rendererMissing: (path) => `The window's files are missing (${path}). Run \`npm run build\` and start again.`,
  reason: (why) => fillReason(ERROR_REASONS_EN, why),
};

const zh: Labels = {
  file: '文件', newProject: '新建项目…', openProject: '打开项目…', recentProjects: '最近的项目', noRecent: '没有最近的项目',
  clearRecent: '清除最近的项目', importReports: '导入报告…', exportVerified: '导出已核实的记录…', exportAll: '导出全部记录（含草稿）…',
  showProjectFolder: '打开项目文件夹', quit: '退出',
  edit: '编辑', undo: '撤销', redo: '重做', cut: '剪切', copy: '复制', paste: '粘贴', selectAll: '全选', find: '查找…',
  view: '视图', rawText: '原始文本', correctedText: '校正后文本', zoomIn: '放大', zoomOut: '缩小', resetZoom: '实际大小',
  theme: '主题', themeLight: '浅色', themeDark: '深色', themeSystem: '跟随系统', fullScreen: '切换全屏',
  devTools: '切换开发者工具', reload: '重新加载', window: '窗口', help: '帮助', about: '关于 Indicator Workbench', openLogsFolder: '打开日志文件夹',
  newProjectTitle: '选择或新建一个文件夹作为新项目', newProjectButton: '创建项目',
  openProjectTitle: '打开项目文件夹', openProjectButton: '打开项目',
  importTitle: '导入报告文件', importButton: '导入', reportsFilter: '报告文本（.txt、.md）',
  exportTitle: '导出数据集', couldNotOpen: '无法打开项目', couldNotImport: '无法导入', couldNotExport: '无法导出', ok: '确定',
  notAProject: (dir) => `${dir} 不是 Indicator Workbench 项目（没有 project.json）。可用“文件 → 新建项目…”在此创建。`,
  locked: (pid, owner) => `此项目已在另一个窗口或进程中打开（pid ${String(pid)}${owner ? `，${String(owner)}` : ''}）。请先在那里关闭，再重试。`,
  lockedElsewhere: (host, pid) => `此项目已在另一台计算机上打开（${String(host)}，pid ${String(pid)}）。请先在那里关闭，再重试。`,
  imported: (n, d, f) => `已导入 ${n} 份报告` + (d ? `；${d} 份已在项目中` : '') + (f ? `；${f} 份无法导入` : '') + '。',
  exported: (n, path) => `已导出 ${n} 条记录到 ${path}。`,
  noProjectOpen: '没有打开的项目：请用“文件 → 打开项目…”或“新建项目…”。',
  reviewerNeeded: '每次导入都会记录导入人：请先在窗口中填写您的姓名（⚙ 按钮旁的姓名），再重新导入。',
  rendererMissing: (path) => `窗口文件缺失（${path}）。请运行 \`npm run build\` 后重新启动。`,
  reason: (why) => fillReason(ERROR_REASONS_ZH_CN, why),
};

export const LABELS: Record<Lang, Labels> = { en, zh };

export function labelsFor(locale: string): Labels {
  return LABELS[langOf(locale)];
}

/** The labels of the language chosen in the window's settings, or of the system locale when none was chosen. */
export function labelsForSettings(language: UiLanguage | null, systemLocale: string): Labels {
  return LABELS[languageFor(language, [systemLocale]) === 'zh-CN' ? 'zh' : 'en'];
}

/** Plain words for a failed open: a lock held elsewhere names the pid, a non-project folder says so. */
export function describeOpenError(error: SerializedError, dir: string, labels: Labels, localHost: string = hostname()): string {
  const d = error.details ?? {};
  if (error.code === 'PROJECT_LOCKED' && d.pid !== undefined) {
    return d.hostname !== undefined && d.hostname !== localHost ? labels.lockedElsewhere(d.hostname, d.pid) : labels.locked(d.pid, d.owner);
  }
  if (error.code === 'NOT_FOUND' && /no project\.json/i.test(error.message)) return labels.notAProject(dir);
  return error.message;
}
