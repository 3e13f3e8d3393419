package org.procurement.system;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Prints the story the system tests tell, step by step, into the build log. */
final class Story {

    private Story() {
    }

    static void say(String format, Object... args) {
        System.out.println("[story " + LocalTime.now().truncatedTo(ChronoUnit.MILLIS) + "] " + format.formatted(args));
    }
}
