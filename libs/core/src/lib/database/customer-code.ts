import { EntityManager } from 'typeorm';

/**
 * The universal customer code (CON-2): one human-readable code per customer, person or
 * organisation, drawn from one database sequence, so it is unique system-wide and never reused.
 * Shape "C-0001234-5": a zero-padded number and a Luhn check digit that catches a mistyped digit
 * or two swapped neighbours when someone reads it over the phone.
 */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export function formatCustomerCode(n: number | string): string {
  const digits = String(n).padStart(7, '0');
  return `C-${digits}-${luhnDigit(digits)}`;
}

/** Accepts what people type ("c 0001234 5", "C00012345", "1234-5") and returns the canonical code or null. */
export function parseCustomerCode(input: string): string | null {
  const digits = input.replace(/^\s*[CcСс]/, '').replace(/[\s-]/g, '');
  if (!/^\d{2,}$/.test(digits)) return null;
  const body = digits.slice(0, -1);
  if (luhnDigit(body.padStart(7, '0')) !== Number(digits.at(-1))) return null;
  return formatCustomerCode(Number(body));
}

export async function nextCustomerCode(tx: EntityManager): Promise<string> {
  return (await nextCustomerCodes(tx, 1))[0];
}

/** Several codes in one statement (imports). */
export async function nextCustomerCodes(tx: EntityManager, count: number): Promise<string[]> {
  const rows: { n: string }[] = await tx.query(`SELECT nextval('core.customer_code_seq')::text AS n FROM generate_series(1, $1)`, [count]);
  return rows.map((r) => formatCustomerCode(r.n));
}
