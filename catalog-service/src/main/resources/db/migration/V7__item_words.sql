-- Text search by words (docs/performance.md, "Search at scale"). A search used to test search_text LIKE '%q%' while
-- walking the name index: at a million items a common word skipped 130,000 entries for one page. Here every word
-- of an item's SKU, designation, name and manufacturer is one row, indexed in the order a search answers in:
-- (word, status, field, name, item). A page of "howitzer" is then the first 20 entries of one index range.
--
-- field ranks where the word stands: 1 SKU or designation, 2 name, 3 manufacturer (the best place when a word
-- stands in several). Words are lower-cased and split at white space and ASCII punctuation; the service splits a
-- query the same way (SearchWords). COLLATE "C" orders words by code point, so the words that start with a query
-- word are one index range.
CREATE FUNCTION catalog_item_words(sku text, designation text, name text, manufacturer text)
RETURNS TABLE (word text, field smallint)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT left(w, 200) COLLATE "C", min(f)::smallint
    FROM (SELECT regexp_split_to_table(lower(sku || ' ' || designation), '[\t-\r -/:-@\[-`{-~]+') AS w, 1 AS f
          UNION ALL SELECT regexp_split_to_table(lower(name), '[\t-\r -/:-@\[-`{-~]+'), 2
          UNION ALL SELECT regexp_split_to_table(lower(manufacturer), '[\t-\r -/:-@\[-`{-~]+'), 3) words
    WHERE w <> ''
    GROUP BY 1
$$;

CREATE TABLE catalog_item_word (
    word    varchar(200) COLLATE "C" NOT NULL,
    item_id uuid                     NOT NULL,
    status  varchar(16)              NOT NULL,
    field   smallint                 NOT NULL,
    name    varchar(200)             NOT NULL,
    PRIMARY KEY (item_id, word)
);

INSERT INTO catalog_item_word (word, item_id, status, field, name)
SELECT w.word, i.id, i.status, w.field, i.name
FROM catalog_item i CROSS JOIN LATERAL catalog_item_words(i.sku, i.designation, i.name, i.manufacturer) w;

CREATE INDEX catalog_item_word_search ON catalog_item_word (word, status, field, name, item_id);

-- Kept by statement triggers that read the statement's changed rows at once (transition tables): cloning a
-- million items is one INSERT here, not a million. SECURITY DEFINER: the runtime role only reads the words
-- (R__runtime_privileges.sql), so what a search finds always follows the items.
CREATE FUNCTION catalog_item_words_insert() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO catalog_item_word (word, item_id, status, field, name)
    SELECT w.word, n.id, n.status, w.field, n.name
    FROM new_items n CROSS JOIN LATERAL catalog_item_words(n.sku, n.designation, n.name, n.manufacturer) w;
    RETURN NULL;
END;
$$;

-- Only items whose words, status or name changed are rewritten: a reservation changes quantities, not words.
CREATE FUNCTION catalog_item_words_update() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    DELETE FROM catalog_item_word w
    USING new_items n JOIN old_items o ON o.id = n.id
    WHERE w.item_id = n.id
      AND (n.sku, n.designation, n.name, n.manufacturer, n.status)
          IS DISTINCT FROM (o.sku, o.designation, o.name, o.manufacturer, o.status);
    INSERT INTO catalog_item_word (word, item_id, status, field, name)
    SELECT w.word, n.id, n.status, w.field, n.name
    FROM new_items n JOIN old_items o ON o.id = n.id
    CROSS JOIN LATERAL catalog_item_words(n.sku, n.designation, n.name, n.manufacturer) w
    WHERE (n.sku, n.designation, n.name, n.manufacturer, n.status)
          IS DISTINCT FROM (o.sku, o.designation, o.name, o.manufacturer, o.status);
    RETURN NULL;
END;
$$;

CREATE FUNCTION catalog_item_words_delete() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    DELETE FROM catalog_item_word WHERE item_id IN (SELECT id FROM old_items);
    RETURN NULL;
END;
$$;

CREATE TRIGGER catalog_item_words_insert AFTER INSERT ON catalog_item
    REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_words_insert();
CREATE TRIGGER catalog_item_words_update AFTER UPDATE ON catalog_item
    REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_words_update();
CREATE TRIGGER catalog_item_words_delete AFTER DELETE ON catalog_item
    REFERENCING OLD TABLE AS old_items FOR EACH STATEMENT EXECUTE FUNCTION catalog_item_words_delete();

-- Nothing reads search_text or its indexes any more: the trigram index and the copy of search_text in the name
-- index (V4) go with it, and listings in name order get their narrower index back.
DROP INDEX catalog_item_search;
DROP INDEX catalog_item_status_name;
ALTER TABLE catalog_item DROP COLUMN search_text;
CREATE INDEX catalog_item_status_name ON catalog_item (status, name, id);
