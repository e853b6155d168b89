// A second SCIM 2.0 server (RFC 7643, RFC 7644) for PEC Admin's integration tests, written on
// plain express with scim2-parse-filter (filters) and scim-patch (PATCH), in memory. Unlike
// tests/scim-server (SCIMMY), each trait in which real providers' servers differ can be chosen:
//
//   node server.js [--port N] [--seed N] [--config FILE.json]
//                  [--no-domain-resource] [--max-results N] [--no-sort] [--patch-204]
//                  [--etag meta|header-weak|none] [--auth basic [USER PASS] | --auth bearer [TOKEN]]
//                  [--expire-after N]
//
// SCIM_ALT_CONFIG names a config file read before the options.
// --no-domains and --no-etag, the first server's names, mean --no-domain-resource and --etag none.
// It listens on 127.0.0.1 only and prints "listening on PORT" on standard output once ready,
// and ends when its standard input closes. The SCIM base is /scim/v2. Credentials: HTTP Basic
// with SCIM_TEST_USER / SCIM_TEST_PASSWORD (default admin / admin-secret), or a bearer token
// from SCIM_TEST_TOKEN (default test-token); secrets are best passed by environment.
// Test controls, outside SCIM and without authentication, under /control (see README.md).

import crypto from "node:crypto";
import fs from "node:fs";
import express from "express";
import {parse as parseFilter, filter as compileFilter} from "scim2-parse-filter";
import {scimPatch, patchBodyValidation, ScimError} from "scim-patch";

const UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";
const MailboxUrn = "urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox";
const DomainUrn = "urn:ietf:params:scim:schemas:pecadmin:2.0:Domain";
const ErrorUrn = "urn:ietf:params:scim:api:messages:2.0:Error";
const ListUrn = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const PatchUrn = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ConfigUrn = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
const ResourceTypeUrn = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
const SchemaUrn = "urn:ietf:params:scim:schemas:core:2.0:Schema";
const Base = "/scim/v2";
const ExtensionFields = ["quotaMb", "usedBytes", "softQuotaMb", "archiving", "mustChangePassword"];
const WritableExtensionFields = ["quotaMb", "softQuotaMb", "archiving", "mustChangePassword"];

// ---- settings -------------------------------------------------------------------------

const settings = {
    port: 0,
    seed: 0,
    domainResource: true,
    maxResults: 200,
    sort: true,
    patch204: false,
    etag: "meta", // "meta": meta.version and a strong ETag; "header-weak": W/"n" headers only; "none"
    expireAfter: 0, // 0: credentials never stop working
};
const credentials = {
    type: "basic",
    user: process.env.SCIM_TEST_USER || "admin",
    password: process.env.SCIM_TEST_PASSWORD || "admin-secret",
    token: process.env.SCIM_TEST_TOKEN || "test-token",
};
let acceptedRequests = 0; // authenticated requests since the credentials were last set

// Applies the settings of a JSON object (the config file's, or the control endpoint's);
// throws an Error whose message says what is wrong.
function applySettings(values) {
    const known = {
        domainResource: "boolean", maxResults: "number", sort: "boolean", patch204: "boolean",
        etag: "string", expireAfter: "number", seed: "number", port: "number",
    };
    for (const [name, value] of Object.entries(values)) {
        if (!(name in known)) throw new Error(`unknown setting ${name}`);
        if (typeof value !== known[name]) throw new Error(`${name} must be a ${known[name]}`);
        if (name === "etag" && !["meta", "header-weak", "none"].includes(value))
            throw new Error("etag must be meta, header-weak or none");
        if (name === "maxResults" && !(Number.isInteger(value) && value >= 1))
            throw new Error("maxResults must be a positive integer");
        if (name === "expireAfter" && !(Number.isInteger(value) && value >= 0))
            throw new Error("expireAfter must be a non-negative integer");
    }
    Object.assign(settings, values);
    if ("expireAfter" in values) acceptedRequests = 0;
}

function applyCredentials(values) {
    if (values.type !== "basic" && values.type !== "bearer") throw new Error("type must be basic or bearer");
    if (values.type === "basic" && (typeof values.user !== "string" || typeof values.password !== "string"))
        throw new Error("basic needs user and password");
    if (values.type === "bearer" && typeof values.token !== "string") throw new Error("bearer needs token");
    credentials.type = values.type;
    if (values.type === "basic") Object.assign(credentials, {user: values.user, password: values.password});
    else credentials.token = values.token;
    acceptedRequests = 0;
}

