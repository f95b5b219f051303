import { signWebhookPayload, verifyWebhookSignature } from "./signature";

const secret = "whsec_test-secret-of-some-length";
const body = JSON.stringify({ id: "0b6f…", type: "subgraph.published", data: { subgraph: "parks" } });
const now = 1_800_000_000;

describe("verifyWebhookSignature", () => {
  it("accepts a body signed with the secret, at the time it says", () => {
    const header = signWebhookPayload({ secret, body, timestamp: now - 10 });
    expect(verifyWebhookSignature({ secret, header, body, now })).toEqual({ ok: true, timestamp: now - 10 });
  });

  it("refuses a tampered body", () => {
    const header = signWebhookPayload({ secret, body, timestamp: now });
    const tampered = body.replace("parks", "libraries");
    expect(verifyWebhookSignature({ secret, header, body: tampered, now })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a signature made with another secret", () => {
    const header = signWebhookPayload({ secret: "whsec_someone-else", body, timestamp: now });
    expect(verifyWebhookSignature({ secret, header, body, now })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses a stale timestamp, and a moved one, even with the right secret", () => {
    const stale = signWebhookPayload({ secret, body, timestamp: now - 301 });
    expect(verifyWebhookSignature({ secret, header: stale, body, now })).toEqual({ ok: false, reason: "stale" });
    expect(verifyWebhookSignature({ secret, header: stale, body, now, toleranceSeconds: 600 }).ok).toBe(true);
    // A replayer who rewrites t= to now keeps the old signature, which no longer matches.
    const moved = stale.replace(`t=${now - 301}`, `t=${now}`);
    expect(verifyWebhookSignature({ secret, header: moved, body, now })).toEqual({ ok: false, reason: "mismatch" });
  });

  it("refuses missing and malformed headers without throwing", () => {
    for (const header of [undefined, null, "", "v1=abc", `t=${now}`, `t=soon,v1=${"0".repeat(64)}`, `t=${now},v1=zz`, `t=${now},t=${now},v1=${"0".repeat(64)}`]) {
      expect(verifyWebhookSignature({ secret, header, body, now })).toEqual({ ok: false, reason: "malformed" });
    }
  });

  it("accepts any one matching v1 among several (a secret being replaced)", () => {
    const good = signWebhookPayload({ secret, body, timestamp: now }).split(",")[1];
    const header = `t=${now},v1=${"a".repeat(64)},${good}`;
    expect(verifyWebhookSignature({ secret, header, body, now }).ok).toBe(true);
  });
});
