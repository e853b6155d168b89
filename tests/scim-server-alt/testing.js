// For the server's own tests: server.js as a child process on a free port, started the way
// PEC Admin's C++ tests start it (--port 0, "listening on PORT", ends when stdin closes).
import {spawn} from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

const serverDir = path.dirname(fileURLToPath(import.meta.url));
export const MailboxUrn = "urn:ietf:params:scim:schemas:extension:pecadmin:2.0:Mailbox";
export const PatchUrn = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const UserUrn = "urn:ietf:params:scim:schemas:core:2.0:User";

function checkPackages() {
    for (const name of ["express", "scim-patch", "scim2-parse-filter"]) {
        if (!fs.existsSync(path.join(serverDir, "node_modules", name)))
            throw new Error("The server's packages are missing: run `npm ci --prefix tests/scim-server-alt` from the source folder first.");
    }
}

export async function startServer(args = [], env = {}) {
    checkPackages();
    const password = crypto.randomUUID();
    const child = spawn(process.execPath, ["server.js", "--port", "0", ...args], {
        cwd: serverDir,
        env: {...process.env, SCIM_TEST_USER: "admin", SCIM_TEST_PASSWORD: password, ...env},
        stdio: ["pipe", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", d => { stderr += d; });
    const port = await new Promise((resolve, reject) => {
        let out = "";
        const timer = setTimeout(() => reject(new Error(`no port in time: ${out}${stderr}`)), 20000);
        child.stdout.on("data", d => {
            out += d;
            const line = out.split("\n")[0];
            if (out.includes("\n")) {
                clearTimeout(timer);
                const match = /^listening on (\d+)$/.exec(line.trim());
                match ? resolve(Number(match[1])) : reject(new Error(`unexpected output: ${line}`));
            }
        });
        child.on("exit", (code) => {
            clearTimeout(timer);
            reject(new Error(`server ended with ${code}: ${out}${stderr}`));
        });
    });
    const root = `http://127.0.0.1:${port}`;
    const server = {
        port, root, base: `${root}/scim/v2`, child, password,
        authorization: `Basic ${Buffer.from(`admin:${password}`).toString("base64")}`,
        // A SCIM request; answers {status, headers, body} with the body parsed when it is JSON.
        async request(method, url, {body, headers = {}, authorization} = {}) {
            const answer = await fetch(`${server.base}${url}`, {
                method,
                headers: {
                    ...(authorization === null ? {} : {Authorization: authorization ?? server.authorization}),
                    ...(body !== undefined ? {"Content-Type": "application/scim+json"} : {}),
                    ...headers,
                },
                body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
            });
            const text = await answer.text();
            let parsed;
            try { parsed = text ? JSON.parse(text) : undefined; } catch { parsed = text; }
            return {status: answer.status, headers: answer.headers, body: parsed};
        },
        async control(method, url, body) {
            const answer = await fetch(`${root}/control/${url}`, {
                method, headers: body === undefined ? {} : {"Content-Type": "application/json"},
                body: body === undefined ? undefined : JSON.stringify(body),
            });
            const text = await answer.text();
            return {status: answer.status, body: text ? JSON.parse(text) : undefined};
        },
        async userNamed(userName) {
            const answer = await server.request("GET", `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
            return answer.body.Resources[0];
        },
        async stop() {
            if (child.exitCode !== null) return;
            const ended = new Promise(resolve => child.on("exit", resolve));
            child.stdin.end();
            await ended;
        },
    };
    return server;
}

// The command-line of a server that must refuse to start; answers {code, stderr}.
export async function startFailing(args) {
    checkPackages();
    const child = spawn(process.execPath, ["server.js", "--port", "0", ...args], {cwd: serverDir, stdio: ["pipe", "pipe", "pipe"]});
    let stderr = "";
    child.stderr.on("data", d => { stderr += d; });
    const code = await new Promise(resolve => child.on("exit", resolve));
    return {code, stderr};
}

export const patchOp = (...operations) => ({schemas: [PatchUrn], Operations: operations});

export function newUser(userName, extension = {}) {
    return {schemas: [UserUrn, MailboxUrn], userName, active: true, password: "Segreto1234",
            [MailboxUrn]: {quotaMb: 512, softQuotaMb: 0, archiving: false, mustChangePassword: true, ...extension}};
}
