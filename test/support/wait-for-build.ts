/**
 * Before each integration test file: no build of dist/ is under way. `npm test` builds while the unit tests run
 * (scripts/test.ts holds the build lock meanwhile); files that need dist/ fresh call ensureBuilt() themselves.
 */
import { beforeAll } from "vitest";
import { acquireLock } from "../../scripts/lib/lock.js";

beforeAll(async () => {
  const release = await acquireLock("build");
  release();
}, 300_000);
