// Each trait of real providers' servers, chosen on the command line, in a config file or at
// run time through /control/config, with real HTTP requests.
import {test} from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {MailboxUrn, newUser, patchOp, startFailing, startServer} from "../testing.js";

const q = (filter) => encodeURIComponent(filter);

async function withServer(args, body, env) {
    const server = await startServer(args, env);
    try {
        await body(server);
    } finally {
        await server.stop();
    }
}

test("--no-domain-resource: no Domain type, schema or endpoint; users still need a provider's domain", () =>
    withServer(["--no-domain-resource"], async (server) => {
        const types = await server.request("GET", "/ResourceTypes");
        assert.deepEqual(types.body.Resources.map(t => t.name), ["User"]);
        const schemas = await server.request("GET", "/Schemas");
        assert.equal(schemas.body.Resources.some(s => s.name === "Domain"), false);
        assert.equal((await server.request("GET", "/Domains")).status, 404);
        assert.equal((await server.request("POST", "/Users", {body: newUser("x@pec.example.it")})).status, 201);
        assert.equal((await server.request("POST", "/Users", {body: newUser("x@other.it")})).status, 400);
        // Back at run time.
        await server.control("POST", "config", {domainResource: true});
        assert.equal((await server.request("GET", "/Domains")).status, 200);
    }));

test("--max-results: announced, and pages capped at it whatever count asks", () =>
    withServer(["--max-results", "25", "--seed", "60"], async (server) => {
        const config = await server.request("GET", "/ServiceProviderConfig");
        assert.deepEqual(config.body.filter, {supported: true, maxResults: 25});
        const big = await server.request("GET", `/Users?filter=${q('userName sw "user"')}&count=100`);
        assert.equal(big.body.totalResults, 60);
        assert.equal(big.body.itemsPerPage, 25);
        assert.equal(big.body.Resources.length, 25);
        const none = await server.request("GET", "/Users");
        assert.equal(none.body.Resources.length, 25);
        const third = await server.request("GET", `/Users?filter=${q('userName sw "user"')}&startIndex=51&count=25`);
        assert.equal(third.body.Resources.length, 10);
        await server.control("POST", "config", {maxResults: 7});
        assert.equal((await server.request("GET", "/Users?count=50")).body.Resources.length, 7);
    }));

test("--no-sort: sort.supported false, sortBy ignored (creation order)", () =>
    withServer(["--no-sort", "--seed", "5"], async (server) => {
        const config = await server.request("GET", "/ServiceProviderConfig");
        assert.equal(config.body.sort.supported, false);
        await server.control("POST", "add", {userName: "aaa@pec.example.it"});
        const list = await server.request("GET", `/Users?filter=${q('userName ew "@pec.example.it"')}&sortBy=userName&sortOrder=ascending`);
        assert.equal(list.status, 200);
        assert.deepEqual(list.body.Resources.map(u => u.userName.split("@")[0]),
                         ["postmaster", "user0001", "user0002", "user0003", "user0004", "user0005", "aaa"]);
        await server.control("POST", "config", {sort: true});
        const sorted = await server.request("GET", `/Users?filter=${q('userName ew "@pec.example.it"')}&sortBy=userName`);
        assert.equal(sorted.body.Resources[0].userName, "aaa@pec.example.it");
    }));

test("--patch-204: PATCH answers 204 without a body, the change is made", () =>
    withServer(["--patch-204"], async (server) => {
        const user = await server.userNamed("postmaster@pec.example.it");
        const patched = await server.request("PATCH", `/Users/${user.id}`, {
            headers: {"If-Match": user.meta.version},
            body: patchOp({op: "replace", path: `${MailboxUrn}:quotaMb`, value: 77})});
        assert.equal(patched.status, 204);
        assert.equal(patched.body, undefined);
        assert.equal(patched.headers.get("etag"), '"2"');
        const read = await server.request("GET", `/Users/${user.id}`);
        assert.equal(read.body[MailboxUrn].quotaMb, 77);
        // PUT still answers the resource.
        const put = await server.request("PUT", `/Users/${user.id}`, {body: {userName: user.userName}});
        assert.equal(put.status, 200);
        await server.control("POST", "config", {patch204: false});
        const again = await server.request("PATCH", `/Users/${user.id}`, {body: patchOp({op: "replace", path: "active", value: false})});
        assert.equal(again.status, 200);
        assert.equal(again.body.active, false);
    }));