function parseArguments(args) {
    const next = (i) => (i + 1 < args.length && !args[i + 1].startsWith("--") ? args[i + 1] : undefined);
    for (let i = 0; i < args.length; ++i) {
        const arg = args[i];
        const need = () => {
            const value = next(i);
            if (value === undefined) throw new Error(`${arg} needs a value`);
            ++i;
            return value;
        };
        const integer = () => {
            const text = need();
            if (!/^\d+$/.test(text)) throw new Error(`${arg} needs a non-negative integer`);
            return Number(text);
        };
        switch (arg) {
        case "--port": applySettings({port: integer()}); break;
        case "--seed": applySettings({seed: integer()}); break;
        case "--config": applySettings(JSON.parse(fs.readFileSync(need(), "utf8"))); break;
        case "--no-domain-resource":
        case "--no-domains": applySettings({domainResource: false}); break;
        case "--max-results": applySettings({maxResults: integer()}); break;
        case "--no-sort": applySettings({sort: false}); break;
        case "--patch-204": applySettings({patch204: true}); break;
        case "--etag": applySettings({etag: need()}); break;
        case "--no-etag": applySettings({etag: "none"}); break;
        case "--expire-after": applySettings({expireAfter: integer()}); break;
        case "--auth": {
            const type = need();
            if (type === "bearer") {
                const token = next(i);
                if (token !== undefined) ++i;
                applyCredentials({type, token: token ?? credentials.token});
            } else if (type === "basic") {
                const user = next(i);
                const password = user === undefined ? undefined : next(i + 1);
                if (user !== undefined && password === undefined) throw new Error("--auth basic needs USER and PASS, or neither");
                if (user !== undefined) i += 2;
                applyCredentials({type, user: user ?? credentials.user, password: password ?? credentials.password});
            } else {
                throw new Error("--auth needs basic or bearer");
            }
            break;
        }
        default: throw new Error(`unknown option ${arg}`);
        }
    }
}

try {
    // A config file named by the environment comes first, so that a whole test suite can run
    // against one provider's shape; the command line wins over it.
    if (process.env.SCIM_ALT_CONFIG) applySettings(JSON.parse(fs.readFileSync(process.env.SCIM_ALT_CONFIG, "utf8")));
    parseArguments(process.argv.slice(2));
} catch (error) {
    process.stderr.write(`server.js: ${error.message}\n`);
    process.exit(2);
}

// ---- the store ------------------------------------------------------------------------

const domains = [
    {id: "d-pec", name: "pec.example.it", totalSpaceMb: 51200, maxMailboxes: 2000, maxMailboxQuotaMb: 1024,
     archivingAvailable: true, passwordPreset: "poste", created: new Date("2023-01-10T09:00:00Z")},
    {id: "d-studio", name: "studio.example.it", totalSpaceMb: 2048, maxMailboxes: 5, maxMailboxQuotaMb: 512,
     archivingAvailable: false, passwordPreset: "aruba", created: new Date("2023-05-02T09:00:00Z")},
];

const users = new Map(); // id -> record, in creation order
let clock = Date.parse("2024-01-01T08:00:00Z");
const tick = () => new Date(clock += 1000);

const hash = (password) => crypto.createHash("sha256").update(String(password)).digest("hex");
const fold = (text) => String(text).toLowerCase();

function findByName(userName) {
    const wanted = fold(userName);
    for (const record of users.values()) if (fold(record.userName) === wanted) return record;
    return undefined;
}

function domainOf(userName) {
    const at = userName.lastIndexOf("@");
    return at < 0 ? undefined : domains.find(d => d.name === fold(userName.slice(at + 1)));
}

function insertUser({userName, active = true, password, displayName, extension = {}}, created) {
    const id = crypto.randomUUID();
    const when = created ?? tick();
    const record = {
        id, userName, active, displayName, passwordHash: password === undefined ? undefined : hash(password),
        quotaMb: extension.quotaMb ?? 0, usedBytes: 0, softQuotaMb: extension.softQuotaMb ?? 0,
        archiving: extension.archiving ?? false, mustChangePassword: extension.mustChangePassword ?? false,
        created: when, lastModified: when, version: 1,
    };
    users.set(id, record);
    return record;
}

function touch(record) {
    record.version += 1;
    record.lastModified = tick();
}

for (const domain of domains) {
    insertUser({userName: `postmaster@${domain.name}`, password: "Postmaster0pass",
                extension: {quotaMb: 100, softQuotaMb: 0, archiving: false, mustChangePassword: false}}, domain.created);
}
for (let i = 1; i <= settings.seed; ++i) {
    insertUser({userName: `user${String(i).padStart(4, "0")}@pec.example.it`, password: "Seeded0pass",
                active: i % 10 !== 0,
                extension: {quotaMb: 10 + (i % 7), softQuotaMb: 0, archiving: i % 3 === 0, mustChangePassword: false}});
}

// ---- representations ------------------------------------------------------------------

class HttpError extends Error {
    constructor(status, scimType, detail) {
        super(detail);
        this.status = status;
        this.scimType = scimType;
    }
}

function sendError(res, status, scimType, detail) {
    const body = {schemas: [ErrorUrn], status: String(status), ...(scimType ? {scimType} : {}), detail};
    res.status(status).type("application/scim+json").send(JSON.stringify(body));
}

