// A SCIM 2.0 server (RFC 7643, RFC 7644) for PEC Admin's integration tests: SCIMMY and its
// express routers, the pecadmin Mailbox extension of the User resource, an optional Domain
// resource type, an in-memory store, HTTP Basic authentication with a throwaway account.
//
//   node server.js [--port N] [--seed N] [--no-domains] [--no-sort] [--no-etag]
//
// It listens on 127.0.0.1 only and prints "listening on PORT" on standard output once ready.
// The account comes from SCIM_TEST_USER and SCIM_TEST_PASSWORD (default: admin / admin-secret).
// Test controls, outside SCIM and without authentication, under /control:
//   POST /control/password {"password": "..."}   changes the account's password
//   GET  /control/check?userName=...&password=... whether a mailbox has that password
//   POST /control/usage {"userName": "...", "usedBytes": N}   sets the space a mailbox uses
//   POST /control/raw {"userName": "...", "attribute": "quotaMb", "json": "1e300"}
//        from then on the mailbox's attribute is sent as that JSON text, whatever it says
//   POST /control/busy {"count": N, "retryAfter": "..."}   the next N SCIM requests are
//        answered 503 Service Unavailable with that Retry-After header
//   POST /control/outage {"afterWrites": N}   the next N SCIM writes are answered; the one after
//        is applied but its answer is lost (the connection closed), and from then on every SCIM
//        request is closed unanswered, as by a server that went away; {"off": true} ends it

import crypto from "node:crypto";
import express from "express";
import SCIMMY from "scimmy";
import SCIMMYRouters from "scimmy-routers";

const MailboxUrn = "urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox";
const DomainUrn = "urn:ietf:params:scim:schemas:pecadmin:2.0:Domain";

function option(name, fallback) {
    const index = process.argv.indexOf(name);
    return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}
const flag = (name) => process.argv.includes(name);

const port = Number(option("--port", "0"));
const seed = Number(option("--seed", "0"));
const offerDomains = !flag("--no-domains");
const offerSort = !flag("--no-sort");
const offerEtag = !flag("--no-etag");
const account = {
    user: process.env.SCIM_TEST_USER || "admin",
    password: process.env.SCIM_TEST_PASSWORD || "admin-secret",
};

// ---- the store ------------------------------------------------------------------------

const domains = [
    {id: "d-pec", name: "pec.example.it", totalSpaceMb: 51200, maxMailboxes: 2000, maxMailboxQuotaMb: 1024,
     archivingAvailable: true, passwordPreset: "poste", created: new Date("2023-01-10T09:00:00Z")},
    {id: "d-studio", name: "studio.example.it", totalSpaceMb: 2048, maxMailboxes: 5, maxMailboxQuotaMb: 512,
     archivingAvailable: false, passwordPreset: "aruba", created: new Date("2023-05-02T09:00:00Z")},
];

const users = new Map(); // id -> record
const byName = new Map(); // userName -> id
let clock = Date.parse("2024-01-01T08:00:00Z");

function hash(password) {
    return crypto.createHash("sha256").update(String(password)).digest("hex");
}

function domainOf(userName) {
    const at = userName.lastIndexOf("@");
    return at < 0 ? undefined : domains.find(d => d.name === userName.slice(at + 1));
}

function scimError(status, scimType, detail) {
    return new SCIMMY.Types.Error(status, scimType ?? null, detail);
}

function insertUser({userName, active = true, password, extension = {}}, created) {
    const id = crypto.randomUUID();
    const when = created ?? new Date(clock += 1000);
    users.set(id, {
        id, userName, active, passwordHash: password === undefined ? undefined : hash(password),
        quotaMb: extension.quotaMb ?? 0, usedBytes: 0, softQuotaMb: extension.softQuotaMb ?? 0,
        archiving: extension.archiving ?? false, mustChangePassword: extension.mustChangePassword ?? true,
        created: when, lastModified: when, version: 1,
    });
    byName.set(userName, id);
    return users.get(id);
}

function userOut(record) {
    return {
        schemas: ["urn:ietf:params:scim:schemas:core:2.0:User", MailboxUrn],
        id: record.id,
        userName: record.userName,
        active: record.active,
        meta: {created: record.created, lastModified: record.lastModified,
               ...(offerEtag ? {version: `W/"${record.version}"`} : {})},
        [MailboxUrn]: {
            quotaMb: record.quotaMb, usedBytes: record.usedBytes, softQuotaMb: record.softQuotaMb,
            archiving: record.archiving, mustChangePassword: record.mustChangePassword,
        },
    };
}

