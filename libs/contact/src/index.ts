export * from './lib/contact.module';
export * from './lib/contact/contact.entity';
export * from './lib/contact/contact.inputs';
export * from './lib/contact/contact.service';
export { normalizePhone, formatPhone } from './lib/phone/phone.rules';
export { CONTACT_MIGRATIONS } from './migrations';
