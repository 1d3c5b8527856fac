package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ITEM;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.tui.PipedKiosk;

/**
 * What a participant saw is what was kept (issue 15): a kiosk killed with kill -9 a moment after a
 * key must hold every answer whose next screen had already been shown. The kiosk is the real
 * production loop in its own JVM ({@link PipedKiosk}), fed keys through a pipe; it reports each
 * frame as it is flushed to the terminal, so the test knows what was on screen at the kill.
 *
 * <p>Each life answers a few statements, waiting for each next statement to be shown, then gives one
 * more answer and is killed 0-60 ms later: the window in which the reported losses came. The
 * answer before the last is at stake too: the last key follows its frame at once, as a quick
 * participant's would, and may find its commit still running.
 */
class KeyKillIT {
    /** 80 as the issue asks; -Dkiosk.kills=N for a quicker look while developing. */
    static final int KILLS = Integer.getInteger("kiosk.kills", 80);
    static final long SEED = 20261203;
    /** Answers per life before the one the kill aims at; five answers a life, as in the report. */
    static final int WAITED_ANSWERS = 4;
    static final int KILL_WINDOW_MILLIS = 60;
    /**
     * Kiosks killed side by side, each on its own database: a child JVM's start-up is most of a
     * life, and two at once keep the 80 kills within minutes on a 2-core machine.
     */
    static final int LANES = Integer.getInteger("kiosk.lanes", 2);
    /** 17 statements and 3 open questions: the title's "N left" is 19 on the first statement. */
    static final int ITEMS = 20;
    static final int DRAFT_CHARACTERS = 510;
    static final Pattern LEFT = Pattern.compile("^F .*\u00b7 (\\d+) left .*\\|");
    static final Pattern RESPONSE_ID = Pattern.compile("I ([0-9a-f-]{36})");

    @TempDir Path dir;

    /** What the kills of one lane found; lanes are added up at the end. */
    private static final class Tally {
        int kills;
        int given;
        int stored;
        int killsBeforeLastFrame;
        final List<String> lostAfterShown = new ArrayList<>();
        final List<String> lostBeforeShown = new ArrayList<>();

        void add(Tally t) {
            kills += t.kills;
            given += t.given;
            stored += t.stored;
            killsBeforeLastFrame += t.killsBeforeLastFrame;
            lostAfterShown.addAll(t.lostAfterShown);
            lostBeforeShown.addAll(t.lostBeforeShown);
        }
    }

    @Test
    void anAnswerWhoseNextScreenWasShownSurvivesAKillMomentsAfterTheKey() throws Exception {
        long started = System.currentTimeMillis();
        ExecutorService pool = Executors.newFixedThreadPool(LANES);
        List<Future<Tally>> lanes = new ArrayList<>();
        for (int lane = 0; lane < LANES; lane++) {
            Path data = dir.resolve("lane-" + lane);
            int kills = KILLS / LANES + (lane < KILLS % LANES ? 1 : 0);
            Random random = new Random(SEED + lane);
            lanes.add(pool.submit(() -> lane(data, kills, random)));
        }
        Tally all = new Tally();
        try {
            for (Future<Tally> lane : lanes) all.add(lane.get(15, TimeUnit.MINUTES));
        } finally {
            pool.shutdownNow();
        }
        String figures = all.kills + " kills, " + all.given + " answers given, " + all.stored + " stored, "
                + all.lostAfterShown.size() + " lost after the next screen was shown, " + all.lostBeforeShown.size()
                + " lost before it; " + all.killsBeforeLastFrame + " kills before the last answer's next frame; "
                + (System.currentTimeMillis() - started) / 1000 + " s";
        System.out.println("KeyKillIT: " + figures);
        all.lostAfterShown.forEach(l -> System.out.println("  lost after shown: " + l));
        assertEquals(List.of(), all.lostAfterShown, figures);
        // Not vacuous: some kills came before the last frame (where a loss is allowed), some after it.
        assertTrue(all.killsBeforeLastFrame > 0, figures);
        assertTrue(all.killsBeforeLastFrame < all.kills, figures);
    }

