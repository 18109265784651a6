-- Clientele schema: when this copy last read a packet of each other device of its family (local
-- date-time, NULL while it never did), for the Sync page.
ALTER TABLE sync_device ADD COLUMN last_seen TEXT;
