import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

/** Stored numbers are E.164; shows them grouped the international way, e.g. +7 912 345-67-89. */
export function formatPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}
