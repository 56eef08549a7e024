export * from './lib/contact.module';
export * from './lib/contact/contact.entity';
export * from './lib/contact/contact.inputs';
export * from './lib/contact/contact.service';
export { TimelineConnection, TimelineEvent } from './lib/contact/contact.payloads';
export { toTimelineEvent } from './lib/contact/contact.field-resolvers';
export { CONTACT_MIGRATIONS } from './migrations';
export { cleanText, normaliseAddresses, normaliseEmails, normalisePhones, transliterate } from './lib/contact/contact.rules';
