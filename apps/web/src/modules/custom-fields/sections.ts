import type { CustomField } from './graphql/types';

export interface FieldSection {
  /** null: fields not put into a section. */
  name: string | null;
  fields: CustomField[];
}

/** Consecutive fields of the same section (the fields come in form order). */
export function groupBySection(fields: CustomField[]): FieldSection[] {
  const sections: FieldSection[] = [];
  for (const field of fields) {
    const last = sections.at(-1);
    if (last && last.name === field.section) last.fields.push(field);
    else sections.push({ name: field.section, fields: [field] });
  }
  return sections;
}
