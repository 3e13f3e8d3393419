package org.procurement.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A few resources made on first use and then handed out in turn, for operations whose inputs mostly fail
 * validation anyway: a fresh resource per input would cost more than the input itself.
 */
public final class Pool implements Supplier<String> {

    private final Supplier<String> maker;
    private final int size;
    private final List<String> made = new ArrayList<>();
    private int next;

    private Pool(Supplier<String> maker, int size) {
        this.maker = maker;
        this.size = size;
    }

    public static Pool of(int size, Supplier<String> maker) {
        return new Pool(maker, size);
    }

    @Override
    public synchronized String get() {
        if (made.size() < size) {
            made.add(maker.get());
            return made.get(made.size() - 1);
        }
        return made.get(next++ % size);
    }
}