function sendScim(res, status, body) {
    res.status(status).type("application/scim+json").send(JSON.stringify(body));
}

const strongTag = (record) => `"${record.version}"`;
const weakTag = (record) => `W/"${record.version}"`;

function etagHeader(record) {
    if (settings.etag === "meta") return strongTag(record);
    if (settings.etag === "header-weak") return weakTag(record);
    return undefined;
}

function origin(req) {
    return `http://${req.headers.host ?? "127.0.0.1"}${Base}`;
}

function userOut(record, req) {
    return {
        schemas: [UserUrn, MailboxUrn],
        id: record.id,
        userName: record.userName,
        ...(record.displayName !== undefined ? {displayName: record.displayName} : {}),
        active: record.active,
        [MailboxUrn]: Object.fromEntries(ExtensionFields.map(name => [name, record[name]])),
        meta: {
            resourceType: "User",
            created: record.created.toISOString(),
            lastModified: record.lastModified.toISOString(),
            location: `${origin(req)}/Users/${record.id}`,
            ...(settings.etag === "meta" ? {version: strongTag(record)} : {}),
        },
    };
}

function domainOut(domain, req) {
    const mailboxes = Array.from(users.values()).filter(u => fold(u.userName).endsWith("@" + domain.name));
    return {
        schemas: [DomainUrn], id: domain.id, name: domain.name, totalSpaceMb: domain.totalSpaceMb,
        maxMailboxes: domain.maxMailboxes, maxMailboxQuotaMb: domain.maxMailboxQuotaMb,
        archivingAvailable: domain.archivingAvailable, passwordPreset: domain.passwordPreset,
        mailboxCount: mailboxes.length,
        allocatedMb: mailboxes.reduce((sum, u) => sum + u.quotaMb, 0),
        usedBytes: mailboxes.reduce((sum, u) => sum + u.usedBytes, 0),
        meta: {resourceType: "Domain", created: domain.created.toISOString(), lastModified: domain.created.toISOString(),
               location: `${origin(req)}/Domains/${domain.id}`},
    };
}

// The value of an attribute path ("userName", "meta.created", "urn:…:Mailbox:quotaMb") in
// a representation, names compared without case.
function valueAt(item, path) {
    let parts;
    const colon = path.lastIndexOf(":");
    if (colon >= 0) {
        const urn = path.slice(0, colon);
        parts = fold(urn) === fold(UserUrn) ? path.slice(colon + 1).split(".") : [urn, ...path.slice(colon + 1).split(".")];
    } else {
        parts = path.split(".");
    }
    return parts.reduce((value, part) => {
        if (value === null || typeof value !== "object") return undefined;
        const key = Object.keys(value).find(k => fold(k) === fold(part));
        return key === undefined ? undefined : value[key];
    }, item);
}

// attributes / excludedAttributes (RFC 7644 3.4.2.5) on a representation; id and schemas
// are always returned.
function project(item, query) {
    const split = (text) => String(text).split(",").map(s => s.trim()).filter(Boolean);
    const pathOf = (name) => {
        const colon = name.lastIndexOf(":");
        if (colon >= 0 && fold(name.slice(0, colon)) === fold(MailboxUrn)) return [MailboxUrn, name.slice(colon + 1)];
        if (fold(name) === fold(MailboxUrn)) return [MailboxUrn];
        if (colon >= 0 && fold(name.slice(0, colon)) === fold(UserUrn)) return name.slice(colon + 1).split(".");
        return name.split(".");
    };
    const keyIn = (object, name) => Object.keys(object).find(k => fold(k) === fold(name));
    if (query.attributes) {
        const out = {schemas: item.schemas, id: item.id};
        for (const path of split(query.attributes).map(pathOf)) {
            let from = item, to = out;
            for (let i = 0; i < path.length; ++i) {
                const key = from && typeof from === "object" ? keyIn(from, path[i]) : undefined;
                if (key === undefined) break;
                if (i === path.length - 1) to[key] = from[key];
                else {
                    to[key] = to[key] ?? {};
                    from = from[key];
                    to = to[key];
                }
            }
        }
        return out;
    }
    if (query.excludedAttributes) {
        const out = structuredClone(item);
        for (const path of split(query.excludedAttributes).map(pathOf)) {
            let at = out;
            for (let i = 0; i < path.length && at && typeof at === "object"; ++i) {
                const key = keyIn(at, path[i]);
                if (key === undefined || key === "id" || key === "schemas") break;
                if (i === path.length - 1) delete at[key];
                else at = at[key];
            }
        }
        return out;
    }
    return item;
}

// ---- validation of what clients send --------------------------------------------------

