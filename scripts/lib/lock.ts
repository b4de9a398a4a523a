/**
 * Locks shared by every process of the repository (a directory, made atomically, holding its holder's pid): one
 * build of dist/ at a time (tsup empties dist/ first, which would pull it from under a reader), one pack, one
 * install. `npm test` holds the build lock while it builds, so that tests which need dist/ wait for it.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./paths.js";

const LOCK_DIR = path.join(PROJECT_ROOT, "test-output/locks");
const LOCK_WAIT_MS = 5 * 60_000;

/** Takes the lock `name`, waiting at most five minutes; a lock whose holder has died is taken over. */
export async function acquireLock(name: string): Promise<() => void> {
  const lock = path.join(LOCK_DIR, name);
  mkdirSync(LOCK_DIR, { recursive: true });
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (!holderAlive(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${lock} is still held after ${LOCK_WAIT_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** Runs `task` while holding the lock `name`. */
export async function withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
  const release = await acquireLock(name);
  try {
    return await task();
  } finally {
    release();
  }
}

function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, "pid"), "utf8"));
  } catch {
    // Made but not yet written: its holder is about to write its pid, unless it died in between.
    return Date.now() - statSync(lock).mtimeMs < 5_000;
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
