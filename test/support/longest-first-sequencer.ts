/**
 * Runs the longest test files first, so that a slow file never starts last and keeps the run going alone on two
 * cores; and runs one project's files together (the project with the most work first), since a worker runs one
 * project's files only and switching projects costs a new worker that imports everything again. Durations come from
 * vitest's cache of the last run; on a machine without one (a fresh clone, CI) larger files go first, as vitest
 * does.
 */
import path from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const keyOf = (spec: TestSpecification) =>
      `${spec.project.name}:${path.relative(this.ctx.config.root, spec.moduleId)}`;
    const durations = files.map((spec) => cache.getFileTestResults(keyOf(spec))?.duration);
    const known = durations.every((duration) => duration !== undefined);
    const weight = new Map(
      files.map((spec, i) => [spec, known ? durations[i]! : (cache.getFileStats(keyOf(spec))?.size ?? 0)]),
    );
    const projectWeight = new Map<string, number>();
    for (const spec of files)
      projectWeight.set(spec.project.name, (projectWeight.get(spec.project.name) ?? 0) + weight.get(spec)!);
    return [...files].sort(
      (a, b) =>
        projectWeight.get(b.project.name)! - projectWeight.get(a.project.name)! ||
        a.project.name.localeCompare(b.project.name) ||
        weight.get(b)! - weight.get(a)!,
    );
  }
}
