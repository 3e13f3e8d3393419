-- Each outbox message carries the correlation id and W3C trace context of the work that wrote it, sent with the
-- delivery so the receiver's logs and traces join the sender's (null for messages written before this column).
ALTER TABLE outbox_message ADD COLUMN correlation_id varchar(64), ADD COLUMN traceparent varchar(55);
