import { DynamoDbError, validationError } from './dynamodb-errors.js';
import type { DynaliteCall } from './embedded-dynalite.js';
import { constraintError, requireMembers, requireStructure } from './request-shape.js';
import { describeTable, type TableDescription } from './table-keys.js';
import type { JsonObject } from './wire-types.js';

interface TtlSetting {
  readonly attributeName: string;
  /** The TableId of the table it was made for: a table deleted and recreated starts without TTL. */
  readonly tableId: string;
}

/** A table whose TTL is enabled, with what the sweeper needs of it. */
export interface TtlTable {
  readonly table: TableDescription;
  readonly attributeName: string;
}

const SPECIFICATION = 'timeToLiveSpecification';

const isTableMissing = (error: unknown): boolean =>
  error instanceof DynamoDbError && error.code === 'ResourceNotFoundException';

/**
 * UpdateTimeToLive and DescribeTimeToLive, which dynalite lacks (it answers DISABLED always).
 * Locally a change takes effect at once: there is no ENABLING / DISABLING phase, and no
 * one-change-per-hour limit. AWS's refusals are kept: enabling what is enabled, disabling what is
 * disabled, and naming another attribute than the active one.
 * See https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html
 */
export class TimeToLiveSettings {
  readonly #byTable = new Map<string, TtlSetting>();

  constructor(private readonly call: DynaliteCall) {}

  async describe(body: JsonObject): Promise<JsonObject> {
    requireMembers(body, ['TableName'], '');
    const { setting } = await this.#current(String(body['TableName']));
    return {
      TimeToLiveDescription: setting
        ? { TimeToLiveStatus: 'ENABLED', AttributeName: setting.attributeName }
        : { TimeToLiveStatus: 'DISABLED' },
    };
  }

  async update(body: JsonObject): Promise<JsonObject> {
    requireMembers(body, ['TableName'], '');
    const specification = requireStructure(body, 'TimeToLiveSpecification', '');
    requireMembers(specification, ['AttributeName', 'Enabled'], SPECIFICATION);
    const attributeName = String(specification['AttributeName']);
    const enabled = specification['Enabled'] === true;
    if (attributeName.length < 1 || attributeName.length > 255) {
      const constraint = 'Member must have length less than or equal to 255 and greater than or equal to 1';
      throw constraintError(`'${attributeName}'`, `${SPECIFICATION}.attributeName`, constraint);
    }
    const { table, setting } = await this.#current(String(body['TableName']));
    if (setting && setting.attributeName !== attributeName) {
      throw validationError(
        `TimeToLive is active on a different AttributeName: current AttributeName is ${setting.attributeName}`,
      );
    }
    if (setting && enabled) throw validationError('TimeToLive is already enabled');
    if (!setting && !enabled) throw validationError('TimeToLive is already disabled');
    if (enabled) this.#byTable.set(table.TableName, { attributeName, tableId: table.TableId });
    else this.#byTable.delete(table.TableName);
    return { TimeToLiveSpecification: { Enabled: enabled, AttributeName: attributeName } };
  }

  /** The tables whose TTL is enabled now. */
  async enabledTables(): Promise<TtlTable[]> {
    const tables: TtlTable[] = [];
    for (const tableName of [...this.#byTable.keys()]) {
      // A table deleted since its TTL was enabled has nothing left to sweep.
      const current = await this.#current(tableName).catch((error: unknown) => {
        if (isTableMissing(error)) return undefined;
        throw error;
      });
      if (current?.setting) tables.push({ table: current.table, attributeName: current.setting.attributeName });
    }
    return tables;
  }

  /** The table (ResourceNotFoundException if missing) and its setting, forgetting one made for an earlier table. */
  async #current(tableName: string): Promise<{ table: TableDescription; setting: TtlSetting | undefined }> {
    const table = await describeTable(this.call, tableName).catch((error: unknown) => {
      if (isTableMissing(error)) this.#byTable.delete(tableName);
      throw error;
    });
    const setting = this.#byTable.get(tableName);
    if (setting?.tableId === table.TableId) return { table, setting };
    this.#byTable.delete(tableName);
    return { table, setting: undefined };
  }
}
