// An "Element-like activist" Matrix client for Continuum's interop tests.
//
// It runs matrix-js-sdk with the Rust crypto stack (the one Element ships) under Node and is
// driven by JSON lines: one request per line on stdin, one answer per line on stdout.
//
//   request:  {"id": 1, "cmd": "send", "room_id": "!r:hs", "body": "hi"}
//   answer:   {"id": 1, "ok": true, "event_id": "$e"}
//   failure:  {"id": 1, "ok": false, "error": "text", ...extra diagnostics}
//
// On start it prints {"ready": true, ...} once the SDK is loaded. Everything the SDK logs goes
// to stderr, so stdout carries protocol lines only. Nothing here waits by sleeping: every wait
// is on an SDK event (sync, room timeline, decryption) with a deadline.
//
// Command-line options (defaults for `login`, which may override them):
//   --isolation=only_signed|all   device isolation mode (default only_signed, as Element does)
//   --auto-join                   accept room invites as they arrive
//   --verbose                     let the SDK's debug/info logs through to stderr

import { createHash, randomBytes, webcrypto } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { format } from "node:util";

// ---------------------------------------------------------------------------------------------
// Logging. The SDK logs through `console`, and its logger binds the console methods when the
// module is evaluated, so stdout must be rerouted *before* the SDK is imported (hence the
// dynamic imports below).

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit === undefined ? fallback : hit.slice(name.length + 3);
};
const verbose = flag("verbose");

const toStderr = (...args) => process.stderr.write(`${format(...args)}\n`);
const quiet = () => {};
console.log = verbose ? toStderr : quiet;
console.info = verbose ? toStderr : quiet;
console.debug = verbose ? toStderr : quiet;
console.trace = verbose ? toStderr : quiet;
console.warn = toStderr;
console.error = toStderr;

const log = (...args) => process.stderr.write(`[element-client] ${format(...args)}\n`);

const sdk = await import("matrix-js-sdk");
const cryptoApi = await import("matrix-js-sdk/lib/crypto-api/index.js");

const { ClientEvent, RoomEvent, RoomMemberEvent, MatrixEventEvent, EventType, MsgType } = sdk;
const { AllDevicesIsolationMode, OnlySignedDevicesIsolationMode, EventShieldColour, EventShieldReason, CryptoEvent } =
    cryptoApi;
const { DeviceVerification } = sdk;

const MEGOLM = "m.megolm.v1.aes-sha2";

// ---------------------------------------------------------------------------------------------
// Small helpers.

class CommandError extends Error {
    constructor(message, extra = {}) {
        super(message);
        this.extra = extra;
    }
}

function required(args, ...names) {
    for (const name of names) {
        if (args[name] === undefined || args[name] === null || args[name] === "") {
            throw new CommandError(`missing argument: ${name}`);
        }
    }
}

function enumName(enumObject, value) {
    if (value === null || value === undefined) return null;
    const hit = Object.entries(enumObject).find(([, v]) => v === value);
    return hit ? hit[0] : String(value);
}

function isolationMode(name) {
    switch (name ?? "only_signed") {
        case "only_signed":
            return new OnlySignedDevicesIsolationMode();
        case "all":
            return new AllDevicesIsolationMode(false);
        default:
            throw new CommandError(`unknown isolation mode ${JSON.stringify(name)} (only_signed|all)`);
    }
}

/**
 * Resolve when `check()` (sync or async) returns a non-undefined value, re-checking each time
 * one of `triggers` ([emitter, eventName] pairs) fires. Rejects after `timeoutMs`.
 */
function waitUntil(check, triggers, timeoutMs, what) {
    return new Promise((resolve, reject) => {
        let done = false;
        let running = false;
        let again = false;
        const finish = (fn, value) => {
            if (done) return;
            done = true;
            clearTimeout(timer);
            for (const [emitter, name] of triggers) emitter.off(name, poke);
            fn(value);
        };
        const poke = async () => {
            if (done) return;
            if (running) {
                again = true;
                return;
            }
            running = true;
            try {
                do {
                    again = false;
                    const value = await check();
                    if (value !== undefined) return finish(resolve, value);
                } while (again && !done);
            } catch (err) {
                finish(reject, err);
            } finally {
                running = false;
            }
        };
        const timer = setTimeout(
            () => finish(reject, new CommandError(`timed out after ${timeoutMs} ms waiting for ${what}`)),
            timeoutMs,
        );
        for (const [emitter, name] of triggers) emitter.on(name, poke);
        poke();
    });
}

