package org.procurement.catalog.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.procurement.catalog.config.CatalogConfig;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Answers of catalogue reads kept serialised, each with the catalogue version it was read at. An answer is served only
 * while the catalogue is still at that version (every write raises it: {@link CatalogueVersion}), so nothing is ever
 * invalidated one by one and nothing stale is served. Bounded in bytes: when full, answers of older versions are
 * dropped, and if that frees too little the new answer is simply not kept.
 */
@ApplicationScoped
public class CachedAnswers {

    /** A serialised answer: its ETag, its body, and the catalogue version it was read at. */
    public record Answer(long version, String etag, byte[] body) {
    }

    private final ConcurrentHashMap<String, Answer> answers = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final long maxBytes;

    @Inject
    public CachedAnswers(CatalogConfig config) {
        this(config.cache().maxBytes());
    }

    public CachedAnswers(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The answer kept under this key if it was read at {@code version}. */
    public Optional<Answer> at(String key, long version) {
        Answer answer = answers.get(key);
        return answer != null && answer.version() == version ? Optional.of(answer) : Optional.empty();
    }

    /**
     * The answer kept under this key at {@code version}, or the one {@code read} makes, kept for the next caller.
     * {@code version} must have been taken before reading, so the answer is at least as new as the version it is
     * kept under.
     */
    public Answer at(String key, long version, Supplier<Answer> read) {
        return at(key, version).orElseGet(() -> keep(key, read.get()));
    }

    private Answer keep(String key, Answer answer) {
        long size = answer.body().length;
        if (bytes.get() + size > maxBytes) {
            answers.forEach((k, old) -> {
                if (old.version() < answer.version() && answers.remove(k, old)) {
                    bytes.addAndGet(-old.body().length);
                }
            });
            if (bytes.get() + size > maxBytes) {
                return answer;
            }
        }
        Answer replaced = answers.put(key, answer);
        bytes.addAndGet(size - (replaced == null ? 0 : replaced.body().length));
        return answer;
    }
}
