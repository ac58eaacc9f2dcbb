/** The public API of the dataset loader and validator. */
export { validateDataset, formatIssue, formatIssues, REQUIRED_TABLES } from './validate';
export type { ProgressCallback } from './validate';
export { readCsv, type CsvRecord, type CsvTable } from './csv';
export { COLUMN_SPECS, TABLE_SCHEMAS, type ColumnSpec, type TableRow } from './schema';
export { checkIntegrity } from './integrity';
export { typeRows, type TypedRows } from './rows';
export { NODE_TABLES, OWN_ID_TABLES } from './ids';
export { buildDataset, implicitLinks, type TypedTables } from './model';
export { buildNodes } from './nodes';
export { sortIssues, quote } from './issues';
export { compareDates, readDate, readYear, splitList, ID_PATTERN } from './values';
export * from './types';
