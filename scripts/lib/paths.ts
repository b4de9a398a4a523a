/** Where things are in the project, for every script. */
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SPEC_ROOT = path.join(PROJECT_ROOT, "spec/openapi.yaml");
export const GENERATED_DIR = path.join(PROJECT_ROOT, "generated");
/** The bundled spec that `npm run generate` writes, as JSON and as YAML. */
export const BUNDLED_SPEC_JSON = path.join(GENERATED_DIR, "openapi.json");
export const BUNDLED_SPEC_YAML = path.join(GENERATED_DIR, "openapi.yaml");
/** The same spec converted to OpenAPI 3.0.3. */
export const BUNDLED_SPEC_30_JSON = path.join(GENERATED_DIR, "openapi-3.0.json");
export const BUNDLED_SPEC_30_YAML = path.join(GENERATED_DIR, "openapi-3.0.yaml");
/** The Postman and Bruno collections that `npm run generate` writes. */
export const GENERATED_COLLECTIONS_DIR = path.join(GENERATED_DIR, "collections");
/** The docs site that `npm run docs` builds, and the guides it is made with. */
export const DOCS_DIR = path.join(PROJECT_ROOT, "build/docs");
export const GUIDES_DIR = path.join(PROJECT_ROOT, "scripts/docs-guides");
/** What `npm test` (scripts/test.ts) records of its last run, for `npm run bench`. */
export const LAST_TEST_FILE = path.join(PROJECT_ROOT, "test-output/last-test.json");
/** The counts of the last vitest run, written by test/support/skip-summary-reporter.ts. */
export const VITEST_COUNTS_FILE = path.join(PROJECT_ROOT, "test-output/vitest-counts.json");
/** Images the guides show (guides link them as `assets/<file>`; the docs site inlines them). */
export const DOCS_ASSETS_DIR = path.join(PROJECT_ROOT, "scripts/docs-assets");
