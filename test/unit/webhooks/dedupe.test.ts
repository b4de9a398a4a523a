/** createMemoryDedupe: one delivery runs once, however its signature is spelled. */
import { describe, expect, it, vi } from "vitest";
import { createMemoryDedupe, type WebhookEvent } from "../../../src/index.js";
import { recordingStopped } from "../../support/webhooks.js";

describe("createMemoryDedupe", () => {
  const event = recordingStopped as unknown as WebhookEvent;
  const body = new Uint8Array();

  it("forgets the oldest deliveries beyond maxEntries", async () => {
    const dedupe = createMemoryDedupe({ maxEntries: 2 });
    expect([await dedupe(event, body, "a"), await dedupe(event, body, "b"), await dedupe(event, body, "c")]).toEqual([
      false,
      false,
      false,
    ]);
    expect(await dedupe(event, body, "c")).toBe(true);
    expect(await dedupe(event, body, "b")).toBe(true);
    expect(await dedupe(event, body, "a")).toBe(false); // evicted
  });

  it("forgets deliveries after ttl", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const dedupe = createMemoryDedupe({ ttl: 1000 });
      expect(await dedupe(event, body, "a")).toBe(false);
      vi.setSystemTime(Date.now() + 999);
      expect(await dedupe(event, body, "a")).toBe(true);
      vi.setSystemTime(Date.now() + 1000);
      expect(await dedupe(event, body, "a")).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
