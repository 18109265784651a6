-- Clientele schema, version 1.
-- Money columns are integer minor units of the currency in setting('currency').
-- Dates are 'YYYY-MM-DD' text, date-times 'YYYY-MM-DD HH:MM:SS' local time; absent ones are NULL.
-- Free text is NOT NULL DEFAULT '' so that CSV (which cannot tell empty from missing) round-trips.
-- Ids are 64-bit and unique across devices (core/common/ids.h), so copies can later be merged.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE salesperson (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE CHECK (name <> ''),
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE customer (
    id             INTEGER PRIMARY KEY,
    ref            TEXT NOT NULL UNIQUE CHECK (ref <> '' AND ref = trim(ref)),
    kind           TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'company')),
    name           TEXT NOT NULL CHECK (name <> ''),
    company_id     INTEGER REFERENCES customer (id) ON DELETE SET NULL,
    role           TEXT NOT NULL DEFAULT '',
    decision_role  TEXT NOT NULL DEFAULT ''
                   CHECK (decision_role IN ('', 'decision_maker', 'influencer', 'user', 'gatekeeper')),
    phones         TEXT NOT NULL DEFAULT '',
    emails         TEXT NOT NULL DEFAULT '',
    address        TEXT NOT NULL DEFAULT '',
    city           TEXT NOT NULL DEFAULT '',
    region         TEXT NOT NULL DEFAULT '',
    birthday       TEXT,
    birthday_lunar INTEGER NOT NULL DEFAULT 0 CHECK (birthday_lunar IN (0, 1)),
    native_place   TEXT NOT NULL DEFAULT '',
    education      TEXT NOT NULL DEFAULT '',
    occupation     TEXT NOT NULL DEFAULT '',
    family         TEXT NOT NULL DEFAULT '',
    personality    TEXT NOT NULL DEFAULT '',
    hobbies        TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('lead', 'prospect', 'active', 'lost')),
    tier           TEXT NOT NULL DEFAULT '',
    salesperson    TEXT NOT NULL DEFAULT '',
    tags           TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    -- Derived by the repository from phones: each number's digits, space separated (caller lookup).
    phone_digits   TEXT NOT NULL DEFAULT '',
    -- Derived by the repository: the locale's collation key of name, so SQL paging sorts by pinyin.
    name_key       BLOB,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX customer_name ON customer (name);
CREATE INDEX customer_name_key ON customer (name_key, id);
CREATE INDEX customer_company ON customer (company_id) WHERE company_id IS NOT NULL;
CREATE INDEX customer_status ON customer (status);
CREATE INDEX customer_salesperson ON customer (salesperson);
CREATE INDEX customer_city ON customer (city);
CREATE INDEX customer_region ON customer (region);
CREATE INDEX customer_created ON customer (created_at);

-- Substring search (Chinese included) over the customer's own identifying fields. The trigram
-- tokenizer needs three characters; shorter queries scan the customer_name index instead.
CREATE VIRTUAL TABLE customer_fts USING fts5 (
    name, ref, emails, phone_digits,
    content = 'customer', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER customer_fts_insert AFTER INSERT ON customer BEGIN
    INSERT INTO customer_fts (rowid, name, ref, emails, phone_digits)
    VALUES (new.id, new.name, new.ref, new.emails, new.phone_digits);
END;
CREATE TRIGGER customer_fts_delete AFTER DELETE ON customer BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, name, ref, emails, phone_digits)
    VALUES ('delete', old.id, old.name, old.ref, old.emails, old.phone_digits);
END;
CREATE TRIGGER customer_fts_update AFTER UPDATE OF name, ref, emails, phone_digits ON customer BEGIN
    INSERT INTO customer_fts (customer_fts, rowid, name, ref, emails, phone_digits)
    VALUES ('delete', old.id, old.name, old.ref, old.emails, old.phone_digits);
    INSERT INTO customer_fts (rowid, name, ref, emails, phone_digits)
    VALUES (new.id, new.name, new.ref, new.emails, new.phone_digits);
END;

-- What a customer aims for and what troubles them.
CREATE TABLE customer_note (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('goal', 'need')),
    text        TEXT NOT NULL CHECK (text <> ''),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX customer_note_customer ON customer_note (customer_id);

CREATE TABLE preference (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    category    TEXT NOT NULL CHECK (category <> ''),
    value       TEXT NOT NULL CHECK (value <> ''),
    sentiment   TEXT NOT NULL DEFAULT 'like' CHECK (sentiment IN ('like', 'dislike', 'neutral')),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (customer_id, category, value)
);

CREATE TABLE competitor_presence (
    id              INTEGER PRIMARY KEY,
    customer_id     INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    competitor      TEXT NOT NULL CHECK (competitor <> ''),
    product         TEXT NOT NULL DEFAULT '',
    estimated_share REAL CHECK (estimated_share IS NULL OR (estimated_share >= 0 AND estimated_share <= 1)),
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (customer_id, competitor, product)
);

