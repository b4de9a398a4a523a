/** `npm run token:inspect`: the doctor's findings from a shell, the exit code says refused, nothing secret printed. */
import jwt from "jsonwebtoken";
import { describe, expect, it } from "vitest";
import { cleanEnv, npmRun } from "./support.js";

const SECRET = "S3CR3T-inspect-script-4c1d";

describe("npm run token:inspect", () => {
  it("lists a refused token's findings with their codes and exits 1, never printing the token or the secret", async () => {
    const token = jwt.sign(
      { apikey: "someone-else", permissions: ["allow_join"], version: 2, roles: ["rtc"] },
      "wrong",
      {
        expiresIn: -60,
      },
    );
    const run = npmRun("token:inspect", [token], cleanEnv({ VIDEOSDK_SECRET: SECRET, VIDEOSDK_API_KEY: "sandbox" }));
    expect(await run.exited).toBe(1);
    // npm itself echoes the command line ("> tsx scripts/token-inspect.ts <token>"); the script's own lines follow.
    const output = run
      .output()
      .split("\n")
      .filter((line) => !line.startsWith("> "))
      .join("\n");
    expect(output).toMatch(/VideoSDK would refuse this token/);
    const codes = [...run.stdout().matchAll(/^(?:error|warning|info)\s+([a-z_]+):/gm)].map((match) => match[1]);
    expect(codes).toEqual(["signature_mismatch", "apikey_mismatch", "expired", "rtc_only"]);
    expect(output).not.toContain(SECRET);
    expect(output).not.toContain(token.split(".")[2]);
  });
});
