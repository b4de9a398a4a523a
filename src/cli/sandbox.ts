/**
 * `videosdk sandbox`: the local, stateful VideoSDK of the package's testing entry, as `npm run sandbox` starts it in
 * the repository. Webhooks are signed with a key made at start; the sandbox serves its public key like VideoSDK.
 */
import { EXIT } from "./exit-codes.js";
import { UsageError } from "./usage-error.js";

export async function sandboxCommand(values: ReadonlyMap<string, string[]>): Promise<number> {
  const flag = (name: string) => values.get(name)?.[0];
  const port = Number(flag("port") ?? process.env.PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(
      `--port must be a port number (0 to 65535), got ${flag("port") ?? process.env.PORT}`,
      "--port",
    );
  }
  const processingMs = flag("processing-ms") === undefined ? undefined : Number(flag("processing-ms"));
  if (processingMs !== undefined && processingMs < 0) {
    throw new UsageError("--processing-ms must be 0 or more", "--processing-ms");
  }
  const testing = await import("../testing/index.js");
  const apiKey = flag("api-key") || process.env.VIDEOSDK_API_KEY || testing.DEFAULT_API_KEY;
  const secret = flag("secret") || process.env.VIDEOSDK_SECRET || testing.DEFAULT_SECRET;
  const verbose = flag("verbose") === "true";
  let sandbox: Awaited<ReturnType<typeof testing.startSandbox>>;
  try {
    sandbox = await testing.startSandbox({
      port,
      host: flag("host") ?? "127.0.0.1",
      apiKey,
      secret,
      ...(processingMs === undefined ? {} : { processingMs }),
      ...(flag("state") === undefined ? {} : { stateFile: flag("state") }),
      ...(values.has("webhook-allow")
        ? { allowWebhookHosts: values.get("webhook-allow")!.flatMap((h) => h.split(",")) }
        : {}),
      log: (line) => {
        // Answers that broke the spec are always shown; every request only with --verbose.
        if (verbose || line.startsWith("sandbox:")) process.stderr.write(`${line}\n`);
      },
    });
  } catch (error) {
    if (error instanceof testing.SandboxOptionsError) throw new UsageError(error.message, error.field ?? "sandbox");
    process.stderr.write(`videosdk: sandbox: ${(error as Error).message}\n`);
    return EXIT.failure;
  }
  const defaults = apiKey === testing.DEFAULT_API_KEY && secret === testing.DEFAULT_SECRET;
  // The default credentials are the sandbox's own and may be shown; credentials of your own never are.
  const lines = [
    "VideoSDK sandbox",
    `  API        ${sandbox.baseUrl}`,
    `  API key    ${sandbox.apiKey}`,
    `  secret     ${defaults ? sandbox.secret : "(yours: not shown)"}`,
    `  control    ${sandbox.baseUrl}/_sandbox/openapi.json`,
    "  try:",
    `    export VIDEOSDK_BASE_URL=${sandbox.baseUrl} VIDEOSDK_API_KEY=${sandbox.apiKey}${defaults ? ` VIDEOSDK_SECRET=${sandbox.secret}` : ""}`,
    "    videosdk rooms create",
    "Ctrl-C stops.",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void sandbox.stop().then(resolve, resolve);
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, stop);
  });
  return EXIT.ok;
}
