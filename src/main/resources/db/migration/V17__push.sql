-- VAPID key pair for Web Push when none is configured (trygghetsnav.push.public-key / private-key):
-- generated at first start and kept here, so browser subscriptions keep working across restarts and
-- every instance of the application signs with the same key.
CREATE TABLE push_vapid_key (
    id           smallint     PRIMARY KEY CHECK (id = 1),
    public_key   text         NOT NULL,
    private_key  text         NOT NULL,
    created_at   timestamptz  NOT NULL DEFAULT now()
);
COMMENT ON TABLE push_vapid_key IS 'The generated VAPID key pair (one row) used when no keys are configured';
COMMENT ON COLUMN push_vapid_key.id IS 'Always 1: there is one key pair';
COMMENT ON COLUMN push_vapid_key.public_key IS 'P-256 public key, uncompressed point, base64url (the applicationServerKey of browsers)';
COMMENT ON COLUMN push_vapid_key.private_key IS 'P-256 private key, 32-byte scalar, base64url';
COMMENT ON COLUMN push_vapid_key.created_at IS 'When the key pair was generated';