function b64(bytes) {
    return Buffer.from(bytes).toString("base64").replace(/=+$/, "");
}
function b64url(bytes) {
    return Buffer.from(bytes).toString("base64url");
}

// ---------------------------------------------------------------------------------------------
// Client state.

const defaults = {
    isolation: option("isolation", "only_signed"),
    autoJoin: flag("auto-join"),
};

let client = null; // MatrixClient once logged in
let me = null; // { userId, deviceId, password, homeserver }
let settings = { ...defaults };

/** Every timeline event from another user, in arrival order, keyed by event id. */
const records = new Map();
/** Event ids already handed out by wait_message / wait_event. */
const consumed = new Set();
/** Pending waiters: { match(record) -> bool, resolve(record) }. */
let waiters = [];
/** Invites seen, in order: { room_id, inviter, is_direct, joined, error }. */
const invites = [];
const consumedInvites = new Set();
let inviteWaiters = [];

function roomEncrypted(roomId) {
    const room = client.getRoom(roomId);
    return Boolean(room?.currentState.getStateEvents(EventType.RoomEncryption, ""));
}

async function describeRecord(record) {
    const event = record.event;
    const content = event.getContent();
    const relation = content["m.relates_to"] ?? null;
    const out = {
        event_id: event.getId(),
        room_id: event.getRoomId(),
        sender: event.getSender(),
        sender_device: event.getWireContent().device_id ?? null,
        type: event.getType(),
        origin_server_ts: event.getTs(),
        decrypted: event.isEncrypted(),
        content,
        body: content.body ?? null,
        msgtype: content.msgtype ?? null,
        formatted_body: content.formatted_body ?? null,
        format: content.format ?? null,
        relates_to: relation,
        new_content: content["m.new_content"] ?? null,
    };
    if (event.isEncrypted()) {
        const info = await client.getCrypto().getEncryptionInfoForEvent(event);
        out.shield = info
            ? { colour: enumName(EventShieldColour, info.shieldColour), reason: enumName(EventShieldReason, info.shieldReason) }
            : { colour: "RED", reason: "NO_ENCRYPTION_INFO" };
    } else if (roomEncrypted(event.getRoomId())) {
        // Element's rule for a plaintext event in an encrypted room: red "Not encrypted".
        out.shield = { colour: "RED", reason: "SENT_IN_CLEAR" };
    } else {
        out.shield = { colour: "NONE", reason: null };
    }
    return out;
}

function recordState(event) {
    if (event.isBeingDecrypted() || event.shouldAttemptDecryption()) return "pending";
    if (event.isDecryptionFailure()) return "failed";
    return "ready";
}

/** Re-examine a record after its event arrived or its decryption finished. */
async function evaluate(record) {
    const state = recordState(record.event);
    record.state = state;
    record.failure = state === "failed" ? (record.event.decryptionFailureReason ?? "UNKNOWN") : null;
    if (state === "failed") deliverFailures();
    if (state !== "ready") return;
    const generation = ++record.generation;
    const described = await describeRecord(record);
    if (generation !== record.generation) return; // a newer evaluation won
    record.described = described;
    deliver();
}

function deliver() {
    const keep = [];
    for (const waiter of waiters) {
        const hit = findRecord(waiter.match);
        if (hit) {
            consumed.add(hit.described.event_id);
            waiter.resolve(hit);
        } else {
            keep.push(waiter);
        }
    }
    waiters = keep;
}

/** Waiters for undecryptable events: { match(record) -> bool, resolve(record) }. */
let failureWaiters = [];
const consumedFailures = new Set();

function deliverFailures() {
    const keep = [];
    for (const waiter of failureWaiters) {
        const hit = [...records.values()].find(
            (r) => r.state === "failed" && !consumedFailures.has(r) && waiter.match(r),
        );
        if (hit) {
            consumedFailures.add(hit);
            waiter.resolve(hit);
        } else {
            keep.push(waiter);
        }
    }
    failureWaiters = keep;
}

function findRecord(match) {
    for (const record of records.values()) {
        if (record.described && !consumed.has(record.described.event_id) && match(record)) return record;
    }
    return undefined;
}

