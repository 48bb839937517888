/** Claims: each number tied to who said it, when and where. */
export { linkClaims } from './link.js';
export { claimsOf, extractClaims, type Claim, type ClaimPlace, type ClaimTime, type ClaimsResult } from './claims.js';
