/**
 * Signs webhook bodies the way VideoSDK does (RSASSA-PKCS1-v1_5, SHA-256, base64), so that tests can send correctly
 * signed deliveries to a handler. Universal: Web Crypto only.
 */
import { bytesToBase64, pemBody, subtle, WEBHOOK_SIGNATURE_ALGORITHM } from "../internal/encoding.js";
import { WEBHOOK_SIGNATURE_HEADER, type WebhookEvent } from "./verify.js";

export interface WebhookTestSigner {
  /** The public key in PEM (SPKI): give it to the handler or to verifyWebhook. */
  publicKeyPem: string;
  /** Serialises `body` (when it is not a string already) and signs exactly those bytes. */
  sign(body: string | WebhookEvent | object): Promise<SignedWebhook>;
}

export interface SignedWebhook {
  /** The exact body that was signed: send these bytes unchanged. */
  body: string;
  /** The base64 signature, for the `videosdk-signature` header. */
  signature: string;
  /** `content-type` and `videosdk-signature`, ready for fetch. */
  headers: Record<string, string>;
}

export interface WebhookTestSignerOptions {
  /** Sign with this RSA private key (PEM, PKCS#8) instead of a freshly generated 2048-bit one. */
  privateKeyPem?: string | undefined;
}

const ALGORITHM = WEBHOOK_SIGNATURE_ALGORITHM;

/** A signer with a new RSA 2048 key pair (or the given private key). Never use it for anything but tests. */
export async function createWebhookTestSigner(options: WebhookTestSignerOptions = {}): Promise<WebhookTestSigner> {
  const crypto = subtle();
  let privateKey: CryptoKey;
  let publicKey: CryptoKey;
  if (options.privateKeyPem !== undefined) {
    privateKey = await crypto.importKey("pkcs8", pemBody(options.privateKeyPem, "PRIVATE KEY"), ALGORITHM, true, [
      "sign",
    ]);
    // Web Crypto has no "public half of" call: the public key is rebuilt from the modulus and exponent.
    const { kty, n, e } = await crypto.exportKey("jwk", privateKey);
    publicKey = await crypto.importKey("jwk", { kty: kty!, n: n!, e: e! }, ALGORITHM, true, ["verify"]);
  } else {
    const pair = await crypto.generateKey(
      { ...ALGORITHM, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
      true,
      ["sign", "verify"],
    );
    privateKey = pair.privateKey;
    publicKey = pair.publicKey;
  }
  const spki = new Uint8Array(await crypto.exportKey("spki", publicKey));
  const publicKeyPem = `-----BEGIN PUBLIC KEY-----\n${bytesToBase64(spki).replace(/.{1,64}/g, "$&\n")}-----END PUBLIC KEY-----\n`;

  return {
    publicKeyPem,
    async sign(body) {
      const text = typeof body === "string" ? body : JSON.stringify(body);
      const signature = bytesToBase64(
        new Uint8Array(await crypto.sign(ALGORITHM, privateKey, new TextEncoder().encode(text))),
      );
      return {
        body: text,
        signature,
        headers: { "content-type": "application/json", [WEBHOOK_SIGNATURE_HEADER]: signature },
      };
    },
  };
}