// The writable state of a user in a request body, checked; `base` gives what is not sent.
function writableFrom(body, base) {
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new HttpError(400, "invalidSyntax", "The body is not a JSON object");
    const key = (object, name) => Object.keys(object).find(k => fold(k) === fold(name));
    const pick = (object, name) => {
        const k = key(object, name);
        return k === undefined ? undefined : object[k];
    };
    const state = {...base};
    const userName = pick(body, "userName");
    if (userName !== undefined) {
        if (typeof userName !== "string" || userName.trim() === "") throw new HttpError(400, "invalidValue", "userName must be a non-empty string");
        state.userName = userName;
    }
    for (const [name, type] of [["active", "boolean"], ["password", "string"], ["displayName", "string"]]) {
        const value = pick(body, name);
        if (value === undefined) continue;
        if (value !== null && typeof value !== type) throw new HttpError(400, "invalidValue", `${name} must be a ${type}`);
        state[name] = value ?? (name === "active" ? false : undefined);
    }
    // The extension as a sub-object, and as "urn:…:Mailbox:attr" keys (what some clients send).
    const extension = {...(pick(body, MailboxUrn) ?? {})};
    for (const [k, value] of Object.entries(body)) {
        if (fold(k).startsWith(fold(MailboxUrn) + ":")) extension[k.slice(MailboxUrn.length + 1)] = value;
    }
    for (const [k, value] of Object.entries(extension)) {
        const name = ExtensionFields.find(n => fold(n) === fold(k));
        if (name === undefined) throw new HttpError(400, "invalidPath", `${MailboxUrn}:${k} is not an attribute of the Mailbox extension`);
        if (name === "usedBytes") {
            if (value !== base.usedBytes && value !== undefined) throw new HttpError(400, "mutability", "usedBytes is read-only");
            continue;
        }
        const isNumber = name === "quotaMb" || name === "softQuotaMb";
        if (value === null) state[name] = isNumber ? 0 : false;
        else if (isNumber ? !(Number.isInteger(value) && value >= 0) : typeof value !== "boolean")
            throw new HttpError(400, "invalidValue", `${name} must be ${isNumber ? "a non-negative integer" : "a boolean"}`);
        else state[name] = value;
    }
    if (state.softQuotaMb > state.quotaMb) throw new HttpError(400, "invalidValue", "softQuotaMb cannot be above quotaMb");
    return state;
}

function checkUserName(userName, selfId) {
    if (!domainOf(userName)) throw new HttpError(400, "invalidValue", `userName ${userName} is not in a domain of this provider`);
    const other = findByName(userName);
    if (other && other.id !== selfId) throw new HttpError(409, "uniqueness", `userName ${userName} is already in use`);
}

function commit(record, state) {
    const {password, ...rest} = state;
    Object.assign(record, rest);
    if (password !== undefined) record.passwordHash = hash(password);
    if ("password" in state && password === undefined) record.passwordHash = undefined;
}

