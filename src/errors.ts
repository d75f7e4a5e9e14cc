/**
 * One error class for everything onoma reports to a user. `code` is stable for programs;
 * `message` says what was wrong and, where it can, what to do. Data errors carry file, line and field.
 */
export type OnomaErrorCode =
  | 'E_DATA_SCHEMA'
  | 'E_DATA_PARSE'
  | 'E_DATA_DUPLICATE'
  | 'E_DATA_FILE'
  | 'E_SNAPSHOT'
  | 'E_OPTION'
  | 'E_CSV_COLUMN'
  | 'E_CSV_ENCODING'
  | 'E_CSV_PARSE'
  | 'E_INPUT'
  | 'E_MEMORY';

export interface ErrorLocation {
  file?: string | undefined;
  line?: number | undefined;
  field?: string | undefined;
}

export class OnomaError extends Error {
  readonly code: OnomaErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly field: string | undefined;

  constructor(code: OnomaErrorCode, message: string, where: ErrorLocation = {}) {
    super(formatLocation(where) + message);
    this.name = 'OnomaError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.field = where.field;
  }
}

/** "file:line: field: " — the prefix editors and grep understand. */
export function formatLocation({ file, line, field }: ErrorLocation): string {
  let prefix = '';
  if (file) prefix += file + (line ? `:${line}` : '') + ': ';
  else if (line) prefix += `line ${line}: `;
  if (field) prefix += `field "${field}": `;
  return prefix;
}