test("--etag header-weak: W/ ETag headers only, weak If-Match comparison", () =>
    withServer(["--etag", "header-weak"], async (server) => {
        assert.equal((await server.request("GET", "/ServiceProviderConfig")).body.etag.supported, true);
        const user = await server.userNamed("postmaster@pec.example.it");
        assert.equal(user.meta.version, undefined);
        const read = await server.request("GET", `/Users/${user.id}`);
        assert.equal(read.body.meta.version, undefined);
        assert.equal(read.headers.get("etag"), 'W/"1"');
        const op = patchOp({op: "replace", path: "active", value: false});
        const weak = await server.request("PATCH", `/Users/${user.id}`, {headers: {"If-Match": 'W/"1"'}, body: op});
        assert.equal(weak.status, 200);
        assert.equal(weak.headers.get("etag"), 'W/"2"');
        const strong = await server.request("PATCH", `/Users/${user.id}`, {headers: {"If-Match": '"2"'}, body: op});
        assert.equal(strong.status, 200); // weak comparison: the opaque parts match
        await server.control("POST", "modify", {userName: "postmaster@pec.example.it", active: true});
        const stale = await server.request("PATCH", `/Users/${user.id}`, {headers: {"If-Match": 'W/"3"'}, body: op});
        assert.equal(stale.status, 412);
        assert.equal(stale.body.status, "412");
        const created = await server.request("POST", "/Users", {body: newUser("n@pec.example.it")});
        assert.equal(created.headers.get("etag"), 'W/"1"');
        assert.equal(created.body.meta.version, undefined);
    }));

test("--etag none: etag.supported false, no versions, If-Match ignored", () =>
    withServer(["--etag", "none"], async (server) => {
        assert.equal((await server.request("GET", "/ServiceProviderConfig")).body.etag.supported, false);
        const user = await server.userNamed("postmaster@pec.example.it");
        assert.equal(user.meta.version, undefined);
        const read = await server.request("GET", `/Users/${user.id}`);
        assert.equal(read.headers.get("etag"), null);
        const patched = await server.request("PATCH", `/Users/${user.id}`, {
            headers: {"If-Match": '"41"'}, body: patchOp({op: "replace", path: "active", value: false})});
        assert.equal(patched.status, 200);
        assert.equal(patched.headers.get("etag"), null);
        // Switched at run time to versions in meta.
        await server.control("POST", "config", {etag: "meta"});
        const now = await server.request("GET", `/Users/${user.id}`);
        assert.equal(now.body.meta.version, '"2"');
        assert.equal(now.headers.get("etag"), '"2"');
    }));

test("--etag meta: meta.version equals the strong ETag header", () =>
    withServer(["--etag", "meta"], async (server) => {
        const user = await server.userNamed("postmaster@pec.example.it");
        const read = await server.request("GET", `/Users/${user.id}`);
        assert.equal(read.body.meta.version, '"1"');
        assert.equal(read.headers.get("etag"), read.body.meta.version);
        const weak = await server.request("DELETE", `/Users/${user.id}`, {headers: {"If-Match": 'W/"1"'}});
        assert.equal(weak.status, 412);
        const strong = await server.request("DELETE", `/Users/${user.id}`, {headers: {"If-Match": '"1"'}});
        assert.equal(strong.status, 204);
    }));

test("--auth bearer TOKEN: only that token; Basic refused; announced as oauthbearertoken", () =>
    withServer(["--auth", "bearer", "tok-123"], async (server) => {
        const good = await server.request("GET", "/ServiceProviderConfig", {authorization: "Bearer tok-123"});
        assert.equal(good.status, 200);
        assert.equal(good.body.authenticationSchemes[0].type, "oauthbearertoken");
        const basic = await server.request("GET", "/Users");
        assert.equal(basic.status, 401);
        assert.equal(basic.headers.get("www-authenticate"), 'Bearer realm="scim"');
        assert.equal((await server.request("GET", "/Users", {authorization: "Bearer other"})).status, 401);
        // The token rotated by the control endpoint.
        assert.equal((await server.control("POST", "credentials", {type: "bearer", token: "tok-456"})).status, 204);
        assert.equal((await server.request("GET", "/Users", {authorization: "Bearer tok-123"})).status, 401);
        assert.equal((await server.request("GET", "/Users", {authorization: "Bearer tok-456"})).status, 200);
    }));

test("--auth bearer without TOKEN takes SCIM_TEST_TOKEN", () =>
    withServer(["--auth", "bearer"], async (server) => {
        assert.equal((await server.request("GET", "/Users", {authorization: "Bearer from-env"})).status, 200);
    }, {SCIM_TEST_TOKEN: "from-env"}));