function onTimeline(event, room, toStartOfTimeline) {
    if (toStartOfTimeline || !room) return;
    const eventId = event.getId();
    if (!eventId || !eventId.startsWith("$") || records.has(eventId)) return;
    if (event.getSender() === me.userId) return;
    const record = { event, state: "pending", failure: null, described: null, generation: 0 };
    records.set(eventId, record);
    evaluate(record).catch((err) => log("evaluate failed:", err));
}

function onDecrypted(event) {
    const record = records.get(event.getId());
    if (record) evaluate(record).catch((err) => log("evaluate failed:", err));
}

function onMembership(event, member) {
    if (member.userId !== me.userId || member.membership !== "invite") return;
    if (invites.some((i) => i.room_id === member.roomId && !i.settled)) return;
    const invite = {
        room_id: member.roomId,
        inviter: event.getSender(),
        is_direct: Boolean(event.getContent().is_direct),
        joined: false,
        error: null,
        settled: !settings.autoJoin,
    };
    invites.push(invite);
    if (settings.autoJoin) {
        joinAndSettle(member.roomId, invite)
            .catch((err) => {
                invite.error = String(err?.message ?? err);
                log("auto-join failed:", invite.error);
            })
            .finally(() => {
                invite.settled = true;
                deliverInvites();
            });
    } else {
        deliverInvites();
    }
}

function deliverInvites() {
    const keep = [];
    for (const waiter of inviteWaiters) {
        const hit = invites.find((i) => i.settled && !consumedInvites.has(i) && waiter.match(i));
        if (hit) {
            consumedInvites.add(hit);
            waiter.resolve(hit);
        } else {
            keep.push(waiter);
        }
    }
    inviteWaiters = keep;
}

async function joinAndSettle(roomId, invite) {
    await client.joinRoom(roomId);
    await roomReady(roomId, 30000);
    if (invite?.is_direct) await markDirect(invite.inviter, roomId);
    if (invite) invite.joined = true;
}

/** Wait until we are joined to `roomId` and, if the room is encrypted, the crypto knows it. */
function roomReady(roomId, timeoutMs) {
    return waitUntil(
        async () => {
            const room = client.getRoom(roomId);
            if (!room || room.getMyMembership() !== "join") return undefined;
            if (roomEncrypted(roomId) && !(await client.getCrypto().isEncryptionEnabledInRoom(roomId))) {
                return undefined;
            }
            return room;
        },
        [
            [client, ClientEvent.Sync],
            [client, ClientEvent.Room],
        ],
        timeoutMs,
        `room ${roomId} to be joined`,
    );
}

async function markDirect(userId, roomId) {
    const current = client.getAccountData(EventType.Direct)?.getContent() ?? {};
    const rooms = new Set(current[userId] ?? []);
    if (rooms.has(roomId)) return;
    rooms.add(roomId);
    await client.setAccountData(EventType.Direct, { ...current, [userId]: [...rooms] });
}

function needClient() {
    if (!client) throw new CommandError("not logged in");
    return client;
}

function undecryptableFrom(roomId, sender) {
    const failures = [];
    let pending = 0;
    for (const record of records.values()) {
        const event = record.event;
        if (event.getRoomId() !== roomId || (sender && event.getSender() !== sender)) continue;
        if (record.state === "failed") failures.push({ event_id: event.getId(), reason: record.failure });
        if (record.state === "pending") pending += 1;
    }
    return { undecryptable: failures.length, undecryptable_events: failures, pending_decryption: pending };
}

// ---------------------------------------------------------------------------------------------
// Commands.

