package org.rpgkiosk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.Item.Kind;

/**
 * Survey responses to two waves, made one at a time so that a million answers never sit in
 * memory. Agreement leans the way the evaluation found: above the 2.5 midpoint on most
 * statements, lower on finding time for case reports and on senior managers, higher for senior
 * managers and lead practitioners, and higher at +3 years on the emotional and system-wide
 * statements. A person's answers within a block share a leaning, so blocks scale as real ones do.
 * Some statements are skipped, some responses abandoned part way.
 */
public final class DemoSurvey implements Iterable<DemoSurvey.DemoResponse> {

    /** {@code invited} is for the evaluation's size of survey; see {@link #invited(DemoWave)}. */
    public record DemoWave(String code, String label, int invited, LocalDate openedOn, LocalDate closedOn, int days) {
        public boolean open() {
            return closedOn == null;
        }
    }

    public static final DemoWave Y1 = new DemoWave("y1", "+1 year", 210, LocalDate.of(2024, 9, 9), LocalDate.of(2024, 10, 14), 35);
    public static final DemoWave Y3 = new DemoWave("y3", "+3 years", 235, LocalDate.of(2026, 9, 7), null, 42);
    public static final List<DemoWave> WAVES = List.of(Y1, Y3);
    /** About the evaluation's 47 and 75 returns, once abandoned and unfinished responses are counted too. */
    public static final int EVALUATION_RESPONSES = 145;

    /** Status is "submitted", "abandoned" or "in_progress" (only in the open wave); role may be null (not given). */
    public record DemoResponse(UUID id, DemoWave wave, String roleCode, String status, LocalDate submittedOn,
                               List<DemoAnswer> answers) {
        public boolean submitted() {
            return status.equals("submitted");
        }
    }

    /** Points 1..4 for a statement, text for an open question; both null when skipped. */
    public record DemoAnswer(Item item, Integer points, String text) {}

    private static final Set<String> LATER_MORE = Set.of("skills_reflect", "skills_emotional_impact",
            "skills_emotional_strain", "rel_senior", "rel_system");

    /** A person's leaning on a block, and the noise of each answer about it (in scale points). */
    private static final double LEANING_SD = 0.45;
    private static final double ITEM_SD = 0.55;

    private final Questionnaire questionnaire;
    private final long seed;
    private final int count;
    private final Map<String, String> blockOf = new HashMap<>();

    public DemoSurvey(Questionnaire questionnaire, long seed, int count) {
        this.questionnaire = questionnaire;
        this.seed = seed;
        this.count = count;
        questionnaire.blocks().forEach(b -> b.items().forEach(i -> blockOf.put(i.code(), b.code())));
    }

    public int count() {
        return count;
    }

    /**
     * Staff invited to a wave: the evaluation's 210 and 235, scaled up with a larger survey so the
     * response rates stay near its 22 % and 32 % instead of passing 100 %.
     */
    public int invited(DemoWave wave) {
        return (int) Math.round(wave.invited() * Math.max(1.0, count / (double) EVALUATION_RESPONSES));
    }

    /** The same sequence every time for the same seed, questionnaire and count. */
    @Override
    public Iterator<DemoResponse> iterator() {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Item> items = questionnaire.allItems();
        List<String> roles = questionnaire.roles().stream().map(Questionnaire.Role::code).toList();
        int firstWave = (int) Math.round(count * 0.39);   // 47 and 75 returns in the evaluation
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public DemoResponse next() {
                if (!hasNext()) throw new NoSuchElementException();
                return response(rnd, made++ < firstWave ? Y1 : Y3, items, roles);
            }
        };
    }

    private DemoResponse response(SplittableRandom rnd, DemoWave wave, List<Item> items, List<String> roles) {
        UUID id = randomUuid(rnd);
        String role = role(rnd, roles);
        double s = rnd.nextDouble();
        String status = s < 0.84 ? "submitted" : wave.open() && s < 0.90 ? "in_progress" : "abandoned";
        int reached = status.equals("submitted") ? items.size() : rnd.nextInt(items.size());
        List<DemoAnswer> answers = new ArrayList<>(reached);
        // How this person feels about a block as a whole, shared by its statements: answers to one
        // block hang together as a real scale's do (demo alpha about 0.7 to 0.85), not as noise.
        Map<String, Double> leaning = new HashMap<>();
        for (Item item : items.subList(0, reached)) {
            double lean = leaning.computeIfAbsent(blockOf.getOrDefault(item.code(), ""), b -> rnd.nextGaussian() * LEANING_SD);
            answers.add(item.kind() == Kind.AGREEMENT ? new DemoAnswer(item, points(rnd, item.code(), wave, role, lean), null)
                    : new DemoAnswer(item, null, rnd.nextDouble() < 0.35 ? OpenAnswers.pick(rnd, item.code()) : null));
        }
        LocalDate submittedOn = status.equals("submitted") ? wave.openedOn().plusDays(rnd.nextInt(wave.days())) : null;
        return new DemoResponse(id, wave, role, status, submittedOn, answers);
    }

    /** A version-4 shaped UUID from the seeded generator, so ids are reproducible too. */
    static UUID randomUuid(SplittableRandom rnd) {
        long high = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long low = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    /** Mostly social workers, as in the department; one in fifty leaves the role question unanswered. */
    private static String role(SplittableRandom rnd, List<String> roles) {
        if (rnd.nextDouble() < 0.02) return null;
        double[] weights = new double[roles.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = roleWeight(roles.get(i));
        return roles.get(Weighted.pick(rnd, weights));
    }

    private static double roleWeight(String role) {
        return switch (role) {
            case "social_worker" -> 38;
            case "senior_social_worker" -> 20;
            case "team_manager" -> 14;
            case "lead_practitioner" -> 11;
            case "senior_manager" -> 7;
            default -> 10;
        };
    }

    private static Integer points(SplittableRandom rnd, String code, DemoWave wave, String role, double lean) {
        if (rnd.nextDouble() < 0.04) return null;
        double mean = baseAgreement(code) + lean + (wave == Y3 && LATER_MORE.contains(code) ? 0.4 : 0)
                + ("senior_manager".equals(role) || "lead_practitioner".equals(role) ? 0.3 : 0)
                - ("senior_social_worker".equals(role) ? 0.1 : 0);
        long p = Math.round(mean + rnd.nextGaussian() * ITEM_SD);
        return (int) Math.max(1, Math.min(4, p));
    }

    private static double baseAgreement(String code) {
        return switch (code) {
            case "efficacy_case_reports" -> 2.1;
            case "rel_senior" -> 2.3;
            case "skills_interventions", "rel_system", "efficacy_workload" -> 2.6;
            case "skills_reflect", "skills_perspectives", "rel_peers" -> 3.1;
            default -> 2.8;
        };
    }
}
