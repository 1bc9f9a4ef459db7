// Prisma's driver adapter for SQLite through better-sqlite3, owned here because
// @prisma/adapter-better-sqlite3 (7.10) prepares every statement anew for every query
// (`prepare(sql).bind(args)`: a statement can be bound only once) and returns every integer
// as a BigInt that it then converts back. This one keeps a bounded cache of prepared
// statements keyed by SQL, passes the arguments to each call instead of binding them, and reads
// integers as numbers wherever the column's declared type says what they are. Argument, row
// and error mapping follow that adapter's, so Prisma sees the same values and errors.
import Database from 'better-sqlite3';
import {
  ColumnTypeEnum, DriverAdapterError, type ArgType, type ColumnType, type Error as AdapterErrorPayload, type IsolationLevel,
  type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery, type SqlResultSet, type Transaction,
} from '@prisma/driver-adapter-utils';

const adapterName = 'newsgraph-better-sqlite3';

/** Distinct statements kept prepared; Prisma's plans and the project's raw SQL use a few hundred. */
const statementCacheSize = 1000;

/** What a prepared statement always returns: its columns and what their declared types say. */
interface Prepared {
  statement: Database.Statement;
  columnNames: string[];
  /** Column types from declarations; null where a column has none (an expression). */
  declared: Array<ColumnType | null>;
  /** Whether some integer or datetime column may need its values converted. */
  converts: boolean;
}

function declaredType(declType: string | null): ColumnType | null {
  switch (declType?.toUpperCase()) {
    case 'DECIMAL': return ColumnTypeEnum.Numeric;
    case 'FLOAT': return ColumnTypeEnum.Float;
    case 'DOUBLE': case 'DOUBLE PRECISION': case 'NUMERIC': case 'REAL': return ColumnTypeEnum.Double;
    case 'TINYINT': case 'SMALLINT': case 'MEDIUMINT': case 'INT': case 'INTEGER': case 'SERIAL': case 'INT2':
      return ColumnTypeEnum.Int32;
    case 'BIGINT': case 'UNSIGNED BIG INT': case 'INT8': return ColumnTypeEnum.Int64;
    case 'DATETIME': case 'TIMESTAMP': return ColumnTypeEnum.DateTime;
    case 'TIME': return ColumnTypeEnum.Time;
    case 'DATE': return ColumnTypeEnum.Date;
    case 'TEXT': case 'CLOB': case 'CHARACTER': case 'VARCHAR': case 'VARYING CHARACTER': case 'NCHAR':
    case 'NATIVE CHARACTER': case 'NVARCHAR':
      return ColumnTypeEnum.Text;
    case 'BLOB': return ColumnTypeEnum.Bytes;
    case 'BOOLEAN': return ColumnTypeEnum.Boolean;
    case 'JSONB': return ColumnTypeEnum.Json;
    default: return null;
  }
}

/** The type of a column without a declaration, from its first non-null value. */
function inferredType(value: unknown): ColumnType {
  switch (typeof value) {
    case 'string': return ColumnTypeEnum.Text;
    case 'bigint': return ColumnTypeEnum.Int64;
    case 'boolean': return ColumnTypeEnum.Boolean;
    case 'number': return ColumnTypeEnum.UnknownNumber;
    default:
      if (value instanceof Uint8Array || value instanceof ArrayBuffer) return ColumnTypeEnum.Bytes;
      throw new TypeError(`unexpected value of type ${typeof value}: ${String(value)}`);
  }
}

function columnTypes(prepared: Prepared, rows: unknown[][]): ColumnType[] {
  return prepared.declared.map((type, column) => {
    if (type !== null) return type;
    const row = rows.find((r) => r[column] !== null);
    // A column of nulls only: any type reads them.
    return row ? inferredType(row[column]) : ColumnTypeEnum.Int32;
  });
}

/** Converts a row in place, as adapter-better-sqlite3's mapRow does. */
function convertRow(row: unknown[], types: ColumnType[]): void {
  for (let i = 0; i < row.length; i++) {
    const value = row[i];
    const type = types[i];
    if (typeof value === 'number') {
      if ((type === ColumnTypeEnum.Int32 || type === ColumnTypeEnum.Int64) && !Number.isInteger(value)) row[i] = Math.trunc(value);
      else if (type === ColumnTypeEnum.DateTime) row[i] = new Date(value).toISOString();
    } else if (typeof value === 'bigint') {
      if (type === ColumnTypeEnum.DateTime) row[i] = new Date(Number(value)).toISOString();
      else {
        const asNumber = Number(value);
        row[i] = Number.isSafeInteger(asNumber) ? asNumber : value.toString();
      }
    }
  }
}

