/**
 * The toolchains of the other-language tests (Python, Go). Locally a missing toolchain skips its test with one line
 * saying what is missing; CI sets REQUIRE_LANGUAGES=1 (in .ci/run), which turns a missing toolchain into a failure.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export const PYTHON = process.env.PYTHON ?? "python3";
/** Debian's Go packages live here (golang-github-getkin-kin-openapi-dev); GOPATH mode, no module download. */
export const GOPATH = process.env.VIDEOSDK_GOPATH ?? "/usr/share/gocode";
export const GO_ENV = { GO111MODULE: "off", GOPATH } as const;

export interface Toolchain {
  /** Undefined when usable, else what is missing (the skip line). */
  missing: string | undefined;
}

function probe(missing: string | undefined): Toolchain {
  if (missing && process.env.REQUIRE_LANGUAGES)
    throw new Error(`REQUIRE_LANGUAGES is set but ${missing}: install it (see .ci/run)`);
  return { missing };
}

function runs(command: string, args: string[], env: Record<string, string> = {}): boolean {
  try {
    execFileSync(command, args, { stdio: "ignore", timeout: 20_000, env: { ...process.env, ...env } });
    return true;
  } catch {
    return false;
  }
}

/** python3 with the modules the Python tests import (the image's packages; nothing is installed at test time). */
export function pythonToolchain(modules: readonly string[]): Toolchain {
  if (!runs(PYTHON, ["--version"])) return probe(`no ${PYTHON} on PATH`);
  const missing = modules.filter((name) => !runs(PYTHON, ["-c", `import ${name}`]));
  return probe(missing.length ? `${PYTHON} lacks the module(s) ${missing.join(", ")}` : undefined);
}

/** Go with Debian's kin-openapi in GOPATH. */
export function goToolchain(): Toolchain {
  if (!runs("go", ["version"])) return probe("no go on PATH (Debian: golang-go)");
  const kin = path.join(GOPATH, "src/github.com/getkin/kin-openapi/openapi3filter");
  if (!existsSync(kin)) return probe(`no kin-openapi in ${GOPATH} (Debian: golang-github-getkin-kin-openapi-dev)`);
  return probe(undefined);
}
