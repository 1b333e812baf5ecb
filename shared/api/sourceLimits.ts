/** The largest report file that can be imported: bigger files are refused by name and reason. */
export const MAX_SOURCE_MB = 50;
export const MAX_SOURCE_BYTES = MAX_SOURCE_MB * 1024 * 1024;
