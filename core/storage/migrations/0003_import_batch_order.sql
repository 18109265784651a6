-- Clientele schema, version 3: the orders a sales import created, listed for its undo.
-- A session changeset records every row written and is built in memory and stored as one blob:
-- for a sales file of millions of lines that is hundreds of megabytes. A sales import therefore
-- leaves the orders it creates (and their lines) out of its changeset and lists them here; undo
-- deletes them with their lines. Customers, products and updated orders stay in the changeset.
CREATE TABLE import_batch_order (
    batch_id INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    order_id INTEGER NOT NULL,
    PRIMARY KEY (batch_id, order_id)
) WITHOUT ROWID;
