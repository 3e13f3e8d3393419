package org.procurement.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void lastLinesOfALongLog() throws Exception {
        Path log = dir.resolve("a.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));
        List<String> tail = LogTail.lastLines(log, 20);
        assertEquals(20, tail.size());
        assertEquals("line 81", tail.get(0));
        assertEquals("line 100", tail.get(19));
    }

    @Test
    void shortMissingAndBinaryLogs() throws Exception {
        Path log = dir.resolve("b.log");
        Files.write(log, new byte[] {'o', 'k', '\n', (byte) 0xff, 'x'});
        assertEquals(List.of("ok", "\uFFFDx"), LogTail.lastLines(log, 20));
        assertEquals(List.of(), LogTail.lastLines(dir.resolve("missing.log"), 20));
    }
}
