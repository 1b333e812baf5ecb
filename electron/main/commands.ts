import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dialog, shell, type BrowserWindow } from 'electron';
import { serializeError } from '../../shared/errors/workbenchError.ts';
import { callService } from '../node/services/callService.ts';
import { importAsReviewer } from './menuImport.ts';
import { writeExport } from '../node/export/writeExport.ts';
import { exportFormatOfFileName, type ExportFormat } from '../../shared/export/exportFormat.ts';
import type { MenuEvent } from '../../shared/api/bridgeContract.ts';
import { describeOpenError, type Labels } from './labels.ts';
import type { OpenProject, ProjectController } from './projectController.ts';

/**
 * The menu's main-process commands. Paths only ever come from the user's own choice in a native dialog,
 * which is why docs.importFiles (paths) lives here and not on the window's bridge.
 */
export interface CommandContext {
  labels: Labels;
  projects: ProjectController;
  projectsDir: string;
  window(): BrowserWindow | null;
  send(event: MenuEvent): void;
  /** After a project switch: remember it, retitle, rebuild the menu, reload the page. */
  projectChanged(project: OpenProject): void;
}

async function showError(ctx: CommandContext, title: string, message: string): Promise<void> {
  const win = ctx.window();
  const options = { type: 'error' as const, title, message: title, detail: message, buttons: [ctx.labels.ok], noLink: true };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

async function showInfo(ctx: CommandContext, message: string): Promise<void> {
  const win = ctx.window();
  const options = { type: 'info' as const, message, buttons: [ctx.labels.ok], noLink: true };
  if (win) await dialog.showMessageBox(win, options);
  else await dialog.showMessageBox(options);
}

export async function openProjectAt(ctx: CommandContext, dir: string, create: boolean): Promise<boolean> {
  try {
    const project = await ctx.projects.open(dir, { create });
    ctx.projectChanged(project);
    return true;
  } catch (e) {
    await showError(ctx, ctx.labels.couldNotOpen, describeOpenError(serializeError(e), dir, ctx.labels));
    return false;
  }
}

async function chooseFolder(ctx: CommandContext, title: string, buttonLabel: string, forNew: boolean): Promise<string | null> {
  const win = ctx.window();
  await mkdir(ctx.projectsDir, { recursive: true }).catch(() => undefined);
  const options = {
    title, buttonLabel, defaultPath: ctx.projectsDir,
    properties: forNew ? ['openDirectory' as const, 'createDirectory' as const, 'promptToCreate' as const] : ['openDirectory' as const],
  };
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

export async function newProject(ctx: CommandContext): Promise<void> {
  const dir = await chooseFolder(ctx, ctx.labels.newProjectTitle, ctx.labels.newProjectButton, true);
  if (!dir) return;
  // An existing project in that folder is simply opened; otherwise project.json is created there.
  await openProjectAt(ctx, dir, true);
}

export async function openProject(ctx: CommandContext): Promise<void> {
  const dir = await chooseFolder(ctx, ctx.labels.openProjectTitle, ctx.labels.openProjectButton, false);
  if (!dir) return;
  await openProjectAt(ctx, dir, false);
}

export async function importReports(ctx: CommandContext): Promise<void> {
  const project = ctx.projects.current;
  const win = ctx.window();
  if (!project) return showError(ctx, ctx.labels.couldNotImport, ctx.labels.noProjectOpen);
  // Asked before the file dialog, so nobody chooses files only to be refused.
  const { reviewer } = await callService(project.services, 'settings.get', {});
  if (!reviewer) return showError(ctx, ctx.labels.couldNotImport, ctx.labels.reviewerNeeded);
  const options = {
    title: ctx.labels.importTitle, buttonLabel: ctx.labels.importButton,
    properties: ['openFile' as const, 'multiSelections' as const],
    filters: [{ name: ctx.labels.reportsFilter, extensions: ['txt', 'md'] }],
  };
  const chosen = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  if (chosen.canceled || chosen.filePaths.length === 0) return;
  try {
    const message = await importAsReviewer(project.services, chosen.filePaths, ctx.labels);
    ctx.send('docs:changed');
    await showInfo(ctx, message);
  } catch (e) {
    await showError(ctx, ctx.labels.couldNotImport, serializeError(e).message);
  }
}

/** Format from the chosen file's extension (.csv, .jsonld, .xlsx, .zip → data package; anything else → JSON). */
export function exportFormatOf(path: string): ExportFormat {
  return exportFormatOfFileName(path) ?? 'json';
}

/** Save-dialog filters, one per format, JSON first (the default). */
const EXPORT_FILTERS = [
  { name: 'JSON', extensions: ['json'] }, { name: 'CSV', extensions: ['csv'] },
  { name: 'Web Annotation (JSON-LD)', extensions: ['jsonld'] }, { name: 'Frictionless Data Package (zip)', extensions: ['zip'] },
  { name: 'Excel (XLSX)', extensions: ['xlsx'] },
];

export async function exportDataset(ctx: CommandContext, all: boolean, documentsDir: string): Promise<void> {
  const project = ctx.projects.current;
  const win = ctx.window();
  if (!project) return showError(ctx, ctx.labels.couldNotExport, ctx.labels.noProjectOpen);
  const options = {
    title: ctx.labels.exportTitle,
    defaultPath: join(existsSync(documentsDir) ? documentsDir : project.dir, `${project.name}-${all ? 'all' : 'verified'}.json`),
    filters: EXPORT_FILTERS,
    properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
  };
  const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return;
  try {
    const result = await callService(project.services, 'export.dataset', { format: exportFormatOf(chosen.filePath), all });
    await writeExport(result, chosen.filePath);
    await showInfo(ctx, ctx.labels.exported(result.recordCount, chosen.filePath));
  } catch (e) {
    await showError(ctx, ctx.labels.couldNotExport, serializeError(e).message);
  }
}

export async function openLogsFolder(logsDir: string): Promise<void> {
  await mkdir(logsDir, { recursive: true }).catch(() => undefined);
  await shell.openPath(logsDir);
}

export async function showProjectFolder(ctx: CommandContext): Promise<void> {
  const project = ctx.projects.current;
  if (project) await shell.openPath(project.dir);
}
