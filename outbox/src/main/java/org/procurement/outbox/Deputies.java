package org.procurement.outbox;

import java.util.Collection;
import java.util.Set;

/**
 * Who acts for whom right now: a service with delegation provides this bean, so that a notice to a role also
 * reaches the delegates of its holders. Without one, a role's notice reaches its holders only.
 */
public interface Deputies {

    /** User names of those acting now in {@code role} for any of {@code holders}. */
    Set<String> of(String role, Collection<String> holders);
}
