/**
 * Toolchains that some tests need beyond Node. Locally, a missing one skips its tests with one line saying how
 * to install it; in CI (which sets the REQUIRE_* variable) a missing one fails the run instead.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

const nodeModules = path.resolve(import.meta.dirname, "../../node_modules");

export interface Toolchain {
  /** What the tests that need it cover. */
  tests: string;
  available(): boolean;
  /** How to get it, for the skip line. */
  install: string;
  /** Set in CI: a missing toolchain then fails instead of skipping. */
  requiredBy: string;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Debian's Firefox ESR, driven over WebDriver BiDi (puppeteer-core): the console's second browser. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";
/** The Python of the other-language tests: the image's python3 (nothing is installed at test time). */
export const PYTHON = process.env.PYTHON ?? "python3";
/** The modules the Python client test imports (Debian packages both: python3-requests, python3-jsonschema). */
export const PYTHON_MODULES = ["requests", "jsonschema"] as const;
/** Debian's Go packages live here (golang-github-getkin-kin-openapi-dev): GOPATH mode, no module download. */
export const GOPATH = process.env.VIDEOSDK_GOPATH ?? "/usr/share/gocode";
export const GO_ENV = { GO111MODULE: "off", GOPATH } as const;

/** Whether a command runs, asked once per process (the skip summary asks again at the end of the run). */
const probes = new Map<string, boolean>();
function runs(command: string, args: string[]): boolean {
  const key = [command, ...args].join("\0");
  if (!probes.has(key)) {
    try {
      execFileSync(command, args, { stdio: "ignore", timeout: 20_000 });
      probes.set(key, true);
    } catch {
      probes.set(key, false);
    }
  }
  return probes.get(key)!;
}

/**
 * The JavaScript runtimes of the runtime matrix ship as npm packages (pinned dev dependencies), each with its binary
 * in a platform package. Their postinstall scripts copy the binary into the main package, but npm may not run them
 * (allowScripts), so the platform package's own binary is looked for too: the first candidate that starts wins.
 */
const RUNTIME_CANDIDATES: Record<"bun" | "deno" | "workerd", () => string[]> = {
  bun: () => [
    path.join(nodeModules, "bun/bin/bun.exe"),
    ...platformPackages("@oven", `bun-${process.platform}-${process.arch}`).map((dir) => path.join(dir, "bin/bun")),
  ],
  deno: () => [
    path.join(nodeModules, "deno/deno"),
    ...platformPackages("@deno", `${process.platform}-${process.arch}`).map((dir) => path.join(dir, "deno")),
  ],
  workerd: () => [
    ...platformPackages(
      "@cloudflare",
      `workerd-${process.platform}-${process.arch === "x64" ? "64" : process.arch}`,
    ).map((dir) => path.join(dir, "bin/workerd")),
    path.join(nodeModules, "workerd/bin/workerd"),
  ],
};

/** node_modules/<scope>/<prefix>* (e.g. @oven/bun-linux-x64 and its -baseline and -musl builds), exact name first. */
function platformPackages(scope: string, prefix: string): string[] {
  const dir = path.join(nodeModules, scope);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.startsWith(prefix))
    .sort((a, b) => a.length - b.length)
    .map((name) => path.join(dir, name));
}

/** The binary of a runtime of the matrix that starts on this machine, or undefined. */
export function runtimeBinary(name: keyof typeof RUNTIME_CANDIDATES): string | undefined {
  return RUNTIME_CANDIDATES[name]().find((file) => existsSync(file) && runs(file, ["--version"]));
}

function runtimeToolchain(name: keyof typeof RUNTIME_CANDIDATES, label: string): Toolchain {
  return {
    tests: `the runtime matrix on ${label}`,
    available: () => runtimeBinary(name) !== undefined,
    install: `no ${name} binary starts from node_modules (the ${name} dev dependency and its platform package): run \`npm ci\``,
    requiredBy: "REQUIRE_RUNTIMES",
  };
}

export const toolchains = {
  chromium: {
    tests: "browser tests",
    available: () => existsSync(CHROMIUM_PATH),
    install: `no Chromium at ${CHROMIUM_PATH}: install it with \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH`,
    requiredBy: "REQUIRE_BROWSER",
  },
  firefox: {
    tests: "the sandbox console in Firefox",
    available: () => existsSync(FIREFOX_PATH),
    install: `no Firefox at ${FIREFOX_PATH}: install it with \`sudo apt-get install -y firefox-esr\`, or set FIREFOX_PATH`,
    requiredBy: "REQUIRE_BROWSER",
  },
  python: {
    tests: "Python tests (the dynamic client)",
    available: () => runs(PYTHON, ["-c", `import ${PYTHON_MODULES.join(", ")}`]),
    install: `no ${PYTHON} with ${PYTHON_MODULES.join(", ")}: \`sudo apt-get install -y python3-requests python3-jsonschema\`, or set PYTHON`,
    requiredBy: "REQUIRE_LANGUAGES",
  },
  openapiSpecValidator: {
    tests: "openapi-spec-validator checks of both spec variants",
    available: () => runs(PYTHON, ["-c", "import openapi_spec_validator"]),
    install: `no openapi-spec-validator for ${PYTHON}: \`pip install openapi-spec-validator\`, or set PYTHON to a Python that has it`,
    requiredBy: "REQUIRE_SPEC_VALIDATOR",
  },
  go: {
    tests: "Go tests (kin-openapi on the 3.0 spec)",
    available: () =>
      runs("go", ["version"]) && existsSync(path.join(GOPATH, "src/github.com/getkin/kin-openapi/openapi3filter")),
    install: `no go, or no kin-openapi in ${GOPATH}: install them with \`sudo apt-get install -y golang-go golang-github-getkin-kin-openapi-dev\``,
    requiredBy: "REQUIRE_LANGUAGES",
  },
  bun: runtimeToolchain("bun", "Bun"),
  deno: runtimeToolchain("deno", "Deno"),
  workerd: runtimeToolchain("workerd", "Cloudflare Workers (workerd)"),
} satisfies Record<string, Toolchain>;

/** True when the toolchain is there; false (skip) locally; throws when CI requires it. */
export function toolchainAvailable(toolchain: Toolchain): boolean {
  if (toolchain.available()) return true;
  if (process.env[toolchain.requiredBy]) {
    throw new Error(`${toolchain.tests} cannot run: ${toolchain.install} (${toolchain.requiredBy} is set)`);
  }
  return false;
}

/** One line per missing toolchain, for the end of the test run. */
export function skippedToolchainLines(): string[] {
  return Object.values(toolchains)
    .filter((toolchain) => !toolchain.available())
    .map((toolchain) => `skipped ${toolchain.tests}: ${toolchain.install}`);
}