    /** One database, one kiosk after another on it, each killed a moment after its last key. */
    private static Tally lane(Path data, int kills, Random random) throws Exception {
        DatabaseUrl url = TestDatabases.H2.fresh(data);
        ScriptedKiosks.prepare(url);
        List<String> codes;
        try (Store store = Store.open(url)) {
            codes = agreementCodes(store);
        }
        Tally tally = new Tally();
        for (int run = 0; run < kills; run++) {
            ScriptedKiosks.Kiosk kiosk = start(url);
            kiosk.awaitReady();
            kiosk.send("enter");
            kiosk.send("c y");
            kiosk.send("c " + (1 + random.nextInt(6)));
            awaitLeft(kiosk, ITEMS - 1);
            int[] points = new int[WAITED_ANSWERS + 1];
            for (int item = 0; item < WAITED_ANSWERS; item++) {
                points[item] = 1 + random.nextInt(4);
                kiosk.send("c " + points[item]);
                awaitLeft(kiosk, ITEMS - 2 - item);
            }
            points[WAITED_ANSWERS] = 1 + random.nextInt(4);
            int delay = random.nextInt(KILL_WINDOW_MILLIS + 1);
            kiosk.send("c " + points[WAITED_ANSWERS]);
            Thread.sleep(delay);
            kiosk.process().destroyForcibly();                  // SIGKILL
            assertTrue(kiosk.process().waitFor(30, TimeUnit.SECONDS));
            kiosk.reader().get(30, TimeUnit.SECONDS);
            tally.kills++;

            List<String> lines = new ArrayList<>(kiosk.lines());
            UUID id = responseId(lines);
            List<Integer> shown = lines.stream().map(LEFT::matcher).filter(Matcher::find)
                    .map(m -> Integer.valueOf(m.group(1))).toList();
            try (Store store = Store.open(url)) {
                for (int item = 0; item <= WAITED_ANSWERS; item++) {
                    boolean nextShown = shown.contains(ITEMS - 2 - item);
                    Short kept = store.dsl().select(ANSWER.POINTS).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                            .where(ANSWER.RESPONSE_ID.eq(id).and(ITEM.CODE.eq(codes.get(item)))).fetchOne(ANSWER.POINTS);
                    tally.given++;
                    String what = data.getFileName() + " run " + run + " (kill " + delay + " ms after the key): statement "
                            + (item + 1) + " answered " + points[item] + ", stored " + kept;
                    if (kept != null) {
                        assertEquals(points[item], kept.intValue(), what);
                        tally.stored++;
                    } else {
                        (nextShown ? tally.lostAfterShown : tally.lostBeforeShown).add(what);
                    }
                    if (item == WAITED_ANSWERS && !nextShown) tally.killsBeforeLastFrame++;
                }
            }
        }
        return tally;
    }

    /**
     * The kiosk with the JVM options run.sh gives it in production (the quick compiler only),
     * less the class-data archive, which needs jars rather than the build's class folders.
     */
    private static ScriptedKiosks.Kiosk start(DatabaseUrl url) throws Exception {
        return ScriptedKiosks.start(PipedKiosk.class, List.of("-Dfile.encoding=UTF-8", "-XX:TieredStopAtLevel=1"),
                "piped-kiosk.err", url.url(), url.user(), url.password());
    }

