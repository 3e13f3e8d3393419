package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherArgsTest {

    @Test
    void startWithServicesIsTheDefault() {
        LauncherArgs args = LauncherArgs.parse(List.of());
        assertEquals(LauncherArgs.Command.START, args.command());
        assertFalse(args.reset());
        assertTrue(args.withServices());
    }

    @Test
    void optionsInAnyOrder() {
        LauncherArgs args = LauncherArgs.parse(List.of("--no-services", "start", "--reset"));
        assertEquals(LauncherArgs.Command.START, args.command());
        assertTrue(args.reset());
        assertFalse(args.withServices());
    }

    @Test
    void stopAndStatus() {
        assertEquals(LauncherArgs.Command.STOP, LauncherArgs.parse(List.of("stop")).command());
        assertEquals(LauncherArgs.Command.STATUS, LauncherArgs.parse(List.of("status")).command());
    }

    @Test
    void helpWinsOverEverythingElse() {
        assertEquals(LauncherArgs.Command.HELP, LauncherArgs.parse(List.of("stop", "--help")).command());
        assertEquals(LauncherArgs.Command.HELP, LauncherArgs.parse(List.of("-h")).command());
    }

    @Test
    void rejectsUnknownArguments() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LauncherArgs.parse(List.of("--rest")));
        assertEquals("unknown argument: --rest", e.getMessage());
    }

    @Test
    void rejectsTwoCommandsAndResetWithStop() {
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(List.of("start", "stop")));
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(List.of("stop", "--reset")));
    }

    @Test
    void otpTakesOneUser() {
        LauncherArgs args = LauncherArgs.parse(List.of("otp", "daeho"));
        assertEquals(LauncherArgs.Command.OTP, args.command());
        assertEquals("daeho", args.user());
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(List.of("otp")));
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(List.of("otp", "daeho", "jiho")));
        assertThrows(IllegalArgumentException.class, () -> LauncherArgs.parse(List.of("otp", "--reset")));
    }
}
