/**
 * The one program of the runtime matrix, as a user would write it against the installed package: it mints a
 * management and a participant token through the universal entry, creates and reads a room on the sandbox with a
 * client that mints for itself, and verifies a signed webhook. `main` returns one JSON-ready object; each runtime's
 * wrapper prints it. In a browser page minting must be refused unless dangerouslyAllowBrowser is given; elsewhere
 * (Workers, Deno, Bun, edge functions) it must not be.
 */
import {
  ConfigurationError,
  createVideoSDK,
  createWebhookTestSigner,
  mintManagementToken,
  mintParticipantToken,
  verifyToken,
  verifyWebhook,
} from "videosdk-api";

const credentials = { apiKey: "sandbox", secret: "sandbox-secret" };

async function refusedWithoutOptIn() {
  try {
    await mintManagementToken(credentials);
    createVideoSDK(credentials);
    return false;
  } catch (error) {
    if (error instanceof ConfigurationError && error.field === "dangerouslyAllowBrowser") return true;
    throw error;
  }
}

/** Which runtime this is, by what each one alone defines: proof that the line came from where it claims. */
function runtime() {
  const scope = globalThis;
  if (typeof scope.EdgeRuntime === "string") return "edge-runtime";
  if (scope.Bun) return `bun ${scope.Bun.version}`;
  if (scope.Deno) return `deno ${scope.Deno.version.deno}`;
  if (scope.navigator?.userAgent === "Cloudflare-Workers") return "workerd";
  if (scope.document) return `chromium ${/HeadlessChrome\/([\d.]+)/.exec(scope.navigator.userAgent)?.[1]}`;
  return `node ${scope.process?.versions?.node}`;
}

export async function main(baseUrl) {
  const refused = await refusedWithoutOptIn();
  const allowed = { ...credentials, dangerouslyAllowBrowser: true };
  const management = await verifyToken(await mintManagementToken(allowed), credentials.secret);
  const participant = await verifyToken(
    await mintParticipantToken({ ...allowed, participantId: "runtime-participant" }),
    credentials.secret,
  );

  const vsdk = createVideoSDK({ ...allowed, baseUrl, maxRetries: 0 });
  const created = await vsdk.rooms.create({ customRoomId: "runtime-matrix" });
  const fetched = await vsdk.rooms.get(created.roomId);

  const signer = await createWebhookTestSigner();
  const delivery = await signer.sign({
    webhookType: "session-started",
    data: { meetingId: created.roomId, sessionId: "runtime-session" },
  });
  const event = await verifyWebhook(delivery.body, delivery.signature, signer.publicKeyPem);

  return {
    runtime: runtime(),
    refusedWithoutOptIn: refused,
    managementRoles: management.roles,
    participantRoles: participant.roles,
    sameRoom: fetched.roomId === created.roomId,
    customRoomId: fetched.customRoomId,
    webhook: event.webhookType,
  };
}
