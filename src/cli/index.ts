#!/usr/bin/env node
/**
 * The `videosdk` command line. This file loads only the command table and the parser: help and usage errors never
 * load the client, which is imported when a command calls the API.
 */
import { main } from "./main.js";

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    // A bug of the command line itself: say so plainly, without a stack that could hold a value.
    process.stderr.write(`videosdk: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
