import { Injectable, OnModuleInit } from '@nestjs/common';
import { RecordTypes } from '@crm/core';
import { PreferredChannel } from './contact.entity';
import { CONTACT_SCOPE } from './contact.service';

const addressPart = (part: string) => (a: string) => `ARRAY(SELECT (x->>'${part}') FROM jsonb_array_elements(${a}.addresses) x WHERE x->>'${part}' IS NOT NULL)`;

/**
 * Contacts as a record type: what criteria and segments may test (CON-4), and which built-in
 * fields count towards the portrait's completeness.
 */
@Injectable()
export class ContactRecordType implements OnModuleInit {
  constructor(private readonly types: RecordTypes) {}

  onModuleInit() {
    this.types.register({
      name: 'contact',
      table: 'contact.contact',
      scope: CONTACT_SCOPE,
      readPermission: 'contact.read',
      fields: [
        { key: 'code', label: 'Customer code', type: 'TEXT', sql: (a) => `${a}.code` },
        { key: 'fullName', label: 'Full name', type: 'TEXT', sql: (a) => `${a}.full_name` },
        { key: 'firstName', label: 'First name', type: 'TEXT', sql: (a) => `${a}.first_name` },
        { key: 'lastName', label: 'Last name', type: 'TEXT', sql: (a) => `${a}.last_name` },
        { key: 'position', label: 'Position', type: 'TEXT', sql: (a) => `${a}.position` },
        { key: 'company', label: 'Company', type: 'TEXT', sql: (a) => `${a}.company` },
        { key: 'email', label: 'E-mail', type: 'EMAIL', many: true, sql: (a) => `${a}.email_addresses` },
        { key: 'phone', label: 'Phone', type: 'PHONE', many: true, sql: (a) => `${a}.phone_numbers` },
        { key: 'city', label: 'City', type: 'TEXT', many: true, sql: addressPart('city') },
        { key: 'region', label: 'Region', type: 'TEXT', many: true, sql: addressPart('region') },
        { key: 'country', label: 'Country', type: 'TEXT', many: true, sql: addressPart('country') },
        { key: 'birthday', label: 'Birthday', type: 'DATE', sql: (a) => `${a}.birthday` },
        { key: 'age', label: 'Age', type: 'NUMBER', guardedBy: 'birthday', sql: (a) => `date_part('year', age(${a}.birthday))` },
        {
          key: 'preferredChannel', label: 'Preferred channel', type: 'SELECT', sql: (a) => `${a}.preferred_channel`,
          options: Object.values(PreferredChannel).map((v) => ({ key: v, label: v })),
        },
        { key: 'language', label: 'Language', type: 'TEXT', sql: (a) => `${a}.language` },
        { key: 'tags', label: 'Tags', type: 'TEXT', many: true, sql: (a) => `${a}.tags` },
        { key: 'ownerId', label: 'Owner', type: 'ID', refersTo: 'user', sql: (a) => `${a}.owner_id` },
        { key: 'territoryId', label: 'Territory', type: 'ID', refersTo: 'territory', sql: (a) => `${a}.territory_id` },
        { key: 'completeness', label: 'Portrait completeness, %', type: 'NUMBER', sql: (a) => `${a}.completeness` },
        { key: 'createdAt', label: 'Created', type: 'DATE', sql: (a) => `${a}.created_at` },
      ],
      // Same e-mail or phone; a nearly identical full name among each contact's 3 nearest names
      // (trigram KNN on a GiST index: n·log n, however common a name is).
      duplicateScan: `
        WITH e AS (SELECT id, unnest(email_addresses) AS v FROM contact.contact),
             p AS (SELECT id, unnest(phone_numbers) AS v FROM contact.contact),
             signals AS (
               SELECT x.id AS a_id, y.id AS b_id, 'EMAIL' AS reason, 0.9 AS w FROM e x JOIN e y ON x.v = y.v AND x.id < y.id
               UNION SELECT x.id, y.id, 'PHONE', 0.8 FROM p x JOIN p y ON x.v = y.v AND x.id < y.id
               UNION SELECT least(x.id, n.id), greatest(x.id, n.id), 'NAME', 0.5 * similarity(x.sort_name, n.sort_name) FROM contact.contact x
                 CROSS JOIN LATERAL (SELECT y.id, y.sort_name FROM contact.contact y WHERE y.id <> x.id ORDER BY y.sort_name <-> x.sort_name LIMIT 3) n
                 WHERE x.sort_name LIKE '% %' AND similarity(x.sort_name, n.sort_name) >= 0.7)
        SELECT a_id, b_id, (1 - exp(sum(ln(1 - w))))::real AS score, array_agg(reason) AS reasons FROM signals GROUP BY a_id, b_id`,
      portrait: [
        { key: 'emails', filled: (a) => `cardinality(${a}.email_addresses) > 0` },
        { key: 'phones', filled: (a) => `cardinality(${a}.phone_numbers) > 0` },
        { key: 'addresses', filled: (a) => `${a}.addresses <> '[]'::jsonb` },
        { key: 'birthday', filled: (a) => `${a}.birthday IS NOT NULL` },
        { key: 'position', filled: (a) => `${a}.position IS NOT NULL` },
        { key: 'company', filled: (a) => `${a}.company IS NOT NULL` },
        { key: 'preferredChannel', filled: (a) => `${a}.preferred_channel IS NOT NULL` },
      ],
    });
  }
}
