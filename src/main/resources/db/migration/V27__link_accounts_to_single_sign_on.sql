-- Single sign-on: the identity at the organisation's identity provider (OpenID Connect) that signs in as an account,
-- by the provider's issuer and its subject ("sub") for the person. Null until the account is linked, at its first
-- single sign-on; from then on that identity alone finds the account, whatever email address the provider gives.
-- Accounts are never created by single sign-on.
alter table account
    add column sso_issuer  varchar(500),
    add column sso_subject varchar(255),
    add constraint account_sso_issuer_and_subject check ((sso_issuer is null) = (sso_subject is null));

-- One identity signs in as one account at most.
create unique index account_sso_identity_key on account (sso_issuer, sso_subject) where sso_subject is not null;
