/** Type-level tests: webhook events are typed from the spec, per name; wrong names do not compile. */
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createVideoSDK,
  createWebhookHandler,
  createWebhookVerifier,
  isKnownWebhookEvent,
  type UnknownWebhookEvent,
  verifyWebhook,
  type WebhookEvent,
  type WebhookEventName,
  type WebhookEventOf,
} from "../../src/index.js";
import { createVideoSDK as createNodeVideoSDK } from "../../src/node/index.js";

type Schemas = components["schemas"];
const handler = createWebhookHandler({ publicKey: "pem" });

describe("webhook events", () => {
  it("are the spec's union, one member per name", () => {
    expectTypeOf<WebhookEvent["webhookType"]>().toEqualTypeOf<WebhookEventName>();
    expectTypeOf<WebhookEventOf<"recording-stopped">>().toEqualTypeOf<Schemas["RecordingStoppedEvent"]>();
    expectTypeOf<WebhookEventOf<"hls-started">["data"]>().toEqualTypeOf<Schemas["HlsStartedEvent"]["data"]>();
  });

  it("narrow by webhookType", async () => {
    const event = await verifyWebhook("", "", "pem");
    if (event.webhookType === "recording-stopped") expectTypeOf(event.data.fileUrl).toBeString();
    // @ts-expect-error fileUrl is only on recording-stopped
    void event.data.fileUrl;
  });

  it("include unknown events only when allowed", async () => {
    expectTypeOf(verifyWebhook("", "", "pem")).resolves.toEqualTypeOf<WebhookEvent>();
    expectTypeOf(verifyWebhook("", "", "pem", { allowUnknownEvents: true })).resolves.toEqualTypeOf<
      WebhookEvent | UnknownWebhookEvent
    >();
    const event = await verifyWebhook("", "", "pem", { allowUnknownEvents: true });
    if (isKnownWebhookEvent(event)) expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
  });
});

describe("the handler", () => {
  it("types each listener's event by name", () => {
    handler.on("recording-stopped", (event) => {
      expectTypeOf(event.webhookType).toEqualTypeOf<"recording-stopped">();
      expectTypeOf(event.data.fileUrl).toBeString();
    });
    handler.on("participant-joined", (event) => {
      expectTypeOf(event.data.participantId).toBeString();
      // @ts-expect-error participant-joined has no fileUrl
      void event.data.fileUrl;
    });
    handler.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
    });
    createWebhookHandler({ publicKey: "pem", allowUnknownEvents: true }).onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<WebhookEvent | UnknownWebhookEvent>();
    });
  });

  it("rejects unknown event names and wrong sources of the key", () => {
    // @ts-expect-error not an event name
    handler.on("recording-stoped", () => {});
    // @ts-expect-error publicKey and getPublicKey are exclusive
    createWebhookHandler({ publicKey: "pem", getPublicKey: () => "pem" });
    expectTypeOf(handler.handle).returns.resolves.toEqualTypeOf<Response>();
  });
});

describe("vsdk.webhooks", () => {
  it("has the generated getPublicKey in both entries, and verify on the Node client", () => {
    const universal = createVideoSDK({ token: "t" });
    const node = createNodeVideoSDK({ token: "t" });
    expectTypeOf(universal.webhooks.getPublicKey).returns.resolves.toEqualTypeOf<Schemas["WebhookPublicKey"]>();
    expectTypeOf(node.webhooks.getPublicKey).returns.resolves.toEqualTypeOf<Schemas["WebhookPublicKey"]>();
    expectTypeOf(node.webhooks.verify("", "")).resolves.toEqualTypeOf<WebhookEvent>();
    createWebhookHandler({ verify: node.webhooks.verify });
    // @ts-expect-error the universal client stays small: verification is createWebhookVerifier({ client })
    void universal.webhooks.verify;
    createWebhookHandler({ verify: createWebhookVerifier({ client: universal }) });
  });
});
