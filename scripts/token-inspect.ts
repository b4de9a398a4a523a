/**
 * npm run token:inspect -- <token> [--json]
 * npm run token:inspect -- - < token.txt
 *
 * Says why VideoSDK would refuse a token: the token doctor (`inspectToken` of the universal entry), one line per
 * finding, in the order to fix them. With VIDEOSDK_SECRET set it checks the signature, with VIDEOSDK_API_KEY the
 * apikey claim. The token and the secret are never printed. Exits 1 when the token would be refused.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { inspectToken } from "../src/index.js";

const usage = "usage: npm run token:inspect -- <token | -> [--json]   (- reads the token from stdin)";

let parsed: { values: { json?: boolean; help?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({
    options: { json: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
    allowPositionals: true,
  });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (parsed.values.help || parsed.positionals.length !== 1) {
  console.log(usage);
  process.exit(parsed.values.help ? 0 : 2);
}

const given = parsed.positionals[0]!;
// A token read from a file or a pipe ends with a line break that is not part of it.
const token = given === "-" ? readFileSync(0, "utf8").replace(/\r?\n$/, "") : given;
const inspection = await inspectToken(token, {
  secret: process.env.VIDEOSDK_SECRET || undefined,
  apiKey: process.env.VIDEOSDK_API_KEY || undefined,
});

if (parsed.values.json) {
  console.log(JSON.stringify(inspection, null, 2));
} else {
  console.log(inspection.valid ? "VideoSDK would accept this token." : "VideoSDK would refuse this token.");
  if (inspection.claims) console.log(`claims: ${JSON.stringify(inspection.claims)}`);
  if (inspection.expiresAt) console.log(`expires: ${inspection.expiresAt}`);
  for (const finding of inspection.findings) {
    console.log(`${finding.severity.padEnd(7)} ${finding.code}: ${finding.message}`);
  }
}
process.exit(inspection.valid ? 0 : 1);