function domainOut(domain) {
    const mailboxes = Array.from(users.values()).filter(u => u.userName.endsWith("@" + domain.name));
    return {
        schemas: [DomainUrn], id: domain.id, name: domain.name, totalSpaceMb: domain.totalSpaceMb,
        maxMailboxes: domain.maxMailboxes, maxMailboxQuotaMb: domain.maxMailboxQuotaMb,
        archivingAvailable: domain.archivingAvailable, passwordPreset: domain.passwordPreset,
        mailboxCount: mailboxes.length,
        allocatedMb: mailboxes.reduce((sum, u) => sum + u.quotaMb, 0),
        usedBytes: mailboxes.reduce((sum, u) => sum + u.usedBytes, 0),
        meta: {created: domain.created, lastModified: domain.created},
    };
}

// Sorts in place by a SCIM attribute path, then by userName, and removes the sort from the
// constraints so that SCIMMY's ListResponse keeps this order.
function sortList(list, constraints) {
    const sortBy = constraints?.sortBy;
    if (constraints) delete constraints.sortBy;
    if (!offerSort || !sortBy) return list;
    const descending = constraints.sortOrder === "descending";
    const key = (item) => {
        if (sortBy.startsWith(MailboxUrn + ":")) return item[MailboxUrn]?.[sortBy.slice(MailboxUrn.length + 1)];
        return sortBy.split(".").reduce((value, part) => value?.[part], item);
    };
    const compare = (a, b) => {
        let ka = key(a), kb = key(b);
        if (ka instanceof Date) ka = ka.getTime();
        if (kb instanceof Date) kb = kb.getTime();
        if (typeof ka === "boolean") ka = Number(ka);
        if (typeof kb === "boolean") kb = Number(kb);
        if (ka === kb) return a.userName < b.userName ? -1 : a.userName > b.userName ? 1 : 0;
        return ka < kb ? -1 : 1;
    };
    list.sort((a, b) => descending ? compare(b, a) : compare(a, b));
    return list;
}

// ---- SCIMMY declarations --------------------------------------------------------------

class MailboxExtension extends SCIMMY.Types.Schema {
    static #definition = new SCIMMY.Types.SchemaDefinition("Mailbox", MailboxUrn, "What a PEC mailbox adds to a user", [
        new SCIMMY.Types.Attribute("integer", "quotaMb", {description: "Disk quota in MB"}),
        new SCIMMY.Types.Attribute("integer", "usedBytes", {mutable: false, description: "Space the mailbox uses, in bytes"}),
        new SCIMMY.Types.Attribute("integer", "softQuotaMb", {description: "Warning threshold in MB; 0: none"}),
        new SCIMMY.Types.Attribute("boolean", "archiving", {description: "Conservazione sostitutiva"}),
        new SCIMMY.Types.Attribute("boolean", "mustChangePassword", {description: "The user must change the password at the next access"}),
    ]);
    static get id() { return MailboxUrn; }
    static get definition() { return MailboxExtension.#definition; }
}

class DomainSchema extends SCIMMY.Types.Schema {
    static #definition = new SCIMMY.Types.SchemaDefinition("Domain", DomainUrn, "A PEC domain and its limits", [
        new SCIMMY.Types.Attribute("string", "name", {required: true, mutable: false, uniqueness: "server"}),
        new SCIMMY.Types.Attribute("integer", "totalSpaceMb", {mutable: false}),
        new SCIMMY.Types.Attribute("integer", "maxMailboxes", {mutable: false}),
        new SCIMMY.Types.Attribute("integer", "maxMailboxQuotaMb", {mutable: false}),
        new SCIMMY.Types.Attribute("boolean", "archivingAvailable", {mutable: false}),
        new SCIMMY.Types.Attribute("string", "passwordPreset", {mutable: false, canonicalValues: ["poste", "aruba", "custom"]}),
        new SCIMMY.Types.Attribute("integer", "mailboxCount", {mutable: false}),
        new SCIMMY.Types.Attribute("integer", "allocatedMb", {mutable: false}),
        new SCIMMY.Types.Attribute("integer", "usedBytes", {mutable: false}),
    ]);
    static get id() { return DomainUrn; }
    static get definition() { return DomainSchema.#definition; }
    constructor(resource, direction = "both", basepath, filters) {
        super(resource, direction);
        Object.assign(this, this.constructor.definition.coerce(resource, direction, basepath, filters));
    }
}