// If-Match on a change (RFC 7644 3.14, RFC 7232 3.1): strong comparison for strong versions,
// weak comparison where the server gives weak ones only.
function checkPrecondition(req, record) {
    if (settings.etag === "none") return;
    const ifMatch = req.header("If-Match");
    if (!ifMatch) return;
    const tags = ifMatch.split(",").map(s => s.trim());
    if (tags.includes("*")) return;
    const opaque = (tag) => tag.replace(/^W\//, "");
    const matches = settings.etag === "meta"
        ? tags.some(t => !t.startsWith("W/") && t === strongTag(record))
        : tags.some(t => opaque(t) === opaque(weakTag(record)));
    if (!matches) throw new HttpError(412, null, `Resource ${record.id} was changed: its version is now ${etagHeader(record)}`);
}

function userOr404(id) {
    const record = users.get(id);
    if (!record) throw new HttpError(404, null, `Resource ${id} not found`);
    return record;
}

function sendUser(req, res, status, record) {
    const tag = etagHeader(record);
    if (tag) res.setHeader("ETag", tag);
    res.setHeader("Location", `${origin(req)}/Users/${record.id}`);
    if (status === 204) return res.status(204).end();
    sendScim(res, status, project(userOut(record, req), req.query));
}

// ---- discovery ------------------------------------------------------------------------

const attribute = (name, type, extra = {}) => ({
    name, type, multiValued: false, description: extra.description ?? name, required: false, caseExact: false,
    mutability: "readWrite", returned: "default", uniqueness: "none", ...extra,
});

function schemas() {
    const list = [
        {id: UserUrn, name: "User", description: "User Account", attributes: [
            attribute("userName", "string", {required: true, uniqueness: "server", description: "The mailbox address"}),
            attribute("displayName", "string"),
            attribute("active", "boolean"),
            attribute("password", "string", {mutability: "writeOnly", returned: "never"}),
        ]},
        {id: MailboxUrn, name: "Mailbox", description: "What a PEC mailbox adds to a user", attributes: [
            attribute("quotaMb", "integer", {description: "Disk quota in MB"}),
            attribute("usedBytes", "integer", {mutability: "readOnly", description: "Space the mailbox uses, in bytes"}),
            attribute("softQuotaMb", "integer", {description: "Warning threshold in MB; 0: none"}),
            attribute("archiving", "boolean", {description: "Conservazione sostitutiva"}),
            attribute("mustChangePassword", "boolean", {description: "The user must change the password at the next access"}),
        ]},
    ];
    if (settings.domainResource) {
        const readOnly = {mutability: "readOnly"};
        list.push({id: DomainUrn, name: "Domain", description: "A PEC domain and its limits", attributes: [
            attribute("name", "string", {...readOnly, required: true, uniqueness: "server"}),
            attribute("totalSpaceMb", "integer", readOnly),
            attribute("maxMailboxes", "integer", readOnly),
            attribute("maxMailboxQuotaMb", "integer", readOnly),
            attribute("archivingAvailable", "boolean", readOnly),
            attribute("passwordPreset", "string", {...readOnly, canonicalValues: ["poste", "aruba", "custom"]}),
            attribute("mailboxCount", "integer", readOnly),
            attribute("allocatedMb", "integer", readOnly),
            attribute("usedBytes", "integer", readOnly),
        ]});
    }
    return list.map(s => ({schemas: [SchemaUrn], ...s}));
}

function resourceTypes() {
    const list = [{schemas: [ResourceTypeUrn], id: "User", name: "User", endpoint: "/Users", description: "User Account",
                   schema: UserUrn, schemaExtensions: [{schema: MailboxUrn, required: false}]}];
    if (settings.domainResource) {
        list.push({schemas: [ResourceTypeUrn], id: "Domain", name: "Domain", endpoint: "/Domains",
                   description: "A PEC domain", schema: DomainUrn, schemaExtensions: []});
    }
    return list;
}

function listResponse(resources, totalResults = resources.length, startIndex = 1) {
    return {schemas: [ListUrn], totalResults, startIndex, itemsPerPage: resources.length, Resources: resources};
}

// ---- HTTP -----------------------------------------------------------------------------

const app = express();
app.set("etag", false); // versions are the resources' own, not hashes of bodies
app.set("x-powered-by", false);
const json = express.json({type: ["application/json", "application/scim+json", "application/*+json"], strict: false});

// Test controls.
const control = express.Router();
control.use(json);
const requestLog = [];
control.get("/config", (req, res) => res.json({...settings, auth: credentials.type, acceptedRequests}));
control.post("/config", (req, res) => {
    try {
        const {port, seed, ...rest} = req.body ?? {};
        if (port !== undefined || seed !== undefined) throw new Error("port and seed are set at start only");
        applySettings(rest);
    } catch (error) {
        return res.status(400).json({error: error.message});
    }
    res.json({...settings, auth: credentials.type, acceptedRequests});
});
control.post("/credentials", (req, res) => {
    try {
        applyCredentials(req.body ?? {});
    } catch (error) {
        return res.status(400).json({error: error.message});
    }
    res.status(204).end();
});
control.post("/password", (req, res) => {
    applyCredentials({type: "basic", user: credentials.user, password: String(req.body?.password)});
    res.status(204).end();
});
control.get("/check", (req, res) => {
    const record = findByName(String(req.query.userName ?? ""));
    res.json({matches: !!record && record.passwordHash !== undefined && record.passwordHash === hash(req.query.password)});
});
control.post("/usage", (req, res) => {
    const record = findByName(String(req.body?.userName ?? ""));
    if (!record) return res.status(404).json({error: "no such user"});
    record.usedBytes = Number(req.body.usedBytes);
    res.status(204).end();
});
// What another administrator does meanwhile: each changes the user's version.
control.post("/modify", (req, res) => {
    const {userName, ...changes} = req.body ?? {};
    const record = findByName(String(userName ?? ""));
    if (!record) return res.status(404).json({error: "no such user"});
    try {
        const state = writableFrom(changes, {...record, password: undefined});
        if (state.userName !== record.userName) checkUserName(state.userName, record.id);
        if (!("password" in changes)) delete state.password;
        commit(record, state);
    } catch (error) {
        return res.status(400).json({error: error.message});
    }
    touch(record);
    res.json(userOut(record, req));
});
control.post("/add", (req, res) => {
    try {
        const state = writableFrom(req.body ?? {}, {active: true, quotaMb: 0, softQuotaMb: 0, archiving: false,
                                                     mustChangePassword: false, usedBytes: 0});
        checkUserName(state.userName ?? "", undefined);
        const record = insertUser({userName: state.userName, active: state.active, password: state.password,
                                   displayName: state.displayName, extension: state});
        res.status(201).json(userOut(record, req));
    } catch (error) {
        res.status(error.status === 409 ? 409 : 400).json({error: error.message});
    }
});
control.post("/remove", (req, res) => {
    const record = findByName(String(req.body?.userName ?? ""));
    if (!record) return res.status(404).json({error: "no such user"});
    users.delete(record.id);
    res.status(204).end();
});
control.get("/requests", (req, res) => res.json(requestLog));
control.delete("/requests", (req, res) => {
    requestLog.length = 0;
    res.status(204).end();
});
app.use("/control", control);

// SCIM.
const scim = express.Router();

scim.use((req, res, next) => {
    requestLog.push({method: req.method, url: req.originalUrl, ifMatch: req.header("If-Match") ?? null,
                     authorization: (req.header("Authorization") ?? "").split(" ")[0] || null});
    if (requestLog.length > 1000) requestLog.shift();
    const header = req.header("Authorization") ?? "";
    const challenge = credentials.type === "basic" ? 'Basic realm="scim"' : 'Bearer realm="scim"';
    const refuse = (detail) => {
        res.setHeader("WWW-Authenticate", challenge);
        sendError(res, 401, null, detail);
    };
    let valid = false;
    if (credentials.type === "basic" && header.startsWith("Basic ")) {
        const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
        const colon = decoded.indexOf(":");
        valid = colon >= 0 && decoded.slice(0, colon) === credentials.user && decoded.slice(colon + 1) === credentials.password;
    } else if (credentials.type === "bearer" && header.startsWith("Bearer ")) {
        valid = header.slice(7).trim() === credentials.token;
    }
    if (!valid) return refuse(header ? "Wrong credentials" : "Authentication required");
    if (settings.expireAfter > 0 && acceptedRequests >= settings.expireAfter)
        return refuse("The session has expired");
    ++acceptedRequests;
    next();
});
scim.use(json);

// An exception in a handler becomes a SCIM error.
const handle = (fn) => (req, res) => {
    try {
        fn(req, res);
    } catch (error) {
        if (error instanceof HttpError) return sendError(res, error.status, error.scimType, error.message);
        if (error instanceof ScimError) return sendError(res, 400, error.scimCode ?? "invalidSyntax", error.message);
        process.stderr.write(`${error.stack}\n`);
        sendError(res, 500, null, "Internal error");
    }
};

scim.get("/ServiceProviderConfig", handle((req, res) => {
    sendScim(res, 200, {
        schemas: [ConfigUrn],
        documentationUri: "https://example.invalid/scim",
        patch: {supported: true},
        bulk: {supported: false, maxOperations: 0, maxPayloadSize: 0},
        filter: {supported: true, maxResults: settings.maxResults},
        changePassword: {supported: true},
        sort: {supported: settings.sort},
        etag: {supported: settings.etag !== "none"},
        authenticationSchemes: [credentials.type === "basic"
            ? {type: "httpbasic", name: "HTTP Basic", description: "HTTP Basic authentication", primary: true}
            : {type: "oauthbearertoken", name: "OAuth Bearer Token", description: "A bearer token", primary: true}],
        meta: {resourceType: "ServiceProviderConfig", location: `${origin(req)}/ServiceProviderConfig`},
    });
}));

scim.get("/ResourceTypes", handle((req, res) => {
    const list = resourceTypes().map(t => ({...t, meta: {resourceType: "ResourceType", location: `${origin(req)}/ResourceTypes/${t.id}`}}));
    sendScim(res, 200, listResponse(list));
}));
scim.get("/ResourceTypes/:id", handle((req, res) => {
    const type = resourceTypes().find(t => t.id === req.params.id);
    if (!type) throw new HttpError(404, null, `Resource type ${req.params.id} not found`);
    sendScim(res, 200, {...type, meta: {resourceType: "ResourceType", location: `${origin(req)}/ResourceTypes/${type.id}`}});
}));
scim.get("/Schemas", handle((req, res) => {
    const list = schemas().map(s => ({...s, meta: {resourceType: "Schema", location: `${origin(req)}/Schemas/${s.id}`}}));
    sendScim(res, 200, listResponse(list));
}));
scim.get("/Schemas/:id", handle((req, res) => {
    const schema = schemas().find(s => s.id === req.params.id);
    if (!schema) throw new HttpError(404, null, `Schema ${req.params.id} not found`);
    sendScim(res, 200, {...schema, meta: {resourceType: "Schema", location: `${origin(req)}/Schemas/${schema.id}`}});
}));

// A filter (RFC 7644 3.4.2.2) as a predicate; userName compared without case (caseExact false).
function predicate(text) {
    if (text === undefined || text === "") return () => true;
    let ast;
    try {
        ast = parseFilter(String(text));
    } catch (error) {
        throw new HttpError(400, "invalidFilter", `The filter cannot be parsed: ${error.message}`);
    }
    const lower = (node) => {
        if (node.filters) node.filters.forEach(lower);
        if (node.filter) lower(node.filter);
        if (node.valFilter) lower(node.valFilter);
        if (node.attrPath && /(^|:)username$/i.test(node.attrPath) && typeof node.compValue === "string")
            node.compValue = fold(node.compValue);
    };
    lower(ast);
    const test = compileFilter(ast);
    return (item) => test({...item, userName: fold(item.userName)});
}

function compareValues(a, b) {
    if (a === b) return 0;
    if (a === undefined || a === null) return 1; // unassigned last
    if (b === undefined || b === null) return -1;
    if (typeof a === "string" && typeof b === "string") return fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0;
    return a < b ? -1 : a > b ? 1 : 0;
}

function page(req, items) {
    const startIndex = Math.max(1, Number.parseInt(req.query.startIndex ?? "1", 10) || 1);
    let count = req.query.count === undefined ? settings.maxResults : Number.parseInt(req.query.count, 10);
    if (!Number.isFinite(count) || count < 0) count = 0;
    count = Math.min(count, settings.maxResults);
    return {startIndex, slice: items.slice(startIndex - 1, startIndex - 1 + count)};
}

function list(req, res, all) {
    let items = all.filter(predicate(req.query.filter));
    if (settings.sort && req.query.sortBy) {
        const sortBy = String(req.query.sortBy);
        const descending = req.query.sortOrder === "descending";
        items = items.map((item, index) => ({item, index}));
        items.sort((x, y) => {
            const order = compareValues(valueAt(x.item, sortBy), valueAt(y.item, sortBy));
            return order !== 0 ? (descending ? -order : order) : x.index - y.index;
        });
        items = items.map(x => x.item);
    }
    const {startIndex, slice} = page(req, items);
    sendScim(res, 200, listResponse(slice.map(item => project(item, req.query)), items.length, startIndex));
}

scim.get("/Users", handle((req, res) => list(req, res, Array.from(users.values(), r => userOut(r, req)))));
scim.post("/Users/.search", handle((req, res) => {
    req.query = {...req.query, ...Object.fromEntries(Object.entries(req.body ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v)]))};
    list(req, res, Array.from(users.values(), r => userOut(r, req)));
}));

