/**
 * The universal entry's token functions, in one module that `./lazy.ts` loads with a dynamic import on the first
 * call: bundlers put it in a lazy chunk, so a program that never mints, verifies or inspects does not load the
 * signing, claims or doctor code. (A client minting from apiKey and secret loads `./client-minting.js` instead:
 * a single-file bundle inlines what a dynamic import reaches, so the client's signer stays as small as it can.)
 */
export { inspectToken } from "./inspect.js";
export { mintManagementToken, mintParticipantToken, mintToken } from "./mint.js";
export { verifyToken } from "./verify.js";
