import { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { parseCustomerCode } from './customer-code';
import { phoneSearchFragments } from '../phone/phone.rules';
import { escapeLike } from '../records/criteria';

/**
 * Search over a record's `search_text` (lower-case names in both scripts, e-mails, phone digits,
 * codes, tax ids; pg_trgm-indexed), shared by every record type that offers a search box.
 */

/** Only digits and phone punctuation, with at least three digits. */
export function isPhoneLike(text: string): boolean {
  return /^[\d\s()+\-.]+$/.test(text) && text.replace(/\D/g, '').length >= 3;
}

/** A customer code written as one ("C-0001234-5", "1234-5"); digits alone are more often a phone or an INN that passes the check digit by chance. */
export function searchedCode(query: string): string | null {
  return /^[cс]|^\d{1,7}[\s-]\d$/i.test(query) ? parseCustomerCode(query) : null;
}

/** List filter: a phone in any national form, or every word (up to 5) as a substring. */
export function filterBySearchText<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, search: string | null | undefined, p = 'f'): void {
  const text = (search ?? '').trim().toLowerCase();
  if (isPhoneLike(text)) {
    // "+7 916 555 1234" is one phone, not four words.
    const fragments = phoneSearchFragments(text);
    qb.andWhere(`(${fragments.map((_, i) => `${alias}.search_text LIKE :${p}phone${i}`).join(' OR ')})`, Object.fromEntries(fragments.map((f, i) => [`${p}phone${i}`, `%${f}%`])));
    return;
  }
  text.split(/\s+/).filter(Boolean).slice(0, 5).forEach((word, i) => {
    qb.andWhere(`${alias}.search_text LIKE :${p}search${i}`, { [`${p}search${i}`]: `%${escapeLike(word)}%` });
  });
}

/**
 * Ranked search box: phone digits by name order; otherwise substring matches first, and only when
 * they do not fill the page, near matches by word similarity, which catch typos ("Ивнов").
 * Substring matches are cheap (the trigram index intersects every trigram of the text); near
 * matches compare the text with every row sharing a common part of it ("Софья", "example.com"),
 * so they are looked for only when needed, and never for an e-mail address.
 */
export async function rankedSearch<T extends ObjectLiteral>(db: DataSource, qb: SelectQueryBuilder<T>, alias: string, query: string, limit: number): Promise<T[]> {
  if (isPhoneLike(query)) {
    const fragments = phoneSearchFragments(query);
    qb.andWhere(`(${fragments.map((_, i) => `${alias}.search_text LIKE :frag${i}`).join(' OR ')})`, Object.fromEntries(fragments.map((f, i) => [`frag${i}`, `%${f}%`])));
    return qb.orderBy(`${alias}.sort_name`).addOrderBy(`${alias}.id`).limit(limit).getMany();
  }
  const like = `%${escapeLike(query)}%`;
  const contained = await qb
    .clone()
    .andWhere(`${alias}.search_text LIKE :like`, { like })
    .orderBy(`word_similarity(:q, ${alias}.search_text)`, 'DESC')
    .addOrderBy(`${alias}.sort_name`)
    .setParameter('q', query)
    .limit(limit)
    .getMany();
  if (contained.length >= limit || query.includes('@')) return contained;
  // A lower word-similarity threshold than pg_trgm's 0.6 catches one-letter typos in short names.
  // The planner prices `<%` like a cheap operator and scans the table when it is small enough; each
  // comparison costs tens of microseconds, so the trigram index is always cheaper (6× at 10k rows).
  const near = await db.transaction(async (m) => {
    await m.query('SET LOCAL pg_trgm.word_similarity_threshold = 0.4; SET LOCAL enable_seqscan = off');
    return qb
      .clone()
      .andWhere(`:q <% ${alias}.search_text AND ${alias}.search_text NOT LIKE :like`, { q: query, like })
      .orderBy(`word_similarity(:q, ${alias}.search_text)`, 'DESC')
      .addOrderBy(`${alias}.sort_name`)
      .limit(limit - contained.length)
      .setQueryRunner(m.queryRunner!)
      .getMany();
  });
  return [...contained, ...near];
}
