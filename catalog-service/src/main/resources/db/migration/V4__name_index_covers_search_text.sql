-- Text search pages in name order walk this index and test each entry's search_text. With search_text in the
-- index that test needs no visit to the table (an index-only scan): a common word at a million items went from
-- 2.4 s (a random heap read per skipped row) to under 0.2 s. The trigram index still serves rare words.
DROP INDEX catalog_item_status_name;
CREATE INDEX catalog_item_status_name ON catalog_item (status, name, id) INCLUDE (search_text);
