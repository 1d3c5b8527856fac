package org.rpgkiosk.scrub;

/**
 * Names that evaluators and facilitators type for things, not people (a group's name, a
 * wave's label), as they may be shown outside the register: through the same {@link Scrubber}
 * as open answers, since "Team Okafor-Smith" or "+3 years (Siân ap Rhys pilot)" names a person
 * as surely as an answer does. One instance per output, so every form of a report or an
 * export shows a thing by the same name, and its tally counts what was replaced.
 *
 * <p>A group is the key of its rows: two groups whose names scrub alike ("Team [name]") must
 * stay apart, so a changed name carries the group's keyed pseudonym, the same in the export
 * and the report. A wave always stands beside its code, which keeps waves apart.
 */
public final class Labels {
    private final Scrubber scrubber;
    private final Pseudonyms pseudonyms;
    private final Scrubber.Tally tally = new Scrubber.Tally();

    public Labels(Scrubber scrubber, Pseudonyms pseudonyms) {
        this.scrubber = scrubber;
        this.pseudonyms = pseudonyms;
    }

    /** A group's name as shown: unchanged, or scrubbed with its pseudonym ("Team [name] (g_...)"). */
    public String group(int groupId, String name) {
        if (name == null) return null;
        String scrubbed = scrubber.scrub(name, tally);
        return scrubbed.equals(name) ? name : scrubbed + " (" + pseudonyms.group(groupId) + ")";
    }

    /** A group's pseudonym alone: how an output names a group it may not name. */
    public String groupPseudonym(int groupId) {
        return pseudonyms.group(groupId);
    }

    /** A wave's label, a group's level or any other short free text, scrubbed. */
    public String text(String text) {
        return text == null ? null : scrubber.scrub(text, tally);
    }

    public Scrubber.Tally tally() {
        return tally;
    }
}
