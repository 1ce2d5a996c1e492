-- Online payment (issue 5): dossier fees, electricity bills, traffic fines; the orders sent to a
-- payment gateway and every message exchanged with it, as sent and received.

-- Electricity bills, filled by the power companies' billing systems (one row a customer a month).
CREATE TABLE bills (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  biller_code      VARCHAR(20)  NOT NULL,                -- EVNHANOI, EVNHCMC...
  biller_name      VARCHAR(255) NOT NULL,
  customer_code    VARCHAR(20)  NOT NULL,                -- mã khách hàng: PD01000012345
  customer_name    VARCHAR(255) NOT NULL,
  address          VARCHAR(500) NOT NULL DEFAULT '',
  period           CHAR(7)      NOT NULL,                -- the month billed: 2026-10
  kwh              INT UNSIGNED NOT NULL DEFAULT 0,
  amount           BIGINT UNSIGNED NOT NULL,             -- đồng, tax included
  due_on           DATE         NOT NULL,
  settled_order_id BIGINT UNSIGNED NULL,                 -- the payment that paid it
  settled_at       TIMESTAMP    NULL,
  UNIQUE KEY bills_period (biller_code, customer_code, period),
  KEY bills_customer (customer_code, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Traffic fines, filled by the police's violation system: one row a penalty decision.
CREATE TABLE fines (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_no        VARCHAR(40)  NOT NULL,                -- số biên bản vi phạm
  decision_no      VARCHAR(40)  NOT NULL DEFAULT '',     -- số quyết định xử phạt
  plate            VARCHAR(20)  NOT NULL,                -- as written: 30A-123.45
  plate_key        VARCHAR(20)  NOT NULL,                -- letters and digits only: 30A12345
  violator_name    VARCHAR(255) NOT NULL,
  violation        VARCHAR(1000) NOT NULL,
  place            VARCHAR(500) NOT NULL DEFAULT '',
  violated_at      DATETIME     NOT NULL,
  agency_id        INT UNSIGNED NOT NULL,                -- the agency that decided it, paid to
  amount           BIGINT UNSIGNED NOT NULL,
  settled_order_id BIGINT UNSIGNED NULL,
  settled_at       TIMESTAMP    NULL,
  UNIQUE KEY fines_record (record_no),
  KEY fines_plate (plate_key),
  CONSTRAINT fines_agency_fk FOREIGN KEY (agency_id) REFERENCES agencies (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A dossier's fee is fixed when it is submitted (the online channel's fee then) and paid once.
ALTER TABLE dossiers
  ADD COLUMN fee_amount BIGINT UNSIGNED NOT NULL DEFAULT 0 AFTER rated_at,
  ADD COLUMN fee_order_id BIGINT UNSIGNED NULL AFTER fee_amount,
  ADD COLUMN fee_paid_at TIMESTAMP NULL AFTER fee_order_id;
UPDATE dossiers d JOIN procedure_channels c ON c.procedure_id = d.procedure_id AND c.channel = 'online'
  SET d.fee_amount = c.fee_amount WHERE d.status <> 'draft';

-- A payment order: one attempt to pay one thing, known to the gateway by its txn_ref.
--   created → pending (the payer was sent to the gateway) → paid | failed | expired; paid → refunded
-- A thing has at most one open (created or pending) order: open_key is unique, so two tabs or two
-- people cannot start two payments of one bill at once. A thing is credited once: by the order
-- whose id its settled_order_id / fee_order_id holds; a second order paid for it (the bank took
-- the money after the first had settled) is kept as paid with refund_due = 1.
CREATE TABLE payment_orders (
  id             BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  txn_ref        VARCHAR(40)  NOT NULL,                  -- vnp_TxnRef: DVC2611230000000017
  provider       VARCHAR(20)  NOT NULL,                  -- vnpay
  kind           ENUM('dossier','bill','fine') NOT NULL,
  dossier_id     BIGINT UNSIGNED NULL,
  bill_id        BIGINT UNSIGNED NULL,
  fine_id        BIGINT UNSIGNED NULL,
  agency_id      INT UNSIGNED NULL,                      -- the agency paid (fees, fines); NULL: a biller
  user_id        BIGINT UNSIGNED NOT NULL,               -- the payer
  payer_name     VARCHAR(200) NOT NULL,
  description    VARCHAR(255) NOT NULL,                  -- what for, as the receipt says it
  order_info     VARCHAR(255) NOT NULL,                  -- vnp_OrderInfo: the same, without marks
  amount         BIGINT UNSIGNED NOT NULL,               -- đồng
  state          ENUM('created','pending','paid','failed','expired','refunded') NOT NULL DEFAULT 'created',
  open_key       VARCHAR(40) AS (IF(state IN ('created','pending'),
                   CONCAT(kind, ':', COALESCE(dossier_id, bill_id, fine_id)), NULL)) STORED,
  create_date    CHAR(14)     NOT NULL,                  -- vnp_CreateDate as sent (GMT+7)
  expires_at     TIMESTAMP    NOT NULL DEFAULT '2000-01-01 00:00:00',
  response_code  VARCHAR(4)   NULL,                      -- the gateway's last word
  gateway_txn_no VARCHAR(32)  NULL,                      -- vnp_TransactionNo
  bank_code      VARCHAR(20)  NULL,
  card_type      VARCHAR(20)  NULL,
  pay_date       CHAR(14)     NULL,                      -- vnp_PayDate
  settled_at     TIMESTAMP    NULL,                      -- when the portal learnt the outcome
  settled_by     ENUM('ipn','querydr') NULL,
  refund_due     TINYINT(1)   NOT NULL DEFAULT 0,
  ip             VARCHAR(45)  NOT NULL DEFAULT '',
  created_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at     TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  UNIQUE KEY payment_orders_ref (txn_ref),
  UNIQUE KEY payment_orders_open (open_key),
  KEY payment_orders_user (user_id, created_at),
  KEY payment_orders_state (state, created_at),
  KEY payment_orders_agency (agency_id, state, settled_at),
  CONSTRAINT payment_orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT payment_orders_dossier_fk FOREIGN KEY (dossier_id) REFERENCES dossiers (id),
  CONSTRAINT payment_orders_bill_fk FOREIGN KEY (bill_id) REFERENCES bills (id),
  CONSTRAINT payment_orders_fine_fk FOREIGN KEY (fine_id) REFERENCES fines (id),
  CONSTRAINT payment_orders_one_thing CHECK ((dossier_id IS NOT NULL) + (bill_id IS NOT NULL)
    + (fine_id IS NOT NULL) = 1)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every message to and from the gateway, kept as it was sent or received (a forged callback too,
-- with order_id NULL when its reference matched nothing). The merchant key is never in them.
CREATE TABLE payment_messages (
  id           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  order_id     BIGINT UNSIGNED NULL,
  txn_ref      VARCHAR(100) NOT NULL DEFAULT '',
  direction    ENUM('out','in') NOT NULL,
  kind         ENUM('pay_url','return','ipn','querydr','querydr_answer') NOT NULL,
  body         MEDIUMTEXT   NOT NULL,
  verdict      VARCHAR(60)  NOT NULL DEFAULT '',         -- our answer: RspCode 00, 97...
  remote_addr  VARCHAR(45)  NOT NULL DEFAULT '',
  at           TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  KEY payment_messages_order (order_id, id),
  KEY payment_messages_ref (txn_ref)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