CREATE TABLE product (
    id            INTEGER PRIMARY KEY,
    sku           TEXT NOT NULL UNIQUE CHECK (sku <> '' AND sku = trim(sku)),
    name          TEXT NOT NULL CHECK (name <> ''),
    category      TEXT NOT NULL DEFAULT '',
    unit_price    INTEGER NOT NULL DEFAULT 0 CHECK (unit_price >= 0),
    unit_cost     INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    stock         INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
    reorder_level INTEGER NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX product_name ON product (name);
CREATE INDEX product_category ON product (category);

CREATE TABLE campaign (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE CHECK (code <> '' AND code = trim(code)),
    name                 TEXT NOT NULL CHECK (name <> ''),
    channel              TEXT NOT NULL DEFAULT '',
    starts_on            TEXT,
    ends_on              TEXT,
    cost                 INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    response_window_days INTEGER NOT NULL DEFAULT 14 CHECK (response_window_days >= 0),
    notes                TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on)
);

CREATE TABLE campaign_member (
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    customer_id  INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    contacted_at TEXT,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX campaign_member_customer ON campaign_member (customer_id);

-- customer_id is NULL only for orders whose customer was erased (kept, anonymised, for the accounts).
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY,
    number      TEXT NOT NULL UNIQUE CHECK (number <> '' AND number = trim(number)),
    ordered_at  TEXT NOT NULL,
    customer_id INTEGER REFERENCES customer (id) ON DELETE RESTRICT,
    channel     TEXT NOT NULL DEFAULT '',
    location    TEXT NOT NULL DEFAULT '',
    salesperson TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'confirmed'
                CHECK (status IN ('quote', 'confirmed', 'delivered', 'paid', 'cancelled', 'returned')),
    campaign_id INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
    due_date    TEXT,
    paid_amount INTEGER NOT NULL DEFAULT 0 CHECK (paid_amount >= 0),
    paid_at     TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX orders_customer ON orders (customer_id, ordered_at);
CREATE INDEX orders_date ON orders (ordered_at);
CREATE INDEX orders_campaign ON orders (campaign_id) WHERE campaign_id IS NOT NULL;

-- Unit price and cost are those of the day of the sale, not the catalogue's current ones.
CREATE TABLE order_line (
    id         INTEGER PRIMARY KEY,
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    line_no    INTEGER NOT NULL CHECK (line_no >= 1),
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE RESTRICT,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    unit_cost  INTEGER NOT NULL DEFAULT 0 CHECK (unit_cost >= 0),
    discount   INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),
    UNIQUE (order_id, line_no)
);
CREATE INDEX order_line_product ON order_line (product_id);

CREATE TABLE visit (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    occurred_at    TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'visit'
                   CHECK (kind IN ('visit', 'call', 'email', 'message', 'meeting', 'other')),
    contact_id     INTEGER REFERENCES customer (id) ON DELETE SET NULL,
    subject        TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    outcome        TEXT NOT NULL DEFAULT '',
    quoted_product_id INTEGER REFERENCES product (id) ON DELETE SET NULL,
    quoted_price   INTEGER CHECK (quoted_price IS NULL OR quoted_price >= 0),
    follow_up_on   TEXT,
    cost           INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX visit_customer ON visit (customer_id, occurred_at);
CREATE INDEX visit_quoted ON visit (customer_id, quoted_product_id) WHERE quoted_product_id IS NOT NULL;

CREATE TABLE ticket (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    opened_at    TEXT NOT NULL,
    subject      TEXT NOT NULL CHECK (subject <> ''),
    order_id     INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    category     TEXT NOT NULL DEFAULT '',
    severity     TEXT NOT NULL DEFAULT 'normal' CHECK (severity IN ('low', 'normal', 'high', 'critical')),
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'resolved', 'closed')),
    resolution   TEXT NOT NULL DEFAULT '',
    resolved_at  TEXT,
    satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX ticket_customer ON ticket (customer_id);
CREATE INDEX ticket_status ON ticket (status);

-- recurrence: '' (once) or 'every N days|weeks|months|years' (see core/domain/recurrence.h).
CREATE TABLE task (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL CHECK (title <> ''),
    due_on      TEXT NOT NULL,
    customer_id INTEGER REFERENCES customer (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL DEFAULT 'follow_up'
                CHECK (kind IN ('follow_up', 'revisit', 'payment', 'birthday', 'holiday', 'other')),
    recurrence  TEXT NOT NULL DEFAULT '',
    done_at     TEXT,
    visit_id    INTEGER REFERENCES visit (id) ON DELETE SET NULL,
    cost        INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX task_due ON task (done_at, due_on);
CREATE INDEX task_customer ON task (customer_id);

CREATE TABLE expense (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    spent_on    TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    category    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX expense_customer ON expense (customer_id, spent_on);
