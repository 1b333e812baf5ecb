import { reason, type Reason, type ReasonParams } from '../explain/reason.ts';

/**
 * Why the workbench refused something a reviewer asked for, as a code with its facts, so the window can say it
 * in the reviewer's language (errorReasonsZhCN.ts holds the 简体中文 beside this English) and
 * the CLI and the logs in English. A test keeps both tables to the same codes and placeholders.
 * Only refusals a reviewer can meet in the window have a code; a malformed request keeps its API words.
 */
export const ERROR_REASONS_EN = {
  // Reading a source file (import, a better copy of a source).
  'source.empty': 'the file is empty',
  'source.binary': 'it is a {kind} file, not a text file',
  'source.nulBytes': 'it contains NUL bytes: a binary file, or UTF-16 without a byte-order mark',
  'source.nulCharacters': 'it contains NUL characters: a binary file',
  'source.controlCharacters': 'it is mostly control characters: a binary file',
  'source.onlyBom': 'the file holds only a byte-order mark',
  'source.invalidEncoding': 'its bytes are not valid {encoding}',
  'source.unknownEncoding': 'its bytes are neither valid UTF-8, UTF-16 with a BOM, nor GB18030/GBK text',
  'source.missingBom': 'no {encoding} byte-order mark',
  'source.extension': 'only .txt and .md files can be imported (this is "{extension}")',
  'source.noExtension': 'only .txt and .md files can be imported (this is "no extension")',
  'source.badBase64': 'the upload is not valid base64',
  'source.tooLarge': 'the file is {sizeMb} MB, over the {limitMb} MB limit',
  'source.noSuchFile': 'no such file',
  'source.permissionDenied': 'permission denied',
  'source.directory': 'it is a directory, not a file',
  'source.notRegularFile': 'it is not a regular file',
  'source.unreadable': 'it could not be read: {cause}',
  'source.importFailed': 'could not import {fileName}: {cause}',
  'source.identical': '{fileName} is identical to the current source of {docId}',
  // A correction left behind when a better copy of the source replaced the old one.
  'source.correctionHistory': 'history of an earlier source version',
  'source.correctedTextChanged': 'the text it corrected changed in the new source',
  // Opening a document.
  'document.notFound': 'no document "{docId}" in this project',
  'document.sourceMissing': 'the source of document {docId} is missing ({path})',
  'document.sourceModified': 'the source of document {docId} ({path}) was modified: its sha256 is {actual}, expected {expected}',
  'document.sourceUndecodable': 'the source of document {docId} no longer decodes as {encoding}: {why}',
  'document.newerSchema': '{path} was written by a newer version (schema {schema}; this version reads up to {current}); update the app',
  'document.corrupt': '{path}: {what}',
  // Undo and redo.
  'history.nothingToUndo': 'nothing to undo in {docId}',
  'history.nothingToRedo': 'nothing to redo in {docId}',
  'history.changedSince': 'cannot undo/redo: {entity} {id} has changed since',
  // Records.
  'record.notFound': 'no record {recordId} in this project',
  'record.orphanedVerify': 'record {recordId} is orphaned: corrections deleted its evidence; re-anchor it before verifying',
  'record.orphanedReopen': 'record {recordId} is orphaned; re-anchor its evidence first',
  'record.secondReviewer': 'this project requires a second reviewer: {by} created record {recordId} and cannot verify it',
  'record.notWaitingForAnchor': 'record {recordId} is not waiting to be re-anchored in {docId}',
  // Corrections.
  'correction.notFound': 'no correction {correctionId} in this project',
  'correction.changesNothing': 'the correction changes nothing (empty range and empty replacement)',
  'correction.sameText': 'the correction changes nothing (replacement equals the current text)',
  'correction.editChangesNothing': 'the edit changes nothing',
  'correction.overlaps': 'the range {start}..{end} overlaps active correction {correctionId} ({clashStart}..{clashEnd}); revert it first, or edit the corrected text',
  'correction.alreadyReverted': 'correction {correctionId} is already reverted',
  'correction.superseded': 'correction {correctionId} was merged into later correction {supersededBy}; revert that one first',
  'correction.textChanged': 'the corrected text at {start}..{end} has changed since it was shown (another window?); reload and try again',
  // Checks.
  'check.notFound': 'no consistency finding {findingId} in this project',
  'check.notDismissed': 'finding {findingId} is not dismissed',
  // Reading a codebook (an import in the codebook editor, its save, the project's codebook file).
  'codebook.notJson': 'codebook: not valid JSON ({cause})',
  'codebook.notAnObject': 'codebook: expected an object with "entries" or an array of entries',
  'codebook.unknownFormat': 'codebook: unknown format "{format}"',
  'codebook.newerVersion': 'codebook: version {version} is newer than this program reads ({current})',
  'codebook.entriesNotArray': 'codebook: "entries" must be an array',
  'codebook.entryNotObject': 'codebook: entry {entry} is not an object',
  'codebook.entryNoName': 'codebook: entry {entry} has no "name"',
  'codebook.notStringList': 'codebook: entry {entry} ({name}) "{field}" must be a list of strings',
  'codebook.emptySynonym': 'codebook: entry {entry} ({name}) has an empty synonym',
  'codebook.unknownMeasure': 'codebook: entry {entry} ({name}) has unknown measure "{measure}" (expected one of {expected})',
  'codebook.unknownUnit': 'codebook: entry {entry} ({name}) has a unit that is not understood: "{unit}"',
  'codebook.groupNotString': 'codebook: entry {entry} ({name}) "group" must be a string',
  'codebook.headlineNotBoolean': 'codebook: entry {entry} ({name}) "headline" must be true or false',
  'codebook.termUsedTwice': 'codebook: "{term}" is used by both "{first}" and "{second}"',
  'codebook.unknownPart': 'codebook: "{name}" lists part "{part}", which is not an entry name',
  // Files of the project.
  'file.notJson': '{path} is not valid JSON ({cause}); it was left untouched',
  'file.refuseOverwrite': '{path} is not valid JSON; refusing to overwrite it (repair or remove it first)',
  'file.unexpectedContents': '{path} does not have the expected contents ({what}); it was left untouched',
  'file.cannotRead': 'could not read {path}: {cause}',
  'file.cannotWrite': 'could not write {path}: {cause}',
  'file.cannotAppend': 'could not append to {path}: {cause}',
  'file.cannotList': 'could not list {path}: {cause}',
  'file.cannotRemove': 'could not remove {path}: {cause}',
} as const;

export type ErrorReasonCode = keyof typeof ERROR_REASONS_EN;

/** A refusal's reason; the parameters are the facts its text is made of. */
export function errorReason(code: ErrorReasonCode, params?: ReasonParams): Reason {
  return reason(code, params);
}

/** A reason as the services report it beside a result: in English, and as data for the reviewer's language. */
export function explained(code: ErrorReasonCode, params?: ReasonParams): { reason: string; reasonCode: Reason } {
  const reasonCode = errorReason(code, params);
  return { reason: errorReasonInEnglish(reasonCode), reasonCode };
}

/** The reason in English (CLI, logs, the message of the error that carries it); unknown codes are shown as they are. */
export function errorReasonInEnglish(why: Reason): string {
  return fillReason(ERROR_REASONS_EN, why);
}

/** A reason's template from `table` with its facts filled in; an unknown code is shown as it is. */
export function fillReason(table: Readonly<Record<string, string>>, why: Reason): string {
  const template = table[why.code];
  if (template === undefined) return why.code;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (why.params && name in why.params ? String(why.params[name]) : whole));
}
