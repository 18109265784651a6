-- Clientele schema: stock that moves with orders.
-- The stock on hand of a product is product.stock (the figure it was created or imported with)
-- plus the sum of its movements. A sale is a new row here rather than a change of
-- product.stock: two copies of the database that both sell the same product before they meet
-- (core/sync merges field by field, last writer wins) would otherwise keep only one of the two
-- decrements, while inserted rows never collide.
-- quantity: what the movement added to the stock (a sale is negative). reason: 'order' (an
-- order came to hold stock), 'edit' (a held order's lines changed), 'cancel' and 'return' (an
-- order let go of it), 'delete' (a held order was deleted), 'count' (the stock was counted or
-- set by hand, the difference to the figure before). order_id is cleared when the order is
-- deleted; the movement stays, so the product's history still adds up.
CREATE TABLE stock_movement (
    id         INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES product (id) ON DELETE CASCADE,
    order_id   INTEGER REFERENCES orders (id) ON DELETE SET NULL,
    quantity   INTEGER NOT NULL CHECK (quantity <> 0),
    reason     TEXT NOT NULL
               CHECK (reason IN ('order', 'edit', 'cancel', 'return', 'delete', 'count')),
    at         TEXT NOT NULL
);
-- The on-hand sum of one product reads only this index.
CREATE INDEX stock_movement_product ON stock_movement (product_id, quantity);
-- Deleting an order finds its movements without a scan.
CREATE INDEX stock_movement_order ON stock_movement (order_id);
