import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  Actor, APP_CONFIG, AppConfig, checkFile, ConflictError, diffFields, EventLog, FieldProblem, hiddenFields, isValidLocalDate, NotFoundError,
  removeStoredFiles, requirePermission, requireUuid, safeFileName, StaleVersionError, storedFilePath, storeFile, ValidationError,
} from '@crm/core';
import { rm } from 'node:fs/promises';
import { cleanText } from '@crm/contact';
import { DataSource, EntityManager } from 'typeorm';
import { AccountService } from '../account/account.service';
import { Contract, ContractStatus } from './contract.entity';
import { CreateContractInput, UpdateContractInput } from './contract.inputs';

/** The policy field contract events reveal: roles that may not read contracts see the event, not its values. */
const ABOUT = 'contracts';
const TRACKED = ['number', 'title', 'status', 'signedOn', 'startsOn', 'endsOn', 'amount', 'currency'] as const;
type ContractValues = Pick<Contract, (typeof TRACKED)[number]>;

/** Contracts of accounts (ACC-3): written by those who may edit the account, read by those who see it (unless hidden by role). */
@Injectable()
export class ContractService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly accounts: AccountService,
    private readonly events: EventLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The contract, if its account is visible and the role may read contracts. */
  async get(actor: Actor, id: string): Promise<Contract> {
    const contract = await this.db.getRepository(Contract).findOne({ where: { id: requireUuid(id, 'Contract') } });
    if (!contract) throw new NotFoundError('Contract');
    await this.requireAccount(actor, this.db.manager, contract.accountId, () => new NotFoundError('Contract'));
    return contract;
  }

  filePath(contract: Contract): string {
    return storedFilePath(this.config.files.dataDir, contract.fileKey!);
  }

  /** Stores the signed copy (checked like attachments), replacing an earlier one. */
  async attachFile(actor: Actor, id: string, originalName: string, content: Buffer): Promise<Contract> {
    requirePermission(actor, 'account.update');
    await this.get(actor, id);
    const fileName = safeFileName(originalName);
    const checked = checkFile(fileName, content, this.config.files.attachmentMaxBytes);
    if ('problem' in checked) throw ValidationError.field('file', checked.problem, 'FILE_REFUSED');
    const stored = await storeFile(this.config.files.dataDir, content);
    try {
      const { saved, replacedKey } = await this.db.transaction(async (m) => {
        const current = await m.getRepository(Contract).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
        const replacedKey = current.fileKey;
        Object.assign(current, { fileName, fileMimeType: checked.mimeType, fileSize: content.length, fileKey: stored.storageKey, fileSha256: stored.sha256 });
        const saved = await m.getRepository(Contract).save(current);
        await this.events.append(m, actor, { type: 'account.contract.fileAttached', entityType: 'account.contract', entityId: id, subjectId: current.accountId, data: { about: ABOUT, fileName, size: content.length } });
        return { saved, replacedKey };
      });
      if (replacedKey) await removeStoredFiles(this.config.files.dataDir, [replacedKey]);
      return saved;
    } catch (e) {
      await rm(stored.path, { force: true });
      throw e;
    }
  }

  /** Contracts of visible accounts, newest first; empty for roles that may not read contracts. */
  async listFor(actor: Actor, accountIds: readonly string[]): Promise<Contract[]> {
    if (hiddenFields(actor, 'account').includes('contracts')) return [];
    return this.db
      .getRepository(Contract)
      .createQueryBuilder('k')
      .where('k.account_id = ANY(:ids)', { ids: accountIds })
      .orderBy('k.starts_on', 'DESC', 'NULLS LAST')
      .addOrderBy('k.created_at', 'DESC')
      .getMany();
  }

  async create(actor: Actor, input: CreateContractInput): Promise<Contract> {
    requirePermission(actor, 'account.update');
    const values = checkContract({ number: '', title: null, status: ContractStatus.DRAFT, signedOn: null, startsOn: null, endsOn: null, amount: null, currency: null }, input);
    return this.db.transaction(async (m) => {
      await this.requireAccount(actor, m, input.accountId);
      await this.requireFreeNumber(m, input.accountId, values.number, null);
      const saved = await m.getRepository(Contract).save({ ...values, accountId: input.accountId, createdBy: actor.userId });
      await this.events.append(m, actor, {
        type: 'account.contract.created', entityType: 'account.contract', entityId: saved.id, subjectId: input.accountId, changes: diffFields({}, values, TRACKED), data: { about: ABOUT },
      });
      return saved;
    });
  }

  async update(actor: Actor, input: UpdateContractInput): Promise<Contract> {
    requirePermission(actor, 'account.update');
    return this.db.transaction(async (m) => {
      const current = await m.getRepository(Contract).findOne({ where: { id: requireUuid(input.id, 'Contract') }, lock: { mode: 'pessimistic_write' } });
      if (!current) throw new NotFoundError('Contract');
      await this.requireAccount(actor, m, current.accountId, () => new NotFoundError('Contract'));
      if (current.version !== input.expectedVersion) throw new StaleVersionError('Contract', current.version);
      const values = checkContract(current, input);
      const changes = diffFields(current as never, values as never, TRACKED);
      if (!Object.keys(changes).length) return current;
      if (changes.number) await this.requireFreeNumber(m, current.accountId, values.number, current.id);
      const saved = await m.getRepository(Contract).save(Object.assign(current, values));
      await this.events.append(m, actor, { type: 'account.contract.updated', entityType: 'account.contract', entityId: saved.id, subjectId: saved.accountId, changes, data: { about: ABOUT } });
      return saved;
    });
  }

  async delete(actor: Actor, id: string): Promise<string> {
    requirePermission(actor, 'account.update');
    const fileKeys: string[] = [];
    await this.db.transaction(async (m) => {
      const current = await m.getRepository(Contract).findOne({ where: { id: requireUuid(id, 'Contract') } });
      if (!current) throw new NotFoundError('Contract');
      await this.requireAccount(actor, m, current.accountId, () => new NotFoundError('Contract'));
      await m.getRepository(Contract).delete({ id });
      if (current.fileKey) fileKeys.push(current.fileKey);
      await this.events.append(m, actor, { type: 'account.contract.deleted', entityType: 'account.contract', entityId: id, subjectId: current.accountId, data: { about: ABOUT, number: current.number } });
    });
    await removeStoredFiles(this.config.files.dataDir, fileKeys);
    return id;
  }

  private async requireAccount(actor: Actor, m: EntityManager, accountId: string, notFound: () => Error = () => ValidationError.field('accountId', 'no such account')) {
    if (hiddenFields(actor, 'account').includes('contracts')) throw notFound();
    if (!(await this.accounts.visibleQuery(actor, m).andWhere('a.id = :id', { id: accountId }).getExists())) throw notFound();
  }

  private async requireFreeNumber(m: EntityManager, accountId: string, number: string, selfId: string | null) {
    const other = await m.getRepository(Contract).findOne({ where: { accountId, number } });
    if (other && other.id !== selfId) throw new ConflictError(`number: contract ${number} already exists for this account`, 'DUPLICATE_CONTRACT_NUMBER', { field: 'number' });
  }
}

