package org.rpgkiosk.attendance;

/**
 * Someone on a register. {@code memberId} is null for a person added on the spot and not yet
 * saved. Within the roster a name identifies one person, so the same name in two groups is the
 * same member (a lead practitioner attends one group and facilitates another).
 */
public record Person(Integer memberId, String name, String roleCode, boolean partTime, Kind kind) {

    public enum Kind {
        /** On the group's list for the session's date. */
        MEMBER,
        /** Joined the group at this session, added by the facilitator. */
        NEW_MEMBER,
        /** Came to this session only. */
        VISITOR
    }

    /** Names and notes are compared and stored tidied: trimmed, inner runs of spaces made one (null: empty). */
    public static String tidy(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
