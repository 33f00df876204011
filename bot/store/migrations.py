"""Numbered schema upgrades. Append only: never edit a migration that has shipped.

Columns whose names end in `_sealed` hold AES-GCM blobs from `bot.platform.sealing` — never plaintext.
"""

MIGRATIONS: list[str] = [
    # 1: the Matrix edge — sync position, processed events, rooms, undecryptable events, outbox.
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE processed_events (
        event_id TEXT PRIMARY KEY,
        room_id TEXT NOT NULL,
        processed_at REAL NOT NULL
    );
    CREATE INDEX processed_events_by_time ON processed_events (processed_at);
    CREATE TABLE rooms (
        room_id TEXT PRIMARY KEY,
        encrypted INTEGER NOT NULL DEFAULT 0,
        joined_at REAL,
        left_at REAL
    );
    CREATE TABLE pending_events (
        event_id TEXT PRIMARY KEY,
        room_id TEXT NOT NULL,
        sender TEXT NOT NULL,
        session_id TEXT NOT NULL,
        event_sealed BLOB NOT NULL,
        received_at REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX pending_events_by_session ON pending_events (session_id);
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        room_id TEXT NOT NULL,
        txn_id TEXT NOT NULL UNIQUE,
        event_type TEXT NOT NULL DEFAULT 'm.room.message',
        content_sealed BLOB NOT NULL,
        not_before REAL NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        sent_at REAL,
        event_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX outbox_unsent ON outbox (sent_at, id);
    CREATE TABLE identities (
        user_id TEXT PRIMARY KEY,
        master_key TEXT NOT NULL,
        first_seen REAL NOT NULL,
        changed_at REAL
    )
    """,
    # 2: people and their conversations. Preferences are not secret; answers and state are sealed.
    """
    CREATE TABLE people (
        user_id TEXT PRIMARY KEY,
        lang TEXT,
        timezone TEXT,
        country TEXT,
        profile_sealed BLOB,
        paused INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL
    );
    CREATE TABLE conversations (
        room_id TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES people (user_id) ON DELETE CASCADE,
        flow TEXT,
        state_sealed BLOB,
        updated_at REAL NOT NULL,
        PRIMARY KEY (room_id, user_id)
    );
    CREATE INDEX conversations_by_user ON conversations (user_id);
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        ref TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL,
        meta_sealed BLOB NOT NULL,
        data_sealed BLOB NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE INDEX attachments_by_user ON attachments (user_id);
    ALTER TABLE outbox ADD COLUMN tag TEXT;
    CREATE INDEX outbox_by_event ON outbox (event_id)
    """,
    # 3: follow-ups — the table is the queue; times are UTC epochs, zones IANA names; text sealed.
    # AUTOINCREMENT so an id a person once saw ("!followup 42") is never reused for another row.
    """
    CREATE TABLE followups (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT NOT NULL,
        room_id TEXT NOT NULL,
        flow TEXT,
        text_sealed BLOB NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('flow', 'mentor', 'person')),
        case_id INTEGER,
        timezone TEXT NOT NULL,
        due_at REAL NOT NULL,
        deliver_at REAL NOT NULL,
        status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'offered', 'done', 'cancelled')),
        created_at REAL NOT NULL,
        delivered_at REAL,
        closed_at REAL,
        snoozed_count INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX followups_due ON followups (status, deliver_at);
    CREATE INDEX followups_by_user ON followups (user_id)
    """,
    # 4: mentors' cases — the table is the source of truth for claims, relays and urgent re-pings.
    # The summary the person agreed to share and the mentors' notes are sealed. `user_id` and
    # `room_id` become NULL when the person erases their data (the case itself stays for the team).
    # Files wait in `case_files` until they are re-uploaded, encrypted, into the card's thread.
    """
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id TEXT,
        room_id TEXT,
        urgency TEXT NOT NULL CHECK (urgency IN ('normal', 'high', 'urgent')),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'claimed', 'closed')),
        consent TEXT NOT NULL CHECK (consent IN ('full', 'pseudonymous', 'none')),
        summary_sealed BLOB,
        flow TEXT,
        reason TEXT,
        card_txn_id TEXT,
        card_event_id TEXT,
        claimed_by TEXT,
        claimed_at REAL,
        created_at REAL NOT NULL,
        closed_at REAL,
        repinged_at REAL,
        relay INTEGER NOT NULL DEFAULT 1,
        revealed INTEGER NOT NULL DEFAULT 0,
        warned INTEGER NOT NULL DEFAULT 0,
        feedback TEXT CHECK (feedback IN ('asked', 'yes', 'no', 'skipped')),
        handoff TEXT CHECK (handoff IN ('asked', 'approved', 'created', 'declined', 'failed')),
        handoff_mentor TEXT,
        handoff_room TEXT,
        anonymised_at REAL
    );
    CREATE INDEX cases_by_status ON cases (status, urgency, created_at);
    CREATE INDEX cases_by_room ON cases (room_id, status);
    CREATE INDEX cases_by_user ON cases (user_id);
    CREATE INDEX cases_by_card ON cases (card_event_id);
    CREATE INDEX cases_by_handoff_room ON cases (handoff_room);
    CREATE TABLE case_notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        author TEXT NOT NULL,
        text_sealed BLOB NOT NULL,
        created_at REAL NOT NULL
    );
    CREATE INDEX case_notes_by_case ON case_notes (case_id);
    CREATE TABLE case_files (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        ref TEXT NOT NULL,
        created_at REAL NOT NULL,
        delivered_at REAL
    );
    CREATE INDEX case_files_pending ON case_files (delivered_at, id)
    """,
]

LATEST_VERSION = len(MIGRATIONS)
