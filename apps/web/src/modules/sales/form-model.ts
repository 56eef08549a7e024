import type { FieldError } from '../../ui/api-errors';
import type { FieldPath } from '../../ui/form-errors';
import { toMajor, toMinor } from '../../ui/money';
import type { DealContactInput, DealDetails, DealFieldsInput, DealLineInput, ForecastCategory } from './graphql/types';

/** One line item as typed: the unit price in major units, blank for the price list's price. */
export interface LineRow {
  productId?: string;
  quantity?: number | null;
  unitPrice?: number | null;
  discountPercent?: number | null;
}

export interface DealFormValues {
  title: string;
  accountId: string | null;
  contactIds: string[];
  pipelineId?: string;
  stageId?: string;
  ownerId?: string;
  currency: string;
  /** YYYY-MM-DD */
  expectedCloseOn: string | null;
  /** Blank: the stage's probability. */
  probability: number | null;
  /** Blank: the stage's category. */
  forecastCategory: ForecastCategory | null;
  source: string;
  description: string;
  lines: LineRow[];
  /** Major units; used only when there are no lines. */
  amount: number | null;
}

export const LINE_FIELDS = ['productId', 'quantity', 'unitPrice', 'discountPercent'] as const;

export interface DealPrefill {
  accountId?: string | null;
  contactId?: string | null;
}

export function newDealValues(currency: string, prefill: DealPrefill, pipelineId?: string, stageId?: string): DealFormValues {
  return {
    title: '',
    accountId: prefill.accountId ?? null,
    contactIds: prefill.contactId ? [prefill.contactId] : [],
    pipelineId,
    stageId,
    ownerId: undefined,
    currency,
    expectedCloseOn: null,
    probability: null,
    forecastCategory: null,
    source: '',
    description: '',
    lines: [],
    amount: null,
  };
}

export function toFormValues(deal: DealDetails): DealFormValues {
  return {
    title: deal.title,
    accountId: deal.accountId,
    contactIds: deal.contacts.map((contact) => contact.contactId),
    ownerId: deal.ownerId,
    currency: deal.currency,
    expectedCloseOn: deal.expectedCloseOn,
    probability: deal.probabilityManual ? deal.probability : null,
    forecastCategory: deal.forecastCategoryManual ? deal.forecastCategory : null,
    source: deal.source ?? '',
    description: deal.description ?? '',
    lines: [...deal.lines]
      .sort((a, b) => a.position - b.position)
      .map((line) => ({
        productId: line.productId,
        quantity: line.quantity,
        unitPrice: toMajor(line.unitPrice, deal.currency),
        discountPercent: line.discountPercent,
      })),
    amount: deal.amountFromLines ? null : toMajor(deal.amount, deal.currency),
  };
}

const blank = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

export function isBlankLine(line: LineRow | undefined): boolean {
  return !line || (!line.productId && line.quantity == null && line.unitPrice == null && !line.discountPercent);
}

function toLineInput(line: LineRow, currency: string): DealLineInput {
  return {
    productId: line.productId ?? '',
    quantity: line.quantity ?? 0,
    ...(line.unitPrice != null && { unitPrice: toMinor(line.unitPrice, currency) }),
    ...(line.discountPercent != null && { discountPercent: line.discountPercent }),
  };
}

/** Keeps the role and primary flag of contacts that stay; the first contact is primary if none is. */
function toContactInputs(ids: string[], existing: DealDetails['contacts']): DealContactInput[] {
  const kept = ids.map((contactId) => {
    const known = existing.find((contact) => contact.contactId === contactId);
    return { contactId, isPrimary: known?.isPrimary ?? false, ...(known?.role && { role: known.role }) };
  });
  if (kept.length > 0 && !kept.some((contact) => contact.isPrimary)) kept[0].isPrimary = true;
  return kept;
}

/** Everything the form edits, as the API takes it (money in minor units). */
export function toDealInput(values: DealFormValues, existingContacts: DealDetails['contacts'] = []): DealFieldsInput {
  const lines = values.lines.filter((line) => !isBlankLine(line)).map((line) => toLineInput(line, values.currency));
  return {
    title: values.title.trim(),
    accountId: values.accountId ?? null,
    contacts: toContactInputs(values.contactIds ?? [], existingContacts),
    ...(values.ownerId && { ownerId: values.ownerId }),
    currency: values.currency,
    expectedCloseOn: values.expectedCloseOn ?? null,
    probability: values.probability ?? null,
    forecastCategory: values.forecastCategory ?? null,
    source: blank(values.source),
    description: blank(values.description),
    lines,
    amount: lines.length === 0 && values.amount != null ? toMinor(values.amount, values.currency) : null,
  };
}

/** The fields that differ from what was loaded; the server leaves the others alone. */
export function changedDealFields(loaded: DealFieldsInput, edited: DealFieldsInput): DealFieldsInput {
  const changes = Object.fromEntries(
    Object.entries(edited).filter(
      ([field, value]) => JSON.stringify(value) !== JSON.stringify(loaded[field as keyof DealFieldsInput]),
    ),
  ) as DealFieldsInput;
  // Lines decide the amount: with lines the amount is computed and needs no sending.
  if (changes.amount === null && (edited.lines?.length ?? 0) > 0) delete changes.amount;
  // A category can only be set, not cleared (null would be refused); leaving it blank keeps it.
  if (changes.forecastCategory === null) delete changes.forecastCategory;
  return changes;
}

/**
 * Server field names (`lines[0].quantity`, `contacts[1].contactId`) as the form's input paths
 * (`lines.0.quantity`, `contactIds`).
 */
export function toFormFieldErrors(errors: FieldError[]): FieldError[] {
  return errors.map((error) => {
    const field = error.field.replace(/\[(\d+)\]/g, '.$1');
    if (field === 'contacts' || field.startsWith('contacts.')) return { ...error, field: 'contactIds' };
    return { ...error, field };
  });
}

const SINGLE_INPUTS = new Set([
  'title',
  'accountId',
  'contactIds',
  'ownerId',
  'currency',
  'expectedCloseOn',
  'probability',
  'forecastCategory',
  'source',
  'description',
]);

/** Whether the form shows an input for this path (else the error is listed in the summary). */
export function hasDealFormInput(values: DealFormValues, creating: boolean, path: FieldPath): boolean {
  const [head, index, leaf] = path;
  if (typeof head !== 'string') return false;
  if (path.length === 1) {
    if (SINGLE_INPUTS.has(head)) return true;
    if (head === 'pipelineId' || head === 'stageId') return creating;
    if (head === 'amount') return values.lines.filter((line) => !isBlankLine(line)).length === 0;
    return false;
  }
  return (
    head === 'lines' &&
    typeof index === 'number' &&
    index < values.lines.length &&
    path.length === 3 &&
    (LINE_FIELDS as readonly (string | number)[]).includes(leaf)
  );
}

/** quantity × unit price less the discount, in major units; null while the price is the list's. */
export function lineAmount(line: LineRow | undefined): number | null {
  if (!line || line.unitPrice == null || line.quantity == null) return null;
  return line.quantity * line.unitPrice * (1 - (line.discountPercent ?? 0) / 100);
}
