/** Type-level tests: the facade and the path client are typed from the spec; wrong calls do not compile. */
import { describe, expectTypeOf, it } from "vitest";
import {
  type components,
  createPathClient,
  createVideoSDK,
  type ListItem,
  type PagedList,
  type RequestBody,
  type ResponseBody,
  type Schema,
} from "../../src/index.js";
import { createVideoSDK as createNodeVideoSDK } from "../../src/node/index.js";

type Schemas = components["schemas"];
const vsdk = createVideoSDK({ token: "t" });
const api = createPathClient({ token: "t" });

describe("the facade", () => {
  it("types the spec's waiters: path parameters, then wait options; the polled resource back", () => {
    expectTypeOf(vsdk.hls.waitUntilPlayable).returns.resolves.toEqualTypeOf<ResponseBody<"getActiveHls">>();
    expectTypeOf(vsdk.mergeRecordings.waitUntilDone).parameter(0).toBeString();
    void vsdk.recordings.waitForFile("recording-id", { timeout: 60_000, interval: 2_000 });
    // @ts-expect-error the recording id is required
    void vsdk.recordings.waitForFile();
    // @ts-expect-error no such wait option
    void vsdk.postTranscriptions.waitUntilDone("t", { retries: 3 });
    // @ts-expect-error rooms have no waiter
    void vsdk.rooms.waitUntilDone;
  });

  it("types results from the spec", () => {
    expectTypeOf(vsdk.rooms.create).returns.resolves.toEqualTypeOf<Schemas["Room"]>();
    expectTypeOf(vsdk.recordings.start).returns.resolves.toBeString();
    expectTypeOf(vsdk.hls.getActive).returns.resolves.toEqualTypeOf<Schemas["ActiveHlsStream"]>();
  });

  it("types request bodies from the spec", () => {
    expectTypeOf(vsdk.recordings.start).parameter(0).toEqualTypeOf<Schemas["RecordingStartOptions"]>();
    // @ts-expect-error roomId is required
    void vsdk.recordings.start({});
    // @ts-expect-error roomId is a string
    void vsdk.recordings.start({ roomId: 42 });
    // @ts-expect-error kind is an enum
    void vsdk.trackRecordings.start({ roomId: "r", participantId: "p", kind: "microphone" });
    // @ts-expect-error layout type is an enum
    void vsdk.recordings.start({ roomId: "r", config: { layout: { type: "MOSAIC" } } });
    // the body of createRoom is optional: every field is
    void vsdk.rooms.create();
  });

  it("takes path parameters positionally, then the query or body, then options", () => {
    void vsdk.sessions.getParticipantStats("session", "participant", { timeout: 5_000 });
    // @ts-expect-error participantId is missing
    void vsdk.sessions.getParticipantStats("session");
    // @ts-expect-error perPage is a number
    void vsdk.rooms.list({ perPage: "20" });
    // @ts-expect-error unknown per-call option
    void vsdk.rooms.get("abcd-efgh-ijkl", { retries: 3 });
  });

  it("returns paged lists whose items are typed along the pagination path", () => {
    expectTypeOf(vsdk.rooms.list()).toEqualTypeOf<PagedList<Schemas["Room"], Schemas["RoomList"]>>();
    expectTypeOf<ListItem<"listMergeRecordings">>().toEqualTypeOf<Schemas["MergeRecording"]>();
    expectTypeOf<ListItem<"listSessionParticipants">>().toEqualTypeOf<Schemas["Participant"]>();
    // data is an array of session documents; the pages count the participants of the first one.
    expectTypeOf<ListItem<"listActiveSessionParticipants">>().toEqualTypeOf<Schemas["ActiveParticipant"]>();
    expectTypeOf<ListItem<"listRealtimeTranscriptions">>().toEqualTypeOf<Schemas["RealtimeTranscription"]>();
    void vsdk.rooms.list({}, { maxItems: 10, maxPages: 2 });
    // @ts-expect-error caps are list-only options
    void vsdk.rooms.get("abcd-efgh-ijkl", { maxItems: 1 });
  });

  it("names the spec's schemas and each operation's body", () => {
    expectTypeOf<Schema<"Room">>().toEqualTypeOf<Schemas["Room"]>();
    expectTypeOf<RequestBody<"startHls">>().toEqualTypeOf<Schemas["HlsStartOptions"]>();
    // @ts-expect-error no such schema
    expectTypeOf<Schema<"Meeting">>();
  });

  it("has no method that the spec lacks", () => {
    // @ts-expect-error rooms cannot be deleted through the API
    void vsdk.rooms.delete;
  });
});

describe("the path client", () => {
  it("types paths, params and bodies from the spec", async () => {
    const { data } = await api.GET("/v2/rooms/{roomId}", { params: { path: { roomId: "abcd-efgh-ijkl" } } });
    expectTypeOf(data!.roomId).toBeString();
    expectTypeOf(data!.user).toEqualTypeOf<Schemas["Room"]["user"]>();
    // @ts-expect-error Room has no such field
    void data!.meetingName;
    // @ts-expect-error unknown path
    void api.GET("/v2/rooms/{roomId}/delete", {});
    // @ts-expect-error the body needs roomId
    void api.POST("/v2/hls/start", { body: {} });
  });
});

describe("construction", () => {
  it("takes a token, getToken, or apiKey + secret (both required) in the universal entry", () => {
    void createVideoSDK({ getToken: async () => "t" });
    void createVideoSDK({ apiKey: "k", secret: "s", tokenExpiresIn: "2h", dangerouslyAllowBrowser: true });
    // @ts-expect-error the universal entry reads no environment: the secret must be given
    void createVideoSDK({ apiKey: "k" });
    // @ts-expect-error a token and a secret exclude each other
    void createVideoSDK({ token: "t", apiKey: "k", secret: "s" });
    // @ts-expect-error token and getToken exclude each other
    void createVideoSDK({ token: "t", getToken: () => "t" });
    void createNodeVideoSDK({ apiKey: "k", secret: "s", tokenExpiresIn: "2h" });
  });
});
