// The account module owns the links between contacts and accounts. This file is what the card
// imports lazily: a dynamic import of the account module's index itself would pull all of that
// module into the first download.
export { ContactAccounts } from '../../../account';
