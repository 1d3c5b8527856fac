package org.rpgkiosk.demo;

import java.util.SplittableRandom;

/**
 * Short, plausible open answers. A few carry a fake e-mail address and a phone number from the
 * ranges set aside for drama (example.org, 07700 900xxx), so the export's scrubbing has
 * something to find.
 */
final class OpenAnswers {
    private OpenAnswers() {}

    private static final String[] HELPFUL = {
        "Hearing how other teams approach similar cases.",
        "Having protected time to think rather than react.",
        "Talking through a difficult case without being judged.",
        "Realising I am not the only one who finds this hard.",
        "The facilitator helped us slow down and look at our own feelings about a family.",
        "Getting to know colleagues from other pods.",
        "It helped me make sense of a case that had been bothering me for weeks.",
    };
    private static final String[] BARRIERS = {
        "Court deadlines and visits always seem to land on the same day.",
        "My caseload is too high to take two hours out.",
        "I work part time and the group falls on my day off.",
        "Duty weeks make it impossible.",
        "Sometimes it feels like one more meeting when I am already behind.",
        "It is hard to switch off from what happened in the morning.",
    };
    private static final String[] IMPROVE = {
        "Hold it at a more regular time so it can go in the diary.",
        "Smaller groups so everyone gets a turn.",
        "Managers protecting the time so we are not called out.",
        "More focus on actual cases and less on general discussion.",
        "A room away from the office.",
        "Nothing, it works well as it is.",
    };
    private static final String[] CONTACT = {
        "Happy to say more about this, email me at someone@example.org",
        "If you want to follow this up call me on 07700 900123",
    };

    /** Every answer the demo gives that holds no identifier, and those that do: for the scrubber's precision test. */
    static java.util.List<String> ordinary() {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(HELPFUL));
        all.addAll(java.util.List.of(BARRIERS));
        all.addAll(java.util.List.of(IMPROVE));
        return all;
    }

    static java.util.List<String> withContacts() {
        return java.util.List.of(CONTACT);
    }

    static String pick(SplittableRandom rnd, String itemCode) {
        if (rnd.nextDouble() < 0.03) return CONTACT[rnd.nextInt(CONTACT.length)];
        String[] texts = itemCode.contains("barrier") ? BARRIERS : itemCode.contains("improve") ? IMPROVE : HELPFUL;
        return texts[rnd.nextInt(texts.length)];
    }
}