class DomainResource extends SCIMMY.Types.Resource {
    static #basepath;
    static get endpoint() { return "/Domains"; }
    static basepath(path) {
        if (path === undefined) return DomainResource.#basepath;
        DomainResource.#basepath = path.endsWith("/Domains") ? path : `${path}/Domains`;
        return DomainResource;
    }
    static get schema() { return DomainSchema; }
    async read() {
        const list = domains.map(domainOut);
        if (this.id) {
            const found = list.find(d => d.id === this.id);
            if (!found) throw scimError(404, null, `Resource ${this.id} not found`);
            return new DomainSchema(found, "out", DomainResource.basepath(), this.attributes);
        }
        const matching = this.filter ? this.filter.match(list) : list;
        return new SCIMMY.Messages.ListResponse(
            matching.map(d => new DomainSchema(d, "out", DomainResource.basepath(), this.attributes)),
            {...(this.constraints ?? {}), sortBy: undefined});
    }
    async write() { throw scimError(501, null, "Domains are managed by the provider"); }
    async patch() { throw scimError(501, null, "Domains are managed by the provider"); }
    async dispose() { throw scimError(501, null, "Domains are managed by the provider"); }
}

SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(MailboxExtension, false))
    .egress((resource) => {
        if (resource.id) {
            const record = users.get(resource.id);
            if (!record) throw scimError(404, null, `Resource ${resource.id} not found`);
            return userOut(record);
        }
        const all = Array.from(users.values(), userOut);
        const matching = resource.filter ? resource.filter.match(all) : all;
        return sortList(matching, resource.constraints);
    })
    .ingress((resource, instance) => {
        const extension = instance[MailboxUrn] ?? {};
        if (resource.id) {
            const record = users.get(resource.id);
            if (!record) throw scimError(404, null, `Resource ${resource.id} not found`);
            if (instance.userName !== record.userName)
                throw scimError(400, "mutability", "userName cannot be changed");
            if (typeof instance.active === "boolean") record.active = instance.active;
            if (instance.password !== undefined) record.passwordHash = hash(instance.password);
            for (const name of ["quotaMb", "softQuotaMb", "archiving", "mustChangePassword"]) {
                if (extension[name] !== undefined) record[name] = extension[name];
            }
            if (record.softQuotaMb > record.quotaMb)
                throw scimError(400, "invalidValue", "softQuotaMb cannot be above quotaMb");
            record.version += 1;
            record.lastModified = new Date(clock += 1000);
            return userOut(record);
        }
        const userName = String(instance.userName ?? "").toLowerCase();
        const domain = domainOf(userName);
        if (!domain) throw scimError(400, "invalidValue", `userName ${userName} is not in a domain of this provider`);
        if (byName.has(userName)) throw scimError(409, "uniqueness", `userName ${userName} is already in use`);
        if ((extension.softQuotaMb ?? 0) > (extension.quotaMb ?? 0))
            throw scimError(400, "invalidValue", "softQuotaMb cannot be above quotaMb");
        return userOut(insertUser({userName, active: instance.active ?? true, password: instance.password, extension}));
    })
    .degress((resource) => {
        const record = users.get(resource.id);
        if (!record) throw scimError(404, null, `Resource ${resource.id} not found`);
        users.delete(resource.id);
        byName.delete(record.userName);
    });

if (offerDomains) SCIMMY.Resources.declare(DomainResource);

// Every domain has its postmaster mailbox from the start.
for (const domain of domains) {
    insertUser({userName: `postmaster@${domain.name}`, password: "Postmaster0pass",
                extension: {quotaMb: 100, softQuotaMb: 0, archiving: false, mustChangePassword: false}}, domain.created);
}
for (let i = 1; i <= seed; ++i) {
    const name = `user${String(i).padStart(4, "0")}@pec.example.it`;
    insertUser({userName: name, password: "Seeded0pass", active: i % 10 !== 0,
                extension: {quotaMb: 10 + (i % 7), softQuotaMb: 0, archiving: i % 3 === 0, mustChangePassword: false}});
}

// ---- HTTP -----------------------------------------------------------------------------

const app = express();
app.set("etag", false); // versions are the resources' own, not hashes of the bodies