    /**
     * Issue 15, finding 2: an open answer typed and left for over a second survives a kill, every
     * character of it (the kiosk is to keep a draft after about a second's pause, on its 250 ms
     * tick; until it does, drafts live only in memory and this fails).
     */
    @Test
    void anOpenAnswerLeftForASecondAndAHalfSurvivesAKill() throws Exception {
        DatabaseUrl url = TestDatabases.H2.fresh(dir);
        ScriptedKiosks.prepare(url);
        Random random = new Random(SEED + 1);
        ScriptedKiosks.Kiosk kiosk = start(url);
        kiosk.awaitReady();
        kiosk.send("enter");
        kiosk.send("c y");
        kiosk.send("c 1");
        awaitLeft(kiosk, ITEMS - 1);
        for (int item = 0; item < 17; item++) {
            kiosk.send("c " + (1 + random.nextInt(4)));
            awaitLeft(kiosk, ITEMS - 2 - item);                  // the last one: the first open question
        }
        String typed = words(random, DRAFT_CHARACTERS);
        for (int from = 0; from < typed.length(); from += 100) {
            int to = Math.min(typed.length(), from + 100);
            kiosk.send("t " + typed.substring(from, to));
            String count = "| " + to + " of ";
            awaitLine(kiosk, l -> l.startsWith("F ") && l.contains(count), to + " characters shown");
        }
        Thread.sleep(1_500);                                     // the pause after which a draft is kept
        kiosk.process().destroyForcibly();
        assertTrue(kiosk.process().waitFor(30, TimeUnit.SECONDS));
        kiosk.reader().get(30, TimeUnit.SECONDS);
        UUID id = responseId(new ArrayList<>(kiosk.lines()));
        String stored;
        try (Store store = Store.open(url)) {
            stored = store.dsl().select(ANSWER.ANSWER_TEXT).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                    .where(ANSWER.RESPONSE_ID.eq(id).and(ITEM.KIND.eq("open")))
                    .orderBy(ITEM.POSITION).limit(1).fetchOne(ANSWER.ANSWER_TEXT);   // the first open question
        }
        System.out.println("KeyKillIT: draft of " + typed.length() + " characters typed, "
                + (stored == null ? "nothing" : stored.length() + " characters") + " stored");
        assertEquals(typed, stored);
    }

    /** The statements in the order the kiosk asks them (one questionnaire version here). */
    private static List<String> agreementCodes(Store store) {
        return store.dsl().select(ITEM.CODE).from(ITEM).where(ITEM.KIND.eq("agreement"))
                .orderBy(ITEM.VERSION_ID, ITEM.POSITION).fetch(ITEM.CODE);
    }

    private static UUID responseId(List<String> lines) {
        return lines.stream().map(RESPONSE_ID::matcher).filter(Matcher::matches).map(m -> UUID.fromString(m.group(1)))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no response id: " + lines));
    }

    /** Words of lower-case letters between single spaces, exactly N characters, no space at either end. */
    private static String words(Random random, int n) {
        StringBuilder s = new StringBuilder();
        while (s.length() < n) {
            if (s.length() > 0 && s.length() < n - 1 && s.charAt(s.length() - 1) != ' ' && random.nextInt(6) == 0) {
                s.append(' ');
            } else {
                s.append((char) ('a' + random.nextInt(26)));
            }
        }
        return s.toString();
    }

    private static void awaitLeft(ScriptedKiosks.Kiosk kiosk, int left) throws Exception {
        awaitLine(kiosk, l -> {
            Matcher m = LEFT.matcher(l);
            return m.find() && Integer.parseInt(m.group(1)) == left;
        }, "a frame with " + left + " left");
    }

    private static void awaitLine(ScriptedKiosks.Kiosk kiosk, Predicate<String> wanted, String what) throws Exception {
        long end = System.currentTimeMillis() + 30_000;
        int from = 0;
        while (true) {
            List<String> lines = new ArrayList<>(kiosk.lines());
            for (int i = from; i < lines.size(); i++) {
                if (wanted.test(lines.get(i))) return;
            }
            from = lines.size();
            if (!kiosk.process().isAlive()) throw new AssertionError("kiosk died before " + what + ": " + lines);
            if (System.currentTimeMillis() > end) throw new AssertionError("no " + what + " in 30 s: " + lines);
            Thread.sleep(1);   // the frame is a pipe read away
        }
    }
}