function mapArg(arg: unknown, argType: ArgType | undefined): unknown {
  if (arg === null) return null;
  const scalar = argType?.scalarType;
  if (typeof arg === 'string') {
    switch (scalar) {
      case 'int': return Number.parseInt(arg);
      case 'float': case 'decimal': return Number.parseFloat(arg);
      case 'bigint': return BigInt(arg);
      case 'datetime': return new Date(arg).toISOString().replace('Z', '+00:00');
      case 'bytes': return Buffer.from(arg, 'base64');
      default: return arg;
    }
  }
  if (typeof arg === 'boolean') return arg ? 1 : 0;
  if (arg instanceof Date) return arg.toISOString().replace('Z', '+00:00');
  return arg;
}

const SQLITE_BUSY = 5;
const unknownCodePrefix = 'UNKNOWN_SQLITE_ERROR_';

function constraintFields(message: string): string[] | undefined {
  return message.split('constraint failed: ').at(1)?.split(', ');
}

/** better-sqlite3's SqliteError as the error kinds Prisma knows. */
function mappedError(error: { code: string; message: string }): AdapterErrorPayload {
  const base = { originalCode: error.code, originalMessage: error.message };
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_UNIQUE':
    case 'SQLITE_CONSTRAINT_PRIMARYKEY': {
      const columns = constraintFields(error.message);
      return {
        ...base,
        kind: 'UniqueConstraintViolation',
        constraint: columns ? { fields: columns.map((c) => c.split('.').pop() as string) } : undefined,
        table: columns?.at(0)?.split('.').slice(0, -1).join('.') || undefined,
      };
    }
    case 'SQLITE_CONSTRAINT_NOTNULL': {
      const columns = constraintFields(error.message);
      return { ...base, kind: 'NullConstraintViolation', constraint: columns ? { fields: columns.map((c) => c.split('.').pop() as string) } : undefined };
    }
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
    case 'SQLITE_CONSTRAINT_TRIGGER':
      return { ...base, kind: 'ForeignKeyConstraintViolation', constraint: { foreignKey: {} } };
    default: {
      const extended = error.code.startsWith(unknownCodePrefix) ? Number(error.code.slice(unknownCodePrefix.length)) : undefined;
      const extendedCode = Number.isInteger(extended) ? extended : undefined;
      if (error.code.startsWith('SQLITE_BUSY') || (extendedCode !== undefined && (extendedCode & 0xff) === SQLITE_BUSY)) {
        return { ...base, kind: 'SocketTimeout' };
      }
      if (error.message.startsWith('no such table')) return { ...base, kind: 'TableDoesNotExist', table: error.message.split(': ').at(1) };
      if (error.message.startsWith('no such column')) return { ...base, kind: 'ColumnNotFound', column: error.message.split(': ').at(1) };
      if (error.message.includes('has no column named ')) {
        return { ...base, kind: 'ColumnNotFound', column: error.message.split('has no column named ').at(1) };
      }
      return { ...base, kind: 'sqlite', extendedCode: extendedCode ?? 1, message: error.message };
    }
  }
}

function adapterError(error: unknown): never {
  if (error instanceof Error && typeof (error as { code?: unknown }).code === 'string') {
    throw new DriverAdapterError(mappedError(error as Error & { code: string }));
  }
  throw error;
}

/** A least-recently-used cache of prepared statements on one connection. */
class Statements {
  private readonly cache = new Map<string, Prepared>();

  constructor(private readonly client: Database.Database) {}

  /** After a script (a migration) the tables, and so the statements' columns, may differ. */
  clear(): void {
    this.cache.clear();
  }

  get(sql: string): Prepared {
    let prepared = this.cache.get(sql);
    if (prepared) {
      // Re-inserted, so the map's first key is the least recently used.
      this.cache.delete(sql);
    } else {
      prepared = this.prepare(sql);
      if (this.cache.size >= statementCacheSize) this.cache.delete(this.cache.keys().next().value as string);
    }
    this.cache.set(sql, prepared);
    return prepared;
  }