app.use("/control", express.json());
app.post("/control/password", (req, res) => {
    account.password = String(req.body.password);
    res.status(204).end();
});
app.get("/control/check", (req, res) => {
    const record = users.get(byName.get(String(req.query.userName)));
    res.json({matches: !!record && record.passwordHash === hash(req.query.password)});
});
app.post("/control/usage", (req, res) => {
    const record = users.get(byName.get(String(req.body.userName)));
    if (!record) return res.status(404).end();
    record.usedBytes = Number(req.body.usedBytes);
    res.status(204).end();
});

// Values that no JavaScript number sends as the test wants them (1e300 stays 1e+300, -0 is 0):
// the record holds a placeholder number, and every SCIM answer has it replaced by the JSON text.
const rawValues = new Map(); // placeholder text -> JSON text
let nextPlaceholder = 987654300;
app.post("/control/raw", (req, res) => {
    const record = users.get(byName.get(String(req.body.userName)));
    const attribute = String(req.body.attribute);
    if (!record || !(attribute in record)) return res.status(404).end();
    const placeholder = nextPlaceholder++;
    record[attribute] = placeholder;
    rawValues.set(String(placeholder), String(req.body.json));
    res.status(204).end();
});
let busy = {count: 0, retryAfter: ""};
app.post("/control/busy", (req, res) => {
    busy = {count: Number(req.body.count), retryAfter: String(req.body.retryAfter)};
    res.status(204).end();
});
let outage = null; // {writesLeft, down}
app.post("/control/outage", (req, res) => {
    outage = req.body.off ? null : {writesLeft: Number(req.body.afterWrites ?? 0), down: false};
    res.status(204).end();
});

function authenticate(req) {
    const header = req.header("Authorization") ?? "";
    if (!header.startsWith("Basic ")) throw new Error("Authentication required");
    const [user, ...rest] = Buffer.from(header.slice(6), "base64").toString("utf8").split(":");
    if (user !== account.user || rest.join(":") !== account.password) throw new Error("Wrong user name or password");
    return user;
}

// Versions: a change carrying an If-Match that is not the current version is refused, and a
// single resource is answered with its version as ETag.
const scim = express.Router();
scim.use((req, res, next) => {
    if (busy.count > 0) {
        --busy.count;
        res.status(503).setHeader("Retry-After", busy.retryAfter);
        res.type("application/scim+json").send(JSON.stringify({
            schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "503", detail: "Busy"}));
        return;
    }
    if (rawValues.size > 0) {
        const send = res.send.bind(res);
        res.send = (body) => {
            if (typeof body === "string" || Buffer.isBuffer(body)) {
                let text = String(body);
                for (const [placeholder, json] of rawValues) text = text.split(placeholder).join(json);
                body = text;
            }
            return send(body);
        };
    }
    if (!outage) return next();
    if (outage.down) return req.socket.destroy();
    if (!["POST", "PUT", "PATCH", "DELETE"].includes(req.method)) return next();
    if (outage.writesLeft > 0) {
        outage.writesLeft -= 1;
        return next();
    }
    outage.down = true;
    res.end = () => { req.socket.destroy(); return res; }; // applied; the answer never leaves
    next();
});
scim.use("/Users/:id", (req, res, next) => {
    try { authenticate(req); } catch { return next(); } // the routers answer 401 themselves
    const record = users.get(req.params.id);
    const ifMatch = req.header("If-Match");
    if (offerEtag && record && ifMatch && ["PUT", "PATCH", "DELETE"].includes(req.method)) {
        const current = `W/"${record.version}"`;
        const wanted = ifMatch.split(",").map(s => s.trim());
        if (!wanted.includes("*") && !wanted.includes(current)) {
            res.status(412).type("application/scim+json").send(JSON.stringify({
                schemas: ["urn:ietf:params:scim:api:messages:2.0:Error"], status: "412",
                detail: `Resource ${record.id} was changed: its version is now ${current}`}));
            return;
        }
    }
    if (offerEtag && record && (req.method === "GET")) res.setHeader("ETag", `W/"${record.version}"`);
    next();
});
scim.use(new SCIMMYRouters({type: "basic", handler: authenticate, context: () => ({})}));
app.use("/scim/v2", scim);

SCIMMY.Config.set({
    patch: true, bulk: false, changePassword: true,
    filter: {supported: true, maxResults: 200},
    sort: offerSort, etag: offerEtag,
});

const server = app.listen(port, "127.0.0.1", () => {
    process.stdout.write(`listening on ${server.address().port}\n`);
});
// Ends when its parent closes standard input, so that a test that dies leaves no server.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
process.on("SIGTERM", () => process.exit(0));
