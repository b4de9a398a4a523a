/** Starts one Prism mock from generated/openapi.json for the tests that need it, and stops it afterwards. */
import type { TestProject } from "vitest/node";
import { startMockServer } from "../../scripts/lib/mock-server.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Base URL of the Prism mock server, e.g. http://127.0.0.1:41234 */
    mockUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const mock = await startMockServer({ port: 0, logLevel: "error", stdio: "ignore" });
  project.provide("mockUrl", mock.url);
  return () => mock.stop();
}