scim.get("/Users/:id", handle((req, res) => {
    const record = userOr404(req.params.id);
    const tag = etagHeader(record);
    const ifNoneMatch = req.header("If-None-Match");
    if (tag && ifNoneMatch && ifNoneMatch.split(",").map(s => s.trim().replace(/^W\//, "")).includes(tag.replace(/^W\//, ""))) {
        res.setHeader("ETag", tag);
        return res.status(304).end();
    }
    sendUser(req, res, 200, record);
}));

scim.post("/Users", handle((req, res) => {
    const state = writableFrom(req.body, {active: true, quotaMb: 0, softQuotaMb: 0, archiving: false,
                                          mustChangePassword: true, usedBytes: 0});
    if (state.userName === undefined) throw new HttpError(400, "invalidValue", "userName is required");
    checkUserName(state.userName, undefined);
    const record = insertUser({userName: state.userName, active: state.active, password: state.password,
                               displayName: state.displayName, extension: state});
    sendUser(req, res, 201, record);
}));

// PUT replaces every readWrite attribute: those not sent take their defaults; the password
// (write-only) stays unless sent.
scim.put("/Users/:id", handle((req, res) => {
    const record = userOr404(req.params.id);
    checkPrecondition(req, record);
    const state = writableFrom(req.body, {userName: undefined, active: true, displayName: undefined, quotaMb: 0,
                                          softQuotaMb: 0, archiving: false, mustChangePassword: false,
                                          usedBytes: record.usedBytes});
    if (state.userName === undefined) throw new HttpError(400, "invalidValue", "userName is required");
    checkUserName(state.userName, record.id);
    if (state.password === undefined) delete state.password;
    delete state.usedBytes;
    commit(record, state);
    touch(record);
    sendUser(req, res, 200, record);
}));

scim.patch("/Users/:id", handle((req, res) => {
    const record = userOr404(req.params.id);
    checkPrecondition(req, record);
    const body = req.body;
    if (!body || typeof body !== "object") throw new HttpError(400, "invalidSyntax", "The body is not a PatchOp");
    patchBodyValidation(body);
    // The document the operations work on: the user's writable state, password included.
    const document = {
        schemas: [UserUrn, MailboxUrn], userName: record.userName, active: record.active,
        ...(record.displayName !== undefined ? {displayName: record.displayName} : {}),
        [MailboxUrn]: Object.fromEntries(ExtensionFields.map(name => [name, record[name]])),
    };
    // Paths and value keys are matched without case, as RFC 7643 2.1 says of attribute names;
    // the extension's URN alone, as a path or a value key, is spread over its sub-attributes
    // (scim-patch would split it at its last colon).
    const corePath = (bare) => {
        const known = ["userName", "active", "password", "displayName", "id", "meta", "schemas"];
        return known.find(n => fold(n) === fold(bare)) ?? bare;
    };
    const extensionPath = (name) => `${MailboxUrn}:${ExtensionFields.find(n => fold(n) === fold(name)) ?? name}`;
    const normalPath = (path) => {
        const colon = path.lastIndexOf(":");
        if (colon >= 0 && fold(path.slice(0, colon)) === fold(MailboxUrn)) return extensionPath(path.slice(colon + 1));
        if (colon < 0 || fold(path.slice(0, colon)) === fold(UserUrn)) return corePath(path.slice(colon + 1));
        return path;
    };
    const spread = (value) => {
        if (!value || typeof value !== "object" || Array.isArray(value))
            throw new HttpError(400, "invalidValue", `The value for ${MailboxUrn} must be an object`);
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [extensionPath(k), v]));
    };
    const operations = body.Operations.flatMap(op => {
        const out = {...op, op: fold(op.op)};
        if (typeof out.path === "string" && fold(out.path) === fold(MailboxUrn)) {
            if (out.op === "remove")
                return ExtensionFields.filter(n => n !== "usedBytes").map(n => ({op: "remove", path: `${MailboxUrn}:${n}`}));
            return [{op: out.op, value: spread(out.value)}];
        }
        if (typeof out.path === "string") {
            out.path = normalPath(out.path);
            if (out.path === `${MailboxUrn}:usedBytes`) throw new HttpError(400, "mutability", "usedBytes is read-only");
        } else if (out.value && typeof out.value === "object" && !Array.isArray(out.value)) {
            const value = {};
            for (const [k, v] of Object.entries(out.value)) {
                if (fold(k) === fold(MailboxUrn)) Object.assign(value, spread(v));
                else value[normalPath(k)] = v;
            }
            out.value = value;
        }
        return [out];
    });
    const patched = scimPatch(document, operations, {mutateDocument: true, treatMissingAsAdd: true});
    for (const name of Object.keys(patched)) {
        if (name === "id" || name === "meta") throw new HttpError(400, "mutability", `${name} is read-only`);
        if (!["schemas", "userName", "active", "password", "displayName", MailboxUrn].includes(name))
            throw new HttpError(400, "invalidPath", `${name} is not an attribute of this server's users`);
    }
    if (patched.userName === undefined) throw new HttpError(400, "invalidValue", "userName is required");
    const extension = patched[MailboxUrn] ?? {};
    for (const name of ExtensionFields) if (!(name in extension)) extension[name] = null;
    extension.usedBytes = extension.usedBytes === null ? record.usedBytes : extension.usedBytes;
    const state = writableFrom({...patched, [MailboxUrn]: extension,
                                active: "active" in patched ? patched.active : null},
                               {...record, displayName: undefined, password: undefined});
    if (state.userName !== record.userName)
        checkUserName(state.userName, record.id);
    if (!("password" in patched)) delete state.password;
    delete state.usedBytes;
    commit(record, state);
    touch(record);
    sendUser(req, res, settings.patch204 ? 204 : 200, record);
}));

