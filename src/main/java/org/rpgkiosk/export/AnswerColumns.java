package org.rpgkiosk.export;

import java.util.Arrays;

/**
 * The answers of an export held column-wise in primitive arrays, then grouped by response.
 *
 * <p>Why in memory: the answer table is stored in the order answers were given, and the files
 * must not come in that order. Reading it in response-id order walks an index and fetches every
 * row from elsewhere in the file (measured 2.5x H2's own CSVWRITE of the table); reading it
 * as stored and grouping here costs one sequential pass plus a counting sort, at about 15 bytes
 * an answer (a million answers: ~20 MiB, well inside {@code -Xmx128m}). Open answers' text is
 * held too, so the table is read once.
 */
final class AnswerColumns {
    private int size;
    private int[] response = new int[1024];
    private int[] item = new int[1024];
    private short[] points = new short[1024];
    private String[] text = new String[1024];
    private boolean[] draft = new boolean[1024];
    private int[] start;

    /**
     * @param responseIndex the response's place in the output order, 0-based
     * @param pointsOrNull null for a skipped statement or an open question
     */
    void add(int responseIndex, int itemId, Short pointsOrNull, String textOrNull, boolean isDraft) {
        if (size == response.length) grow();
        response[size] = responseIndex;
        item[size] = itemId;
        points[size] = pointsOrNull == null ? 0 : pointsOrNull;
        text[size] = textOrNull;
        draft[size] = isDraft;
        size++;
    }

    private void grow() {
        int capacity = size * 2;
        response = Arrays.copyOf(response, capacity);
        item = Arrays.copyOf(item, capacity);
        points = Arrays.copyOf(points, capacity);
        text = Arrays.copyOf(text, capacity);
        draft = Arrays.copyOf(draft, capacity);
    }

    /** Puts the answers in response order (a counting sort, stable); call once, after the last add. */
    void groupByResponse(int responses) {
        start = new int[responses + 1];
        for (int i = 0; i < size; i++) start[response[i] + 1]++;
        for (int r = 0; r < responses; r++) start[r + 1] += start[r];
        int[] next = Arrays.copyOf(start, responses);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) order[next[response[i]]++] = i;
        response = null;   // no longer needed; let the collector have it before the files are written
        item = permute(item, order);
        points = permute(points, order);
        text = permute(text, order);
        draft = permute(draft, order);
    }

    private static int[] permute(int[] a, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) out[i] = a[order[i]];
        return out;
    }

    private static short[] permute(short[] a, int[] order) {
        short[] out = new short[order.length];
        for (int i = 0; i < order.length; i++) out[i] = a[order[i]];
        return out;
    }

    private static boolean[] permute(boolean[] a, int[] order) {
        boolean[] out = new boolean[order.length];
        for (int i = 0; i < order.length; i++) out[i] = a[order[i]];
        return out;
    }

    private static String[] permute(String[] a, int[] order) {
        String[] out = new String[order.length];
        for (int i = 0; i < order.length; i++) out[i] = a[order[i]];
        return out;
    }

    /** Where the answers of response {@code r} begin, after {@link #groupByResponse}. */
    int from(int r) {
        return start[r];
    }

    /** Where they end (exclusive). */
    int to(int r) {
        return start[r + 1];
    }

    int itemId(int i) {
        return item[i];
    }

    /** Null for a skipped statement or an open question. */
    Short points(int i) {
        return points[i] == 0 ? null : points[i];
    }

    String text(int i) {
        return text[i];
    }

    /** An open answer typed but never finished (V5). */
    boolean draft(int i) {
        return draft[i];
    }
}
