-- Accounts: people who log in. The platform operator is the first; municipalities come later.

CREATE TABLE app_user (
    id             bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email          text         NOT NULL,
    display_name   text         NOT NULL,
    password_hash  text         NOT NULL,
    enabled        boolean      NOT NULL DEFAULT true,
    created_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_key ON app_user (lower(email));
COMMENT ON TABLE app_user IS 'A person who logs in';
COMMENT ON COLUMN app_user.id IS 'Internal id';
COMMENT ON COLUMN app_user.email IS 'Login e-mail address, unique regardless of case';
COMMENT ON COLUMN app_user.display_name IS 'Name shown in the application';
COMMENT ON COLUMN app_user.password_hash IS 'Password hash with its encoder prefix, e.g. {bcrypt}';
COMMENT ON COLUMN app_user.enabled IS 'False when the account is closed';
COMMENT ON COLUMN app_user.created_at IS 'When the account was created';

CREATE TABLE app_user_role (
    user_id  bigint  NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role     text    NOT NULL CHECK (role IN ('OPERATOR', 'COORDINATOR', 'REPORTER', 'ANALYST', 'MANAGER')),
    PRIMARY KEY (user_id, role)
);
COMMENT ON TABLE app_user_role IS 'Platform-wide roles of a user (OPERATOR); municipal roles come with memberships';
COMMENT ON COLUMN app_user_role.user_id IS 'The user';
COMMENT ON COLUMN app_user_role.role IS 'Role name';
