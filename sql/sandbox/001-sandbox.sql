-- The sandbox payment gateway's own database (cong_sandbox): what VNPay keeps of a merchant's
-- payments, the IPN calls it owes the merchant, and the querydr requests it has answered. Applied
-- with `cong-migrate --conf sandbox.conf --sql sql/sandbox`; nothing here is the portal's.

-- A payment as the gateway knows it: made when a signed payment URL is opened, decided once by
-- the payer (paid, cancelled, or expired when decided too late).
CREATE TABLE sbx_transactions (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  token           CHAR(43)        NOT NULL,               -- the payment page's path segment
  tmn_code        VARCHAR(16)     NOT NULL,               -- vnp_TmnCode
  txn_ref         VARCHAR(100)    NOT NULL,               -- vnp_TxnRef, the merchant's order
  amount          BIGINT UNSIGNED NOT NULL,               -- vnp_Amount: VND × 100
  order_info      VARCHAR(255)    NOT NULL,
  order_type      VARCHAR(100)    NOT NULL,
  locale          VARCHAR(5)      NOT NULL,
  create_date     CHAR(14)        NOT NULL,               -- vnp_CreateDate, yyyyMMddHHmmss GMT+7
  expire_date     CHAR(14)        NOT NULL,               -- vnp_ExpireDate
  expires_at      BIGINT          NOT NULL,               -- the same, as Unix time
  return_url      VARCHAR(1000)   NOT NULL,
  ip_addr         VARCHAR(45)     NOT NULL,               -- vnp_IpAddr, as the merchant sent it
  state           ENUM('pending','paid','cancelled','expired') NOT NULL DEFAULT 'pending',
  response_code   CHAR(2)         NULL,                   -- vnp_ResponseCode once decided
  transaction_no  BIGINT UNSIGNED NULL,                   -- vnp_TransactionNo of a payment
  bank_code       VARCHAR(20)     NOT NULL DEFAULT '',
  bank_tran_no    VARCHAR(40)     NULL,
  card_type       VARCHAR(10)     NULL,
  pay_date        CHAR(14)        NULL,
  fault           ENUM('none','delay','duplicate','lost','early','badsig','amount','stale')
                                  NOT NULL DEFAULT 'none',
  created_at      TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP,
  decided_at      TIMESTAMP       NULL,
  UNIQUE KEY sbx_transactions_token (token),
  UNIQUE KEY sbx_transactions_ref (tmn_code, txn_ref),
  UNIQUE KEY sbx_transactions_no (transaction_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The IPN calls owed to merchants: one row per call (a `duplicate` payment has ten), the query
-- string signed when the payment was decided, retried with a growing delay until the merchant
-- answers RspCode 00 or 02 or the attempts run out. A row that waits for another (the `stale`
-- call after the real one) has after_id set and is held until that one ends.
CREATE TABLE sbx_ipn (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  transaction_id  BIGINT UNSIGNED NOT NULL,
  url             VARCHAR(1000)   NOT NULL,               -- the merchant's IpnURL
  query           TEXT            NOT NULL,               -- signed vnp_* parameters
  after_id        BIGINT UNSIGNED NULL,
  held            TINYINT(1)      NOT NULL DEFAULT 0,     -- waits for after_id to end
  attempts        INT UNSIGNED    NOT NULL DEFAULT 0,
  next_attempt_at TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP,
  done_at         TIMESTAMP       NULL,                   -- the merchant answered 00 or 02
  failed_at       TIMESTAMP       NULL,                   -- given up after MaxAttempts
  rsp_code        VARCHAR(10)     NULL,                   -- the merchant's last RspCode
  created_at      TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP,
  KEY sbx_ipn_due (done_at, failed_at, held, next_attempt_at),
  KEY sbx_ipn_after (after_id),
  CONSTRAINT sbx_ipn_txn FOREIGN KEY (transaction_id) REFERENCES sbx_transactions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every attempt of an IPN call and what the merchant answered, byte for byte.
CREATE TABLE sbx_ipn_attempts (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  ipn_id          BIGINT UNSIGNED NOT NULL,
  attempt         INT UNSIGNED    NOT NULL,
  sent_at         TIMESTAMP(3)    NOT NULL,
  answered_at     TIMESTAMP(3)    NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  http_status     SMALLINT UNSIGNED NULL,                 -- NULL: no HTTP answer at all
  answer          MEDIUMBLOB      NULL,
  rsp_code        VARCHAR(10)     NULL,                   -- RspCode of a JSON answer
  error           VARCHAR(500)    NOT NULL DEFAULT '',
  KEY sbx_ipn_attempts_ipn (ipn_id, attempt),
  CONSTRAINT sbx_ipn_attempts_ipn FOREIGN KEY (ipn_id) REFERENCES sbx_ipn (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- querydr requests answered, so that a vnp_RequestId used twice in a day by a merchant gets 94.
CREATE TABLE sbx_querydr (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  tmn_code        VARCHAR(16)     NOT NULL,
  request_id      VARCHAR(32)     NOT NULL,
  request_day     DATE            NOT NULL,               -- Vietnam's date (GMT+7)
  txn_ref         VARCHAR(100)    NOT NULL,
  response_code   CHAR(2)         NULL,
  created_at      TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY sbx_querydr_request (tmn_code, request_day, request_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
