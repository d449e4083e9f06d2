/**
 * The lead's console, library pages: Chinese strings. zh-CN.ts includes them in the full table;
 * kept in a file of their own so each console page's words live together.
 */
export const consoleLibraryZhCN = {} as const;