  private prepare(sql: string): Prepared {
    const statement = this.client.prepare(sql);
    if (!statement.reader) return { statement, columnNames: [], declared: [], converts: false };
    const columns = statement.columns();
    const declared = columns.map((column) => declaredType(column.type));
    // Integers read as numbers are exact here (no column holds values past 2^53); columns
    // without a declaration keep BigInts so that their inferred type stays Int64, as Prisma expects.
    statement.raw(true).safeIntegers(declared.includes(null));
    return {
      statement,
      columnNames: columns.map((column) => column.name),
      declared,
      converts: declared.some((type) => type === null || type === ColumnTypeEnum.Int32 || type === ColumnTypeEnum.Int64 || type === ColumnTypeEnum.DateTime),
    };
  }
}

class Queryable {
  readonly provider = 'sqlite';
  readonly adapterName = adapterName;

  constructor(protected readonly client: Database.Database, protected readonly statements: Statements) {}

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    try {
      const prepared = this.statements.get(query.sql);
      const args = query.args.map((arg, i) => mapArg(arg, query.argTypes[i]));
      if (!prepared.statement.reader) {
        prepared.statement.run(args);
        return Promise.resolve({ columnNames: [], columnTypes: [], rows: [] });
      }
      const rows = prepared.statement.all(args) as unknown[][];
      const types = columnTypes(prepared, rows);
      if (prepared.converts) for (const row of rows) convertRow(row, types);
      return Promise.resolve({ columnNames: prepared.columnNames, columnTypes: types, rows });
    } catch (error) {
      return adapterError(error);
    }
  }

  executeRaw(query: SqlQuery): Promise<number> {
    try {
      const args = query.args.map((arg, i) => mapArg(arg, query.argTypes[i]));
      return Promise.resolve(this.statements.get(query.sql).statement.run(args).changes);
    } catch (error) {
      return adapterError(error);
    }
  }
}

class SqliteTransaction extends Queryable implements Transaction {
  readonly options = { usePhantomQuery: false };

  constructor(client: Database.Database, statements: Statements, private readonly release: () => void) {
    super(client, statements);
  }

  // Prisma sends COMMIT and ROLLBACK itself (usePhantomQuery: false); these only hand the connection back.
  commit(): Promise<void> {
    this.release();
    return Promise.resolve();
  }

  rollback(): Promise<void> {
    this.release();
    return Promise.resolve();
  }

  async createSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `SAVEPOINT ${name}`, args: [], argTypes: [] });
  }

  async rollbackToSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `ROLLBACK TO ${name}`, args: [], argTypes: [] });
  }

  async releaseSavepoint(name: string): Promise<void> {
    await this.executeRaw({ sql: `RELEASE SAVEPOINT ${name}`, args: [], argTypes: [] });
  }
}

class SqliteAdapter extends Queryable implements SqlDriverAdapter {
  /** Settles when the open transaction, if any, ends: one transaction at a time per connection. */
  private transactionDone: Promise<void> = Promise.resolve();

  executeScript(script: string): Promise<void> {
    try {
      this.client.exec(script);
      this.statements.clear();
      return Promise.resolve();
    } catch (error) {
      return adapterError(error);
    }
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    if (isolationLevel && isolationLevel !== 'SERIALIZABLE') throw new DriverAdapterError({ kind: 'InvalidIsolationLevel', level: isolationLevel });
    const previous = this.transactionDone;
    let release!: () => void;
    this.transactionDone = new Promise((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      this.statements.get('BEGIN').statement.run();
    } catch (error) {
      release();
      return adapterError(error);
    }
    return new SqliteTransaction(this.client, this.statements, release);
  }

  dispose(): Promise<void> {
    this.client.close();
    return Promise.resolve();
  }
}

export interface SqliteAdapterOptions {
  /** `file:<path>` or `file::memory:`. */
  url: string;
  /** Milliseconds a writer waits for another connection's lock (SQLite's busy timeout). */
  timeout?: number;
}

/** The factory Prisma's client takes as `adapter`. */
export class SqliteAdapterFactory implements SqlDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName = adapterName;

  constructor(private readonly options: SqliteAdapterOptions) {}

  connect(): Promise<SqlDriverAdapter> {
    const client = new Database(this.options.url.replace(/^file:/, ''), { timeout: this.options.timeout });
    return Promise.resolve(new SqliteAdapter(client, new Statements(client)));
  }
}
