// The search is shared with the ledger export, which filters on the server exactly as the board does.
export * from '../../../server/domain/card-search.js';
