// The test OpenID Connect provider's own process (see oidc-provider.ts, which starts it): the
// `oidc-provider` package is an ES module, which jest's sandbox cannot load, and a provider in a
// process of its own is what the console meets in production anyway.
//
// Started with fork(); argv[2] holds { audience, accounts }. It sends { issuer } once listening,
// then waits for { register: { clientId, origin } } (the console's address is known only once
// the gateway listens) and answers { registered: true }.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import Provider, { errors } from "oidc-provider";

const { audience, accounts } = JSON.parse(process.argv[2]);

let handle = (_request, response) => {
  response.statusCode = 503;
  response.end("the console is not registered yet");
};
const server = createServer((request, response) => handle(request, response));
server.listen(0, "127.0.0.1", () => process.send({ issuer: `http://127.0.0.1:${server.address().port}` }));

const signingKey = { ...generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }), kid: "city-test-key", alg: "RS256", use: "sig" };

process.on("message", (message) => {
  if (!message.register) return;
  const provider = createProvider(`http://127.0.0.1:${server.address().port}`, message.register);
  const callback = provider.callback();
  handle = (request, response) => {
    if (request.url.startsWith("/interaction/")) interaction(provider, request, response).catch((error) => fail(response, error));
    else callback(request, response);
  };
  process.send({ registered: true });
});
process.on("disconnect", () => server.close(() => process.exit(0)));

/**
 * Authorization code with PKCE required; access tokens for the gateway's resource (RFC 8707) as
 * JWTs signed with this provider's RSA key (RFC 9068), each account's roles in a `roles` claim.
 */
function createProvider(issuer, { clientId, origin }) {
  return new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: "none",
        redirect_uris: [`${origin}/signed-in`],
        post_logout_redirect_uris: [`${origin}/`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: [randomBytes(32).toString("base64url")] },
    pkce: { methods: ["S256"], required: () => true },
    ttl: { AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    clientBasedCORS: (_ctx, requestOrigin) => requestOrigin === origin,
    claims: { openid: ["sub"], profile: ["name"] },
    findAccount: (_ctx, id) => accounts[id] && { accountId: id, claims: () => ({ sub: id, name: accounts[id].name }) },
    extraTokenClaims: (_ctx, token) => ({ roles: accounts[token.accountId]?.roles ?? [] }),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      // Its ready-made pages load a web font from the internet; the form below is this file's own.
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => audience,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== audience) throw new errors.InvalidTarget();
          return { scope: "dlhub", audience, accessTokenTTL: 600, accessTokenFormat: "jwt", jwt: { sign: { alg: "RS256" } } };
        },
      },
    },
  });
}

/** A sign-in form choosing one of the test accounts; consent is given at once (the City's own app). */
async function interaction(provider, request, response) {
  const details = await provider.interactionDetails(request, response);
  if (request.method === "POST") {
    const accountId = new URLSearchParams(await body(request)).get("account") ?? "";
    if (!accounts[accountId]) throw new Error(`no test account ${accountId}`);
    await provider.interactionFinished(request, response, { login: { accountId } }, { mergeWithLastSubmission: false });
    return;
  }
  if (details.prompt.name === "login") {
    const options = Object.entries(accounts).map(([id, account]) => `<option value="${id}">${account.name}</option>`);
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City sign-in (test provider)</title></head>
<body><main><h1>City sign-in</h1><form method="post"><label>Account <select name="account">${options.join("")}</select></label>
<button type="submit">Continue</button></form></main></body></html>`);
    return;
  }
  const { missingOIDCScope, missingOIDCClaims, missingResourceScopes } = details.prompt.details;
  const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session.accountId, clientId: details.params.client_id });
  if (missingOIDCScope) grant.addOIDCScope(missingOIDCScope.join(" "));
  if (missingOIDCClaims) grant.addOIDCClaims(missingOIDCClaims);
  for (const [resource, scopes] of Object.entries(missingResourceScopes ?? {})) grant.addResourceScope(resource, scopes.join(" "));
  await provider.interactionFinished(request, response, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
}

async function body(request) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function fail(response, error) {
  response.statusCode = 500;
  response.end(`the test provider failed: ${error.message}`);
}