const commands = {
    async login(args) {
        required(args, "homeserver", "user", "password");
        if (client) throw new CommandError("already logged in");
        settings = {
            isolation: args.isolation ?? defaults.isolation,
            autoJoin: args.auto_join ?? defaults.autoJoin,
        };
        const mode = isolationMode(settings.isolation);
        const anonymous = sdk.createClient({ baseUrl: args.homeserver });
        const login = await anonymous.loginRequest({
            type: "m.login.password",
            identifier: { type: "m.id.user", user: args.user },
            password: args.password,
            initial_device_display_name: args.device_name ?? "Element-like test client",
        });
        client = sdk.createClient({
            baseUrl: args.homeserver,
            userId: login.user_id,
            deviceId: login.device_id,
            accessToken: login.access_token,
        });
        me = { userId: login.user_id, deviceId: login.device_id, password: args.password };
        await client.initRustCrypto({ useIndexedDB: false });
        client.getCrypto().setDeviceIsolationMode(mode);

        client.on(RoomEvent.Timeline, onTimeline);
        client.on(MatrixEventEvent.Decrypted, onDecrypted);
        client.on(RoomMemberEvent.Membership, onMembership);

        const prepared = waitUntil(
            () => (["PREPARED", "SYNCING"].includes(client.getSyncState()) ? true : undefined),
            [[client, ClientEvent.Sync]],
            args.timeout_ms ?? 60000,
            "the first sync",
        );
        await client.startClient({ initialSyncLimit: 20, lazyLoadMembers: true });
        await prepared;
        const keys = await client.getCrypto().getOwnDeviceKeys();
        return {
            user_id: me.userId,
            device_id: me.deviceId,
            ed25519: keys.ed25519,
            curve25519: keys.curve25519,
            isolation: settings.isolation,
            auto_join: settings.autoJoin,
            crypto: client.getCrypto().getVersion(),
        };
    },

    async bootstrap_cross_signing(args) {
        const c = needClient();
        const password = args.password ?? me.password;
        const crypto = c.getCrypto();
        let usedPassword = false;
        await crypto.bootstrapCrossSigning({
            setupNewCrossSigning: Boolean(args.reset),
            authUploadDeviceSigningKeys: async (makeRequest) => {
                try {
                    // Synapse lets the very first upload through without UIA (MSC3967).
                    return await makeRequest(null);
                } catch (err) {
                    if (err?.httpStatus !== 401 || !err?.data?.flows) throw err;
                    usedPassword = true;
                    return await makeRequest({
                        type: "m.login.password",
                        identifier: { type: "m.id.user", user: me.userId },
                        password,
                        session: err.data.session,
                    });
                }
            },
        });
        // The signature on our device is only "seen" once our own device list is re-queried
        // (the server flags our user as changed in the next sync). Wait for that, so the answer
        // describes what other clients will see.
        const status = await waitUntil(
            async () => {
                const s = await crypto.getDeviceVerificationStatus(me.userId, me.deviceId);
                return s?.signedByOwner ? s : undefined;
            },
            [
                [c, CryptoEvent.DevicesUpdated],
                [c, CryptoEvent.UserTrustStatusChanged],
                [c, ClientEvent.Sync],
            ],
            args.timeout_ms ?? 30000,
            "our device to be signed by our self-signing key",
        );
        return {
            ready: await crypto.isCrossSigningReady(),
            master_key: await crypto.getCrossSigningKeyId(),
            device_signed_by_owner: Boolean(status?.signedByOwner),
            device_cross_signing_verified: Boolean(status?.crossSigningVerified),
            used_password: usedPassword,
        };
    },

    async whoami() {
        const c = needClient();
        const crypto = c.getCrypto();
        const status = await crypto.getDeviceVerificationStatus(me.userId, me.deviceId);
        const keys = await crypto.getOwnDeviceKeys();
        return {
            user_id: me.userId,
            device_id: me.deviceId,
            ed25519: keys.ed25519,
            curve25519: keys.curve25519,
            cross_signing_ready: await crypto.isCrossSigningReady(),
            device_signed_by_owner: Boolean(status?.signedByOwner),
            isolation: settings.isolation,
        };
    },

    async set_isolation(args) {
        required(args, "mode");
        needClient().getCrypto().setDeviceIsolationMode(isolationMode(args.mode));
        settings.isolation = args.mode;
        return { isolation: settings.isolation };
    },

    async create_dm(args) {
        required(args, "user_id");
        const c = needClient();
        const encrypted = args.encrypted ?? true;
        const { room_id: roomId } = await c.createRoom({
            is_direct: true,
            preset: "trusted_private_chat",
            invite: [args.user_id],
            initial_state: encrypted
                ? [{ type: EventType.RoomEncryption, state_key: "", content: { algorithm: MEGOLM } }]
                : [],
        });
        await roomReady(roomId, args.timeout_ms ?? 30000);
        await markDirect(args.user_id, roomId);
        return { room_id: roomId, encrypted };
    },

    async create_room(args) {
        // A plain (non-DM) private room, for tests that put several clients in one room.
        const c = needClient();
        const encrypted = args.encrypted ?? true;
        const { room_id: roomId } = await c.createRoom({
            preset: "private_chat",
            name: args.name,
            invite: args.invite ?? [],
            initial_state: encrypted
                ? [{ type: EventType.RoomEncryption, state_key: "", content: { algorithm: MEGOLM } }]
                : [],
        });
        await roomReady(roomId, args.timeout_ms ?? 30000);
        return { room_id: roomId, encrypted };
    },

    async invite(args) {
        required(args, "room_id", "user_id");
        await needClient().invite(args.room_id, args.user_id);
        return {};
    },

    async join(args) {
        required(args, "room_id");
        const c = needClient();
        const invite = invites.find((i) => i.room_id === args.room_id);
        await c.joinRoom(args.room_id);
        await roomReady(args.room_id, args.timeout_ms ?? 30000);
        if (invite?.is_direct) await markDirect(invite.inviter, args.room_id);
        return { room_id: args.room_id, encrypted: roomEncrypted(args.room_id) };
    },

    async wait_invite(args) {
        needClient();
        const match = (i) => !args.inviter || i.inviter === args.inviter;
        const hit = invites.find((i) => i.settled && !consumedInvites.has(i) && match(i));
        let invite = hit;
        if (invite) {
            consumedInvites.add(invite);
        } else {
            invite = await new Promise((resolve, reject) => {
                const waiter = { match, resolve };
                inviteWaiters.push(waiter);
                setTimeout(() => {
                    if (!inviteWaiters.includes(waiter)) return;
                    inviteWaiters = inviteWaiters.filter((w) => w !== waiter);
                    reject(new CommandError(`no invite within ${args.timeout_ms ?? 30000} ms`));
                }, args.timeout_ms ?? 30000);
            });
        }
        if (invite.error) throw new CommandError(`auto-join of ${invite.room_id} failed: ${invite.error}`);
        return {
            room_id: invite.room_id,
            inviter: invite.inviter,
            is_direct: invite.is_direct,
            joined: invite.joined,
            encrypted: invite.joined ? roomEncrypted(invite.room_id) : null,
        };
    },

    async send(args) {
        required(args, "room_id", "body");
        const content = { msgtype: args.msgtype ?? MsgType.Text, body: args.body };
        if (args.html) {
            content.format = "org.matrix.custom.html";
            content.formatted_body = args.html;
        }
        const c = needClient();
        await roomReady(args.room_id, args.timeout_ms ?? 30000);
        const { event_id: eventId } = await c.sendMessage(args.room_id, content);
        return { event_id: eventId };
    },

    async react(args) {
        required(args, "room_id", "event_id", "key");
        const { event_id: eventId } = await needClient().sendEvent(args.room_id, EventType.Reaction, {
            "m.relates_to": { rel_type: "m.annotation", event_id: args.event_id, key: args.key },
        });
        return { event_id: eventId };
    },

    async edit(args) {
        required(args, "room_id", "event_id", "body");
        const { event_id: eventId } = await needClient().sendMessage(args.room_id, {
            msgtype: MsgType.Text,
            body: `* ${args.body}`,
            "m.new_content": { msgtype: MsgType.Text, body: args.body },
            "m.relates_to": { rel_type: "m.replace", event_id: args.event_id },
        });
        return { event_id: eventId };
    },

    async send_file(args) {
        required(args, "room_id", "path");
        const c = needClient();
        const plain = await readFile(args.path);
        const mimetype = args.mimetype ?? "application/octet-stream";
        const name = args.name ?? basename(args.path);
        const encrypted = roomEncrypted(args.room_id);
        let fileInfo = null;
        let payload = plain;
        if (encrypted) {
            // Encrypted attachment, as Element does it (spec: "Sending encrypted attachments").
            const keyBytes = randomBytes(32);
            const iv = Buffer.concat([randomBytes(8), Buffer.alloc(8)]);
            const key = await webcrypto.subtle.importKey("raw", keyBytes, "AES-CTR", true, ["encrypt", "decrypt"]);
            payload = Buffer.from(
                await webcrypto.subtle.encrypt({ name: "AES-CTR", counter: iv, length: 64 }, key, plain),
            );
            fileInfo = {
                v: "v2",
                key: { kty: "oct", key_ops: ["encrypt", "decrypt"], alg: "A256CTR", k: b64url(keyBytes), ext: true },
                iv: b64(iv),
                hashes: { sha256: b64(createHash("sha256").update(payload).digest()) },
            };
        }
        const upload = await c.uploadContent(payload, {
            type: encrypted ? "application/octet-stream" : mimetype,
            name: encrypted ? undefined : name,
            includeFilename: !encrypted,
        });
        const msgtype = mimetype.startsWith("image/") ? MsgType.Image : MsgType.File;
        const content = { msgtype, body: name, filename: name, info: { mimetype, size: plain.length } };
        if (fileInfo) content.file = { ...fileInfo, url: upload.content_uri };
        else content.url = upload.content_uri;
        const { event_id: eventId } = await c.sendMessage(args.room_id, content);
        return { event_id: eventId, encrypted, url: upload.content_uri };
    },

    async download(args) {
        // Fetch (and, for an encrypted attachment, decrypt and hash-check) a received file.
        required(args, "event_id");
        const record = records.get(args.event_id);
        if (!record?.described) throw new CommandError(`no decrypted event ${args.event_id}`);
        const content = record.described.content;
        const file = content.file ?? null;
        const mxc = file?.url ?? content.url;
        if (!mxc?.startsWith("mxc://")) throw new CommandError("event has no attachment");
        const [serverName, mediaId] = mxc.slice("mxc://".length).split("/");
        const url = `${client.getHomeserverUrl()}/_matrix/client/v1/media/download/${serverName}/${mediaId}`;
        const response = await fetch(url, { headers: { Authorization: `Bearer ${client.getAccessToken()}` } });
        if (!response.ok) throw new CommandError(`download failed: HTTP ${response.status}`);
        let data = Buffer.from(await response.arrayBuffer());
        if (file) {
            const digest = b64(createHash("sha256").update(data).digest());
            if (digest !== file.hashes?.sha256?.replace(/=+$/, "")) throw new CommandError("attachment hash mismatch");
            const keyBytes = Buffer.from(file.key.k, "base64url");
            const key = await webcrypto.subtle.importKey("raw", keyBytes, "AES-CTR", false, ["decrypt"]);
            const iv = Buffer.from(file.iv, "base64");
            data = Buffer.from(await webcrypto.subtle.decrypt({ name: "AES-CTR", counter: iv, length: 64 }, key, data));
        }
        return { encrypted: Boolean(file), size: data.length, data_b64: data.toString("base64") };
    },

    async wait_message(args) {
        return commands.wait_event({ ...args, type: args.type ?? EventType.RoomMessage });
    },

    async wait_event(args) {
        // The next event of `type` (after decryption) from `sender` in `room_id` not handed out
        // before. Edits count as messages; filter on `relates_to` in the caller if needed.
        required(args, "room_id");
        needClient();
        const timeoutMs = args.timeout_ms ?? 30000;
        const match = (record) => {
            const d = record.described;
            if (d.room_id !== args.room_id) return false;
            if (args.sender && d.sender !== args.sender) return false;
            if (args.type && d.type !== args.type) return false;
            if (args.contains && !String(d.body ?? "").includes(args.contains)) return false;
            return true;
        };
        const hit = findRecord(match);
        if (hit) {
            consumed.add(hit.described.event_id);
            return hit.described;
        }
        const record = await new Promise((resolve, reject) => {
            const waiter = { match, resolve };
            waiters.push(waiter);
            setTimeout(() => {
                if (!waiters.includes(waiter)) return;
                waiters = waiters.filter((w) => w !== waiter);
                const seen = undecryptableFrom(args.room_id, args.sender);
                reject(
                    new CommandError(
                        `no ${args.type ?? "event"} from ${args.sender ?? "anyone"} in ${args.room_id}` +
                            `${args.contains ? ` containing ${JSON.stringify(args.contains)}` : ""} within ${timeoutMs} ms` +
                            ` (${seen.undecryptable} undecryptable, ${seen.pending_decryption} still decrypting)`,
                        { timeout: true, ...seen },
                    ),
                );
            }, timeoutMs);
        });
        return record.described;
    },

    async wait_undecryptable(args) {
        // The next event from `sender` that failed to decrypt (and has not been handed out by
        // an earlier wait_undecryptable), with the SDK's failure reason, e.g.
        // UNSIGNED_SENDER_DEVICE when OnlySignedDevices isolation refuses an unsigned sender,
        // or MEGOLM_UNKNOWN_INBOUND_SESSION_ID while a room key is missing. A later key may
        // still decrypt it; `state` tells what it is by the time of the answer.
        required(args, "room_id");
        needClient();
        const timeoutMs = args.timeout_ms ?? 30000;
        const match = (record) =>
            record.event.getRoomId() === args.room_id && (!args.sender || record.event.getSender() === args.sender);
        const describe = (record) => ({
            event_id: record.event.getId(),
            sender: record.event.getSender(),
            sender_device: record.event.getWireContent().device_id ?? null,
            reason: record.failure,
            state: record.state,
        });
        const hit = [...records.values()].find((r) => r.state === "failed" && !consumedFailures.has(r) && match(r));
        if (hit) {
            consumedFailures.add(hit);
            return describe(hit);
        }
        const record = await new Promise((resolve, reject) => {
            const waiter = { match, resolve };
            failureWaiters.push(waiter);
            setTimeout(() => {
                if (!failureWaiters.includes(waiter)) return;
                failureWaiters = failureWaiters.filter((w) => w !== waiter);
                reject(
                    new CommandError(`no undecryptable event from ${args.sender ?? "anyone"} within ${timeoutMs} ms`, {
                        timeout: true,
                    }),
                );
            }, timeoutMs);
        });
        return describe(record);
    },

    async messages(args) {
        required(args, "room_id");
        needClient();
        const out = [];
        for (const record of records.values()) {
            const d = record.described;
            if (d && d.room_id === args.room_id && d.type === EventType.RoomMessage) out.push(d);
        }
        return { messages: out, ...undecryptableFrom(args.room_id, args.sender) };
    },

    async undecryptable(args) {
        required(args, "room_id");
        needClient();
        return undecryptableFrom(args.room_id, args.sender);
    },

    async user_verification(args) {
        required(args, "user_id");
        const crypto = needClient().getCrypto();
        const hasKeys = await crypto.userHasCrossSigningKeys(args.user_id, true);
        const status = await crypto.getUserVerificationStatus(args.user_id);
        return {
            user_id: args.user_id,
            has_cross_signing_keys: hasKeys,
            verified: status.isVerified(),
            cross_signing_verified: status.isCrossSigningVerified(),
            was_cross_signing_verified: status.wasCrossSigningVerified(),
            tofu: status.isTofu(),
            needs_user_approval: status.needsUserApproval,
        };
    },

    async device_info(args) {
        required(args, "user_id");
        const crypto = needClient().getCrypto();
        const map = await crypto.getUserDeviceInfo([args.user_id], true);
        const devices = [];
        for (const device of (map.get(args.user_id) ?? new Map()).values()) {
            const status = await crypto.getDeviceVerificationStatus(args.user_id, device.deviceId);
            devices.push({
                device_id: device.deviceId,
                display_name: device.displayName ?? null,
                ed25519: device.getFingerprint() ?? null,
                curve25519: device.getIdentityKey() ?? null,
                verification: enumName(DeviceVerification, device.verified),
                signed_by_owner: Boolean(status?.signedByOwner),
                cross_signing_verified: Boolean(status?.crossSigningVerified),
                locally_verified: Boolean(status?.localVerified),
                verified: Boolean(status?.isVerified()),
            });
        }
        return { user_id: args.user_id, devices };
    },

    async stop() {
        if (client) client.stopClient();
        return {};
    },
};

