/** compileProject, which the consumer, README and generator tests trust to report what `tsc -p` reports. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileProject } from "../support/typescript.js";

const dir = mkdtempSync(path.join(tmpdir(), "videosdk-compile-project-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A project whose program imports two packages, each with a declaration file that has a type error. */
function project(name: string, program: string, compilerOptions: Record<string, unknown> = {}): string {
  const root = path.join(dir, name);
  for (const pkg of ["checked-pkg", "other-pkg"]) {
    mkdirSync(path.join(root, "node_modules", pkg), { recursive: true });
    writeFileSync(
      path.join(root, "node_modules", pkg, "package.json"),
      JSON.stringify({ name: pkg, types: "index.d.ts" }),
    );
    writeFileSync(
      path.join(root, "node_modules", pkg, "index.d.ts"),
      `export declare const value: number;\nexport declare const broken: MissingIn_${pkg.replace("-", "_")};\n`,
    );
  }
  writeFileSync(path.join(root, "program.ts"), program);
  writeFileSync(
    path.join(root, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "NodeNext",
        moduleResolution: "NodeNext",
        lib: ["ES2022"],
        types: [],
        strict: true,
        skipLibCheck: false,
        outDir: "out",
        ...compilerOptions,
      },
      files: ["program.ts"],
    }),
  );
  return path.join(root, "tsconfig.json");
}

const PROGRAM = `import { value } from "checked-pkg";\nimport { value as other } from "other-pkg";\nexport const sum: number = value + other;\n`;

describe("compileProject", () => {
  it("reports the project's own type errors as tsc prints them, and emits even so", () => {
    const config = project("own-error", `export const n: number = "not a number";\n`);
    const result = compileProject(config);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(
      /program\.ts\(1,14\): error TS2322: Type 'string' is not assignable to type 'number'/,
    );
    expect(readFileSync(path.join(path.dirname(config), "out/program.js"), "utf8")).toContain('n = "not a number"');
  });

  it("checks the declarations of the packages it is told to check, and not those of the others", () => {
    const result = compileProject(project("packages", PROGRAM), { checkedPackages: ["checked-pkg"] });
    expect(result.output).toContain("Cannot find name 'MissingIn_checked_pkg'");
    expect(result.output).not.toContain("MissingIn_other_pkg");
    expect(result.ok).toBe(false);
  });

  it("checks no package's declarations under skipLibCheck, and passes a clean project", () => {
    const result = compileProject(project("skip", PROGRAM, { skipLibCheck: true, noEmit: true }), {
      checkedPackages: ["checked-pkg"],
    });
    expect(result).toEqual({ ok: true, output: "" });
  });

  it("reports an unused @ts-expect-error, which the consumer tests rely on to prove a type is rejected", () => {
    const result = compileProject(
      project("expect-error", `// @ts-expect-error\nexport const n: number = 1;\n`, { noEmit: true }),
    );
    expect(result.output).toContain("Unused '@ts-expect-error' directive");
  });

  it("reports a broken tsconfig", () => {
    mkdirSync(path.join(dir, "broken"));
    const config = path.join(dir, "broken/tsconfig.json");
    writeFileSync(config, "{ not json");
    expect(compileProject(config).ok).toBe(false);
  });
});
