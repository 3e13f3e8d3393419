package org.procurement.outbox;

/** The bearer token this service presents to its peers: its own service account's. */
public interface ServiceCredentials {

    String bearerToken();

    /** Forget a cached token the peer refused, so that the next call fetches a fresh one. */
    void invalidate();
}
