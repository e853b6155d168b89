// The SCIM protocol of the server in its default configuration.
import {after, before, describe, test} from "node:test";
import assert from "node:assert/strict";
import {MailboxUrn, newUser, patchOp, startServer} from "../testing.js";

const ErrorUrn = "urn:ietf:params:scim:api:messages:2.0:Error";
const q = (filter) => encodeURIComponent(filter);

function assertError(answer, status, scimType) {
    assert.equal(answer.status, status, JSON.stringify(answer.body));
    assert.match(answer.headers.get("content-type"), /^application\/scim\+json/);
    assert.deepEqual(answer.body.schemas, [ErrorUrn]);
    assert.equal(answer.body.status, String(status));
    assert.equal(typeof answer.body.detail, "string");
    if (scimType) assert.equal(answer.body.scimType, scimType);
}

describe("default configuration", () => {
    let server;
    before(async () => { server = await startServer(["--seed", "12"]); });
    after(async () => { await server.stop(); });

    test("discovery describes patch, filter, sort, etag and the extension", async () => {
        const config = await server.request("GET", "/ServiceProviderConfig");
        assert.equal(config.status, 200);
        assert.equal(config.body.patch.supported, true);
        assert.deepEqual(config.body.filter, {supported: true, maxResults: 200});
        assert.equal(config.body.sort.supported, true);
        assert.equal(config.body.etag.supported, true);
        assert.equal(config.body.authenticationSchemes[0].type, "httpbasic");

        const types = await server.request("GET", "/ResourceTypes");
        assert.deepEqual(types.body.Resources.map(t => t.name), ["User", "Domain"]);
        assert.deepEqual(types.body.Resources[0].schemaExtensions, [{schema: MailboxUrn, required: false}]);

        const schemas = await server.request("GET", "/Schemas");
        const mailbox = schemas.body.Resources.find(s => s.id === MailboxUrn);
        assert.deepEqual(mailbox.attributes.map(a => a.name),
                         ["quotaMb", "usedBytes", "softQuotaMb", "archiving", "mustChangePassword"]);
        assert.equal(mailbox.attributes.find(a => a.name === "usedBytes").mutability, "readOnly");
        const one = await server.request("GET", `/Schemas/${MailboxUrn}`);
        assert.equal(one.body.id, MailboxUrn);
    });

    test("domains are listed with their limits and counts", async () => {
        const list = await server.request("GET", "/Domains");
        assert.equal(list.status, 200);
        const pec = list.body.Resources.find(d => d.name === "pec.example.it");
        assert.equal(pec.maxMailboxQuotaMb, 1024);
        assert.equal(pec.mailboxCount, 13);
        const filtered = await server.request("GET", `/Domains?filter=${q('name eq "studio.example.it"')}`);
        assert.deepEqual(filtered.body.Resources.map(d => d.passwordPreset), ["aruba"]);
        assertError(await server.request("POST", "/Domains", {body: {name: "x.it"}}), 501);
    });

    test("POST creates a user with meta and refuses a taken userName", async () => {
        const created = await server.request("POST", "/Users", {body: newUser("Mario.Rossi@pec.example.it", {quotaMb: 300})});
        assert.equal(created.status, 201);
        const user = created.body;
        assert.equal(user.userName, "Mario.Rossi@pec.example.it");
        assert.equal(user.password, undefined);
        assert.equal(user[MailboxUrn].quotaMb, 300);
        assert.equal(user[MailboxUrn].usedBytes, 0);
        assert.equal(user.meta.resourceType, "User");
        assert.ok(Date.parse(user.meta.created));
        assert.equal(user.meta.created, user.meta.lastModified);
        assert.equal(user.meta.location, `${server.base}/Users/${user.id}`);
        assert.equal(created.headers.get("location"), user.meta.location);
        assert.equal(user.meta.version, '"1"');
        assert.equal(created.headers.get("etag"), '"1"');

        assertError(await server.request("POST", "/Users", {body: newUser("mario.rossi@PEC.example.it")}), 409, "uniqueness");
        assertError(await server.request("POST", "/Users", {body: newUser("a@elsewhere.it")}), 400, "invalidValue");
        assertError(await server.request("POST", "/Users", {body: newUser("b@pec.example.it", {quotaMb: 5, softQuotaMb: 6})}), 400, "invalidValue");
        assertError(await server.request("POST", "/Users", {body: newUser("c@pec.example.it", {usedBytes: 7})}), 400, "mutability");
        assertError(await server.request("POST", "/Users", {body: "{not json"}), 400, "invalidSyntax");

        const read = await server.request("GET", `/Users/${user.id}`);
        assert.equal(read.status, 200);
        assert.deepEqual(read.body, user);
        assert.equal((await server.control("GET", `check?userName=mario.rossi@pec.example.it&password=Segreto1234`)).body.matches, true);
        assert.equal((await server.control("GET", `check?userName=mario.rossi@pec.example.it&password=other`)).body.matches, false);
    });

    test("filters: eq, ew, co, sw, and, or, on userName without case", async () => {
        const names = async (filter, extra = "") => {
            const answer = await server.request("GET", `/Users?filter=${q(filter)}${extra}`);
            assert.equal(answer.status, 200, JSON.stringify(answer.body));
            return answer.body.Resources.map(u => u.userName).sort();
        };
        assert.deepEqual(await names('userName eq "USER0001@pec.example.it"'), ["user0001@pec.example.it"]);
        assert.deepEqual(await names('userName ew "@studio.example.it"'), ["postmaster@studio.example.it"]);
        assert.deepEqual(await names('userName co "ER001"'), ["user0010@pec.example.it", "user0011@pec.example.it",
                                                               "user0012@pec.example.it"]);
        assert.deepEqual(await names('userName sw "post"'), ["postmaster@pec.example.it", "postmaster@studio.example.it"]);
        assert.deepEqual(await names('userName ew "@pec.example.it" and userName co "0002"'), ["user0002@pec.example.it"]);
        assert.deepEqual(await names('userName eq "user0003@pec.example.it" or userName sw "postmaster@s"'),
                         ["postmaster@studio.example.it", "user0003@pec.example.it"]);
        assert.deepEqual(await names(`userName sw "user" and ${MailboxUrn}:quotaMb gt 15`), ["user0006@pec.example.it"]);
        assertError(await server.request("GET", `/Users?filter=${q("userName eq")}`), 400, "invalidFilter");
    });

    test("paging with startIndex and count, and count=0 for a total", async () => {
        const filter = q('userName sw "user"');
        const first = await server.request("GET", `/Users?filter=${filter}&sortBy=userName&startIndex=1&count=5`);
        assert.equal(first.body.totalResults, 12);
        assert.equal(first.body.startIndex, 1);
        assert.equal(first.body.itemsPerPage, 5);
        assert.deepEqual(first.body.Resources.map(u => u.userName.slice(0, 8)),
                         ["user0001", "user0002", "user0003", "user0004", "user0005"]);
        const last = await server.request("GET", `/Users?filter=${filter}&sortBy=userName&startIndex=11&count=5`);
        assert.equal(last.body.startIndex, 11);
        assert.deepEqual(last.body.Resources.map(u => u.userName.slice(0, 8)), ["user0011", "user0012"]);
        const total = await server.request("GET", `/Users?filter=${filter}&count=0`);
        assert.equal(total.body.totalResults, 12);
        assert.deepEqual(total.body.Resources, []);
    });

    test("sortBy and sortOrder, on core and extension attributes", async () => {
        const filter = q('userName sw "user"');
        const desc = await server.request("GET", `/Users?filter=${filter}&sortBy=userName&sortOrder=descending&count=3`);
        assert.deepEqual(desc.body.Resources.map(u => u.userName.slice(0, 8)), ["user0012", "user0011", "user0010"]);
        const byQuota = await server.request("GET", `/Users?filter=${filter}&sortBy=${MailboxUrn}:quotaMb&sortOrder=descending&count=2`);
        assert.deepEqual(byQuota.body.Resources.map(u => u[MailboxUrn].quotaMb), [16, 15]);
        const byActive = await server.request("GET", `/Users?filter=${filter}&sortBy=active&count=1`);
        assert.equal(byActive.body.Resources[0].userName, "user0010@pec.example.it");
    });

    test("attributes and excludedAttributes", async () => {
        const only = await server.request("GET", `/Users?filter=${q('userName eq "user0001@pec.example.it"')}&attributes=userName,${MailboxUrn}:quotaMb`);
        const user = only.body.Resources[0];
        assert.deepEqual(Object.keys(user).sort(), ["id", "schemas", "userName", MailboxUrn].sort());
        assert.deepEqual(user[MailboxUrn], {quotaMb: 11});
        const without = await server.request("GET", `/Users/${user.id}?excludedAttributes=${MailboxUrn},meta`);
        assert.equal(without.body[MailboxUrn], undefined);
        assert.equal(without.body.meta, undefined);
        assert.equal(without.body.userName, "user0001@pec.example.it");
    });

    test("PATCH add, replace and remove on active, password and the extension", async () => {
        const user = await server.userNamed("user0002@pec.example.it");
        const patched = await server.request("PATCH", `/Users/${user.id}`, {
            headers: {"If-Match": user.meta.version},
            body: patchOp({op: "replace", path: "active", value: false},
                          {op: "Replace", path: `${MailboxUrn}:quotaMb`, value: 40},
                          {op: "add", path: `${MailboxUrn}:softQuotaMb`, value: 30},
                          {op: "replace", path: "password", value: "Nuova0pass"},
                          {op: "replace", value: {[`${MailboxUrn}:archiving`]: true}},
                          {op: "replace", path: MailboxUrn, value: {mustChangePassword: true}}),
        });
        assert.equal(patched.status, 200, JSON.stringify(patched.body));
        assert.equal(patched.body.active, false);
        assert.deepEqual(patched.body[MailboxUrn], {quotaMb: 40, usedBytes: 0, softQuotaMb: 30, archiving: true,
                                                    mustChangePassword: true});
        assert.equal(patched.body.meta.version, '"2"');
        assert.ok(patched.body.meta.lastModified > user.meta.lastModified);
        assert.equal(patched.body.meta.created, user.meta.created);
        assert.equal((await server.control("GET", "check?userName=user0002@pec.example.it&password=Nuova0pass")).body.matches, true);

        const removed = await server.request("PATCH", `/Users/${user.id}`, {
            body: patchOp({op: "remove", path: `${MailboxUrn}:softQuotaMb`}, {op: "add", value: {active: true}}),
        });
        assert.equal(removed.body[MailboxUrn].softQuotaMb, 0);
        assert.equal(removed.body.active, true);

        assertError(await server.request("PATCH", `/Users/${user.id}`, {body: patchOp({op: "replace", path: `${MailboxUrn}:usedBytes`, value: 1})}), 400, "mutability");
        assertError(await server.request("PATCH", `/Users/${user.id}`, {body: patchOp({op: "replace", path: "active", value: "no"})}), 400, "invalidValue");
        assertError(await server.request("PATCH", `/Users/${user.id}`, {body: patchOp({op: "replace", path: `${MailboxUrn}:softQuotaMb`, value: 999})}), 400, "invalidValue");
        assertError(await server.request("PATCH", `/Users/${user.id}`, {body: patchOp({op: "replace", path: "nickName", value: "x"})}), 400, "invalidPath");
        assertError(await server.request("PATCH", `/Users/${user.id}`, {body: {Operations: []}}), 400);
        assertError(await server.request("PATCH", `/Users/${user.id}`, {body: patchOp({op: "move", path: "active"})}), 400);
        assertError(await server.request("PATCH", "/Users/missing", {body: patchOp({op: "replace", path: "active", value: true})}), 404);
        // A refused PATCH changes nothing.
        assert.equal((await server.request("GET", `/Users/${user.id}`)).body.meta.version, '"3"');
    });

    test("PUT replaces the writable attributes and keeps the password", async () => {
        const user = await server.userNamed("user0003@pec.example.it");
        const put = await server.request("PUT", `/Users/${user.id}`, {
            headers: {"If-Match": user.meta.version},
            body: {schemas: user.schemas, userName: user.userName, active: false, [MailboxUrn]: {quotaMb: 20}},
        });
        assert.equal(put.status, 200, JSON.stringify(put.body));
        assert.equal(put.body.active, false);
        assert.deepEqual(put.body[MailboxUrn], {quotaMb: 20, usedBytes: 0, softQuotaMb: 0, archiving: false, mustChangePassword: false});
        assert.equal(put.body.meta.version, '"2"');
        assert.equal((await server.control("GET", "check?userName=user0003@pec.example.it&password=Seeded0pass")).body.matches, true);
        assertError(await server.request("PUT", `/Users/${user.id}`, {body: {schemas: user.schemas, userName: "user0004@pec.example.it"}}), 409, "uniqueness");
        assertError(await server.request("PUT", `/Users/${user.id}`, {body: {schemas: user.schemas}}), 400, "invalidValue");
    });

    test("If-Match: a stale version is refused with 412, the current one and * pass", async () => {
        const user = await server.userNamed("user0004@pec.example.it");
        const changed = await server.control("POST", "modify", {userName: "user0004@pec.example.it", [MailboxUrn]: {quotaMb: 99}});
        assert.equal(changed.status, 200);
        assert.equal(changed.body.meta.version, '"2"');
        const stale = await server.request("PATCH", `/Users/${user.id}`, {
            headers: {"If-Match": user.meta.version}, body: patchOp({op: "replace", path: "active", value: false})});
        assertError(stale, 412);
        const weak = await server.request("PATCH", `/Users/${user.id}`, {
            headers: {"If-Match": 'W/"2"'}, body: patchOp({op: "replace", path: "active", value: false})});
        assertError(weak, 412); // strong versions are compared strongly
        const current = await server.request("PATCH", `/Users/${user.id}`, {
            headers: {"If-Match": '"2"'}, body: patchOp({op: "replace", path: "active", value: false})});
        assert.equal(current.status, 200);
        const any = await server.request("PATCH", `/Users/${user.id}`, {
            headers: {"If-Match": "*"}, body: patchOp({op: "replace", path: "active", value: true})});
        assert.equal(any.status, 200);
        const get = await server.request("GET", `/Users/${user.id}`, {headers: {"If-None-Match": '"4"'}});
        assert.equal(get.status, 304);
        assertError(await server.request("DELETE", `/Users/${user.id}`, {headers: {"If-Match": '"1"'}}), 412);
    });

    test("DELETE removes the user; a second DELETE is 404", async () => {
        const user = await server.userNamed("user0005@pec.example.it");
        const removed = await server.request("DELETE", `/Users/${user.id}`, {headers: {"If-Match": user.meta.version}});
        assert.equal(removed.status, 204);
        assertError(await server.request("GET", `/Users/${user.id}`), 404);
        assertError(await server.request("DELETE", `/Users/${user.id}`), 404);
    });

    test("controls: another administrator adds, changes and removes; usage; the request log", async () => {
        const added = await server.control("POST", "add", {userName: "altro@pec.example.it", password: "Altro0pass", [MailboxUrn]: {quotaMb: 10}});
        assert.equal(added.status, 201);
        assert.equal((await server.control("POST", "add", {userName: "ALTRO@pec.example.it"})).status, 409);
        assert.equal((await server.control("POST", "usage", {userName: "altro@pec.example.it", usedBytes: 1234})).status, 204);
        const seen = await server.userNamed("altro@pec.example.it");
        assert.equal(seen[MailboxUrn].usedBytes, 1234);
        assert.equal((await server.control("POST", "modify", {userName: "altro@pec.example.it", active: false})).body.active, false);
        assert.equal((await server.control("POST", "modify", {userName: "nobody@pec.example.it", active: false})).status, 404);
        assert.equal((await server.control("POST", "remove", {userName: "altro@pec.example.it"})).status, 204);
        assertError(await server.request("GET", `/Users/${seen.id}`), 404);

        await server.control("DELETE", "requests");
        await server.request("DELETE", `/Users/${seen.id}`, {headers: {"If-Match": '"7"'}});
        const log = (await server.control("GET", "requests")).body;
        assert.deepEqual(log, [{method: "DELETE", url: `/scim/v2/Users/${seen.id}`, ifMatch: '"7"', authorization: "Basic"}]);
    });

    test("without credentials, or wrong ones: 401 with a challenge", async () => {
        const none = await server.request("GET", "/Users", {authorization: null});
        assertError(none, 401);
        assert.equal(none.headers.get("www-authenticate"), 'Basic realm="scim"');
        assertError(await server.request("GET", "/Users", {authorization: `Basic ${Buffer.from("admin:wrong").toString("base64")}`}), 401);
        assertError(await server.request("GET", "/ServiceProviderConfig", {authorization: "Bearer test-token"}), 401);
    });

    test("unknown endpoints and methods answer SCIM errors", async () => {
        assertError(await server.request("GET", "/Groups"), 404);
        assertError(await server.request("PATCH", "/Users", {body: patchOp({op: "replace", path: "active", value: true})}), 405);
    });
});
