package org.procurement.outbox;

import java.util.Map;

/**
 * Something people must be told, before it is known who they are: everyone holding a role (and whoever acts for
 * them by delegation), or one person by user name. The relay turns it into one mail per person ({@link
 * NoticeDelivery}); {@code template} names the service's Qute template {@code templates/mail/<template>.txt},
 * rendered with {@code data} and the recipient.
 *
 * @param excludedOrganisation people of this organisation are left out (those who may not act on the matter)
 */
public record Notice(Audience audience, String name, String excludedOrganisation, String template, String subject,
                     Map<String, Object> data) {

    public enum Audience { ROLE, PERSON }

    public Notice {
        data = data == null ? Map.of() : data;
    }

    public static Notice toRole(String role, String excludedOrganisation, String template, String subject,
                                Map<String, Object> data) {
        return new Notice(Audience.ROLE, role, excludedOrganisation, template, subject, data);
    }

    public static Notice toPerson(String username, String template, String subject, Map<String, Object> data) {
        return new Notice(Audience.PERSON, username, null, template, subject, data);
    }
}
