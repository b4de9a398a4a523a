/**
 * Runs the longest test files first, so that a slow file never starts last and keeps the run going alone on two
 * cores. (The two projects run one after the other, as groups of their own: see vitest.config.ts.) Durations
 * come from vitest's cache of the last run; on a machine without one (a fresh clone, CI) larger files go first, as
 * vitest does.
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
    return [...files].sort((a, b) => weight.get(b)! - weight.get(a)!);
  }
}