// ---------------------------------------------------------------------------------------------
// The JSON-lines loop. Requests run concurrently (a wait_message does not block a send).

function answer(message) {
    process.stdout.write(`${JSON.stringify(message)}\n`);
}

async function handle(line) {
    let request;
    try {
        request = JSON.parse(line);
    } catch {
        answer({ id: null, ok: false, error: `not JSON: ${line.slice(0, 200)}` });
        return;
    }
    const { id = null, cmd, ...args } = request;
    const run = commands[cmd];
    if (!run) {
        answer({ id, ok: false, error: `unknown command ${JSON.stringify(cmd)}` });
        return;
    }
    try {
        const result = await run(args);
        answer({ ...result, id, ok: true });
    } catch (err) {
        const extra = err instanceof CommandError ? err.extra : {};
        const detail = err?.data?.errcode ? ` [${err.data.errcode}]` : "";
        if (!(err instanceof CommandError)) log(`${cmd} failed:`, err);
        answer({ ...extra, id, ok: false, error: `${err?.message ?? String(err)}${detail}` });
    }
    if (cmd === "stop") {
        process.exit(0);
    }
}

// A stray rejection inside the SDK must not kill the client in the middle of a test.
process.on("unhandledRejection", (err) => log("unhandled rejection:", err));

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
    if (line.trim()) handle(line);
});
lines.on("close", () => {
    if (client) client.stopClient();
    process.exit(0);
});

answer({ ready: true, node: process.version, pid: process.pid });
