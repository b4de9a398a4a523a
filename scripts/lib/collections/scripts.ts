/**
 * The JavaScript the collections carry, for Postman's sandbox (`pm`) and Bruno's (`bru`, `req`, `res`): the
 * collection's token minting, and each request's tests, variable captures and next step. Both sandboxes provide
 * `require("crypto-js")` (Bruno's default "safe" sandbox included), so one minting script serves both.
 */
import type { Capture, StoryStep } from "./story.js";

/**
 * Signs an HS256 management token from `apiKey` and `secret`, with the claims of the SDK's
 * `createManagementToken` (src/node/token.ts): `apikey`, `permissions`, `version: 2`, `roles: ["crawler"]`,
 * `iat`, `exp` (2 hours). `get`/`set` read and write the tool's variables.
 */
const MINT_TOKEN = `const CryptoJS = require("crypto-js");
const base64url = (words) => CryptoJS.enc.Base64.stringify(words).replace(/=+$/, "").replace(/\\+/g, "-").replace(/\\//g, "_");
const encode = (value) => base64url(CryptoJS.enc.Utf8.parse(JSON.stringify(value)));
const apiKey = get("apiKey");
const secret = get("secret");
if (!get("token") && apiKey && secret) {
  const iat = Math.floor(Date.now() / 1000);
  const claims = { apikey: apiKey, permissions: ["allow_join", "allow_mod"], version: 2, roles: ["crawler"], iat, exp: iat + 7200 };
  const unsigned = encode({ alg: "HS256", typ: "JWT" }) + "." + encode(claims);
  set("token", unsigned + "." + base64url(CryptoJS.HmacSHA256(unsigned, secret)));
}`;

const intro =
  "// When {{token}} is empty, sign a management token (HS256, valid 2 hours) from {{apiKey}} and {{secret}}.\n";

/**
 * A script's body in a block of its own: Postman runs the scripts of a run in one context, where a second top-level
 * `const` of the same name would fail.
 */
const block = (body: string) => `{\n${body.trimEnd()}\n}\n`;

/** Postman's collection pre-request script. `pm.variables` holds the token for the rest of the run. */
export const postmanTokenScript =
  intro +
  block(`const get = (name) => pm.variables.get(name);
const set = (name, value) => pm.variables.set(name, value);
${MINT_TOKEN}`);

/** Bruno's collection pre-request script; the token becomes a runtime variable. */
export const brunoTokenScript =
  intro +
  block(`const get = (name) => bru.getVar(name) || bru.getEnvVar(name);
const set = (name, value) => bru.setVar(name, value);
${MINT_TOKEN}`);

/** Skips a request of the sandbox's control API unless the environment is the sandbox. */
export const postmanSandboxOnlyScript = `// Only the local sandbox has this endpoint: skip it elsewhere.
if (pm.environment.get("sandbox") !== "true") pm.execution.skipRequest();
`;
export const brunoSandboxOnlyScript = `// Only the local sandbox has this endpoint: skip it elsewhere.
if (bru.getEnvVar("sandbox") !== "true") bru.runner.skipRequest();
`;

/** The step's data, as a literal both tools' scripts read. */
function stepLiteral(step: StoryStep): string {
  const data = {
    operationId: step.operationId,
    answer: step.answer,
    captures: step.captures.map(captureTuple),
    next: step.next,
  };
  return `const step = ${JSON.stringify(data)};`;
}

const captureTuple = (capture: Capture) => [capture.variable, capture.path];

/**
 * The checks, written once over four names each tool binds: `status`, `body`, `check(name, fn)` and
 * `setVariable(name, value)`; `expect` is chai's in both.
 */
const CHECKS = `check("answers with a 2xx status", () => expect(status).to.be.within(200, 299));
if (step.answer.kind === "object") {
  check("answers with the documented top-level keys", () => {
    expect(body).to.be.an("object");
    if (step.answer.required.length) expect(body).to.include.all.keys(step.answer.required);
    expect(Object.keys(body).filter((key) => !step.answer.documented.includes(key))).to.eql([]);
  });
} else if (step.answer.kind === "string") {
  check("answers with a JSON string", () => expect(body).to.be.a("string"));
}
for (const [name, path] of step.captures) {
  const value = path.reduce((node, key) => (node == null ? undefined : node[key]), body);
  if (typeof value === "string" && value) setVariable(name, value);
}`;

/** Postman's test script of one request. */
export function postmanTestScript(step: StoryStep): string {
  return block(`${stepLiteral(step)}
const status = pm.response.code;
let body;
try { body = pm.response.json(); } catch { body = undefined; }
const check = (name, fn) => pm.test(name, fn);
const expect = pm.expect;
const setVariable = (name, value) => pm.collectionVariables.set(name, value);
${CHECKS}
// The collection runs as a story: create, start, stop, list, delete.
pm.execution.setNextRequest(step.next);`);
}

/** Bruno's tests block of one request. */
export function brunoTestScript(step: StoryStep): string {
  return block(`${stepLiteral(step)}
const status = res.getStatus();
const body = res.getBody();
const check = (name, fn) => test(name, fn);
const setVariable = (name, value) => bru.setVar(name, value);
${CHECKS}
// The collection runs as a story: create, start, stop, list, delete.
bru.runner.setNextRequest(step.next);`);
}