scim.delete("/Users/:id", handle((req, res) => {
    const record = userOr404(req.params.id);
    checkPrecondition(req, record);
    users.delete(record.id);
    res.status(204).end();
}));

// Domains: only when the Domain resource type is offered; they are the provider's, read-only.
const domainsOffered = (req, res, next) => (settings.domainResource ? next() : sendError(res, 404, null, `No resource type at ${req.path}`));
scim.get("/Domains", domainsOffered, handle((req, res) => list(req, res, domains.map(d => domainOut(d, req)))));
scim.get("/Domains/:id", domainsOffered, handle((req, res) => {
    const domain = domains.find(d => d.id === req.params.id);
    if (!domain) throw new HttpError(404, null, `Resource ${req.params.id} not found`);
    sendScim(res, 200, project(domainOut(domain, req), req.query));
}));
scim.all(["/Domains", "/Domains/:id"], domainsOffered, handle(() => {
    throw new HttpError(501, null, "Domains are managed by the provider");
}));

scim.all(["/Users", "/Users/:id"], handle((req) => {
    throw new HttpError(405, null, `${req.method} is not allowed here`);
}));
scim.use(handle((req) => {
    throw new HttpError(404, null, `No endpoint at ${req.path}`);
}));
// A body that is not JSON, and other errors of express's own.
scim.use((error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === "entity.parse.failed") return sendError(res, 400, "invalidSyntax", "The body is not valid JSON");
    sendError(res, error.status ?? 500, null, error.message);
});

app.use(Base, scim);

const server = app.listen(settings.port, "127.0.0.1", () => {
    process.stdout.write(`listening on ${server.address().port}\n`);
});
// Ends when its parent closes standard input, so that a test that dies leaves no server.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
process.on("SIGTERM", () => process.exit(0));