test("--auth basic USER PASS", () =>
    withServer(["--auth", "basic", "postmaster", "p:w"], async (server) => {
        const header = `Basic ${Buffer.from("postmaster:p:w").toString("base64")}`;
        assert.equal((await server.request("GET", "/Users", {authorization: header})).status, 200);
        assert.equal((await server.request("GET", "/Users")).status, 401); // the environment's account is not it
        assert.equal((await server.control("POST", "password", {password: "new"})).status, 204);
        assert.equal((await server.request("GET", "/Users", {authorization: header})).status, 401);
        const renewed = `Basic ${Buffer.from("postmaster:new").toString("base64")}`;
        assert.equal((await server.request("GET", "/Users", {authorization: renewed})).status, 200);
    }));

test("--expire-after N: N requests work, then 401 until the credentials change", () =>
    withServer(["--expire-after", "3"], async (server) => {
        for (let i = 0; i < 3; ++i) assert.equal((await server.request("GET", "/ServiceProviderConfig")).status, 200);
        const expired = await server.request("GET", "/Users");
        assert.equal(expired.status, 401);
        assert.equal(expired.body.status, "401");
        assert.match(expired.body.detail, /expired/);
        assert.equal((await server.request("GET", "/Users")).status, 401); // stays expired
        assert.equal((await server.control("GET", "config")).body.acceptedRequests, 3);
        await server.control("POST", "password", {password: "renewed"});
        const renewed = `Basic ${Buffer.from("admin:renewed").toString("base64")}`;
        for (let i = 0; i < 3; ++i) assert.equal((await server.request("GET", "/Users", {authorization: renewed})).status, 200);
        assert.equal((await server.request("GET", "/Users", {authorization: renewed})).status, 401);
        // Unauthenticated requests do not count.
        await server.control("POST", "credentials", {type: "basic", user: "admin", password: "third"});
        assert.equal((await server.request("GET", "/Users")).status, 401);
        const third = `Basic ${Buffer.from("admin:third").toString("base64")}`;
        assert.equal((await server.request("GET", "/Users", {authorization: third})).status, 200);
        await server.control("POST", "config", {expireAfter: 0});
        for (let i = 0; i < 5; ++i) assert.equal((await server.request("GET", "/Users", {authorization: third})).status, 200);
    }));

test("--config FILE sets the same traits; later flags win", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scim-alt-"));
    const file = path.join(dir, "config.json");
    fs.writeFileSync(file, JSON.stringify({domainResource: false, maxResults: 10, sort: false, patch204: true, etag: "none"}));
    try {
        await withServer(["--config", file, "--etag", "header-weak"], async (server) => {
            const config = (await server.control("GET", "config")).body;
            assert.deepEqual({domainResource: config.domainResource, maxResults: config.maxResults, sort: config.sort,
                              patch204: config.patch204, etag: config.etag},
                             {domainResource: false, maxResults: 10, sort: false, patch204: true, etag: "header-weak"});
            const spc = (await server.request("GET", "/ServiceProviderConfig")).body;
            assert.equal(spc.filter.maxResults, 10);
            assert.equal(spc.sort.supported, false);
        });
    } finally {
        fs.rmSync(dir, {recursive: true});
    }
});

test("bad options and bad control settings are refused", async () => {
    const unknown = await startFailing(["--frobnicate"]);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown option --frobnicate/);
    assert.match((await startFailing(["--etag", "sometimes"])).stderr, /etag must be/);
    assert.match((await startFailing(["--max-results", "0"])).stderr, /maxResults/);
    await withServer([], async (server) => {
        assert.equal((await server.control("POST", "config", {etag: "strong"})).status, 400);
        assert.equal((await server.control("POST", "config", {colour: "red"})).status, 400);
        assert.equal((await server.control("POST", "config", {seed: 3})).status, 400);
        assert.equal((await server.control("POST", "credentials", {type: "digest"})).status, 400);
        assert.equal((await server.control("GET", "config")).body.etag, "meta");
    });
});

test("the first server's --no-domains and --no-etag are understood", () =>
    withServer(["--no-domains", "--no-etag"], async (server) => {
        const spc = (await server.request("GET", "/ServiceProviderConfig")).body;
        assert.equal(spc.etag.supported, false);
        const types = await server.request("GET", "/ResourceTypes");
        assert.deepEqual(types.body.Resources.map(t => t.name), ["User"]);
    }));

test("SCIM_ALT_CONFIG: a config file from the environment, below the command line", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scim-alt-"));
    const file = path.join(dir, "shape.json");
    fs.writeFileSync(file, JSON.stringify({maxResults: 25, patch204: true}));
    try {
        await withServer(["--max-results", "30"], async (server) => {
            const config = (await server.control("GET", "config")).body;
            assert.equal(config.patch204, true);
            assert.equal(config.maxResults, 30);
        }, {SCIM_ALT_CONFIG: file});
    } finally {
        fs.rmSync(dir, {recursive: true});
    }
});
