-- The catalogue of systems the supplier offers. Column lengths are the API's limits (validated before they get here).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE catalog_item (
    id                      uuid          PRIMARY KEY,
    sku                     varchar(40)   NOT NULL,
    designation             varchar(120)  NOT NULL,
    name                    varchar(200)  NOT NULL,
    category                varchar(32)   NOT NULL,
    manufacturer            varchar(120)  NOT NULL,
    description             varchar(4000),
    lethal                  boolean       NOT NULL,
    major_defense_equipment boolean       NOT NULL,
    ml_code                 varchar(4),
    unit_price              numeric(19,2) NOT NULL CHECK (unit_price >= 0),
    currency                varchar(3)    NOT NULL,
    unit_of_issue           varchar(40)   NOT NULL,
    available_quantity      integer       NOT NULL CHECK (available_quantity >= 0),
    lead_time_days          integer       NOT NULL CHECK (lead_time_days >= 0),
    status                  varchar(16)   NOT NULL,
    version                 bigint        NOT NULL,
    created_by              varchar(100)  NOT NULL,
    created_at              timestamptz   NOT NULL,
    updated_by              varchar(100)  NOT NULL,
    updated_at              timestamptz   NOT NULL,
    -- What free-text search looks at, kept by the database so it can carry a trigram index.
    search_text             text GENERATED ALWAYS AS (lower(sku || ' ' || designation || ' ' || name || ' ' || manufacturer)) STORED
);

CREATE UNIQUE INDEX catalog_item_sku_key ON catalog_item (upper(sku));
-- Listings filter by status and sort by name, price, category or update time, always with id as the tie-breaker.
CREATE INDEX catalog_item_status_name ON catalog_item (status, name, id);
CREATE INDEX catalog_item_status_price ON catalog_item (status, unit_price, id);
CREATE INDEX catalog_item_status_category ON catalog_item (status, category, name, id);
CREATE INDEX catalog_item_status_updated ON catalog_item (status, updated_at, id);
CREATE INDEX catalog_item_search ON catalog_item USING gin (search_text gin_trgm_ops);