/** Applies and checks contract fields; every problem names its field. */
function checkContract(current: ContractValues, patch: Partial<Record<keyof ContractValues, unknown>>): ContractValues {
  const next = { ...current };
  const problems: FieldProblem[] = [];
  if (patch.number !== undefined) next.number = cleanText(patch.number as string | null) ?? '';
  if (patch.title !== undefined) next.title = cleanText(patch.title as string | null);
  if (patch.status != null) next.status = patch.status as ContractStatus;
  for (const field of ['signedOn', 'startsOn', 'endsOn'] as const) {
    if (patch[field] === undefined) continue;
    const value = (patch[field] as string | null) ?? null;
    if (value && !isValidLocalDate(value)) problems.push({ field, message: 'must be a real date written as YYYY-MM-DD' });
    next[field] = value;
  }
  if (patch.amount !== undefined) {
    const amount = patch.amount as number | null;
    if (amount !== null && (!Number.isSafeInteger(amount) || amount < 0)) problems.push({ field: 'amount', message: 'must be a whole, non-negative amount in minor units (kopecks, cents)' });
    next.amount = amount;
  }
  if (patch.currency !== undefined) next.currency = (patch.currency as string | null) ?? null;
  if (!next.number) problems.push({ field: 'number', message: 'must not be empty' });
  if (next.amount !== null && !next.currency) problems.push({ field: 'currency', message: 'an amount needs a currency' });
  if (next.startsOn && next.endsOn && next.endsOn < next.startsOn) problems.push({ field: 'endsOn', message: 'must not be before startsOn' });
  if (problems.length) throw new ValidationError(problems);
  return next;
}
