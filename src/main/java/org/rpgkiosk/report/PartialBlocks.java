package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rpgkiosk.report.ReportData.AnswerCount;
import org.rpgkiosk.report.ReportData.Answers;
import org.rpgkiosk.report.ReportData.Statement;

/**
 * The few who answered part of a block, left out of that block's figures (issue 33, finding 3).
 *
 * <p>A statement's figures are exact sums over those who answered it; a block's mean score is an
 * exact sum over those scored (half the block answered, {@link ScaleReport}). Where the two bases
 * differ by 1 to k-1 people, the statement totals less the scores give those people's answers:
 * one respondent with no score who answered one statement, the total of one who skipped one.
 * Withholding the scores there would withhold nearly every block of a real wave (a few skips per
 * statement are usual), so instead, in such a wave and block, the few who make the difference
 * (each answered part of the block) count in neither its statements nor its score, until every
 * statement's answerers and the scored are the same people or differ by k or more. Decided on the
 * whole sample of the wave, so every role row rests on the same answers; a role row whose own bases
 * differ by too few is withheld by the scale table.
 */
final class PartialBlocks {
    private PartialBlocks() {}

    /**
     * @param responses each response with the left-out blocks' answers cleared
     * @param removed   the answers cleared, as counts to take from the statement counts
     * @param leftOut   per wave, per block code, how many respondents were left out
     */
    record Applied(List<Answers> responses, Map<AnswerCount, Long> removed, Map<String, Map<String, Long>> leftOut) {}

    static Applied apply(List<Statement> statements, List<Answers> responses, int k) {
        Map<String, List<Integer>> blocks = new LinkedHashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            blocks.computeIfAbsent(statements.get(i).blockCode(), b -> new ArrayList<>()).add(i);
        }
        Map<String, List<Integer>> byWave = new LinkedHashMap<>();
        for (int r = 0; r < responses.size(); r++) byWave.computeIfAbsent(responses.get(r).waveCode(), w -> new ArrayList<>()).add(r);
        byte[][] points = new byte[responses.size()][];
        Map<AnswerCount, Long> removed = new HashMap<>();
        Map<String, Map<String, Long>> leftOut = new LinkedHashMap<>();
        byWave.forEach((wave, members) -> blocks.forEach((block, items) -> {
            for (int r : leftOut(responses, members, items, k)) {
                Answers a = responses.get(r);
                if (points[r] == null) points[r] = a.points().clone();
                for (int i : items) {
                    if (points[r][i] == Answers.SKIPPED) continue;
                    removed.merge(new AnswerCount(statements.get(i).itemCode(), wave, a.roleCode(), points[r][i], 0), 1L, Long::sum);
                    points[r][i] = Answers.SKIPPED;
                }
                leftOut.computeIfAbsent(wave, w -> new LinkedHashMap<>()).merge(block, 1L, Long::sum);
            }
        }));
        List<Answers> out = new ArrayList<>(responses.size());
        for (int r = 0; r < responses.size(); r++) {
            Answers a = responses.get(r);
            out.add(points[r] == null ? a : new Answers(a.waveCode(), a.roleCode(), points[r]));
        }
        return new Applied(out, removed, leftOut);
    }

    /**
     * Of one wave's responses, those left out of one block: while some statement's answerers and
     * the scored differ by 1 to k-1 people, those people go (each answered part of the block), and
     * the bases are counted again without them. As few as the rule allows; at most every
     * respondent who answered part of the block, after which the bases are the same people.
     */
    private static Set<Integer> leftOut(List<Answers> responses, List<Integer> members, List<Integer> items, int k) {
        Set<Integer> gone = new HashSet<>();
        while (true) {
            List<List<Integer>> gaps = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) gaps.add(new ArrayList<>());
            for (int r : members) {
                if (gone.contains(r)) continue;
                byte[] p = responses.get(r).points();
                int answered = 0;
                for (int i : items) {
                    if (p[i] != Answers.SKIPPED) answered++;
                }
                boolean scored = answered > 0 && 2 * answered >= items.size();
                for (int i = 0; i < items.size(); i++) {
                    if ((p[items.get(i)] != Answers.SKIPPED) != scored) gaps.get(i).add(r);
                }
            }
            int before = gone.size();
            for (List<Integer> gap : gaps) {
                if (!gap.isEmpty() && gap.size() < k) gone.addAll(gap);
            }
            if (gone.size() == before) return gone;
        }
    }

    /** No statement's answerers and scored respondents differ by 1 to k-1 people. */
    static boolean safe(int[] gap, int k) {
        for (int people : gap) {
            if (people > 0 && people < k) return false;
        }
        return true;
    }
}
