package org.procurement.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A real SMTP server (GreenMail, in the test JVM, on a free loopback port) that the service's mailer sends to.
 * Tests read what it received and can stop and restart it (same port) to play an outage.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    private static volatile GreenMail server;
    private static volatile int port;

    /** A received mail, as the recipient sees it. */
    public record ReceivedMail(List<String> to, String subject, String text, String messageId) {
    }

    @Override
    public Map<String, String> start() {
        port = FreePort.find();
        startServer();
        return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(port), "quarkus.mailer.from", "procurement@test.invalid");
    }

    private static void startServer() {
        GreenMail started = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        started.start();
        server = started;
    }

    /** Every mail received since the server (re)started, oldest first. */
    public static List<ReceivedMail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(MailServer::read).toList();
    }

    /** Mails received for this address. */
    public static List<ReceivedMail> receivedBy(String address) {
        return received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    /** Stops accepting mail (the port closes) until {@link #restart()}. */
    public static void stopServer() {
        server.stop();
    }

    public static void restart() {
        startServer();
    }

    private static ReceivedMail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(address -> ((jakarta.mail.internet.InternetAddress) address).getAddress())
                    .collect(Collectors.toList());
            Object content = message.getContent();
            return new ReceivedMail(to, message.getSubject(), String.valueOf(content).replace("\r\n", "\n"),
                    message.getHeader("Message-ID", null));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A port free now on loopback. */
    static final class FreePort {
        static int find() {
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 0, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
