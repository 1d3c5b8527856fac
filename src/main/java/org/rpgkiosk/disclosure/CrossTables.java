package org.rpgkiosk.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two tables over the same people, one by row key (job role) and one by column key (facilitator
 * kind), with their total: which sets of people can a reader work out exactly from them? Each
 * published figure is a sum over a row or a column, so a combination of them weighs each cell
 * (row r, column q) a_r + b_q; a set is worked out exactly where that weight is 1 on its cells and
 * 0 on every other cell that holds anyone. Within a connected piece of the row-column graph the
 * weights are fixed by one of them up to a shift, so every such set is found by trying, node by
 * node, the two weights an edge allows. Pieces that share nobody add up; the tables are safe when
 * no set found, alone or with others, holds 1 to k-1 people (issue 33, finding 4: the row of the
 * roles pooled plus another row, less a column, gave three people).
 */
public final class CrossTables {
    /** Beyond this many combinations a piece is not tried: it counts as unsafe, and more is pooled. */
    private static final int LIMIT = 200_000;

    private CrossTables() {}

    /** @param cells the people in each (row, column) cell; empty cells may be left out */
    public static <P> boolean safe(Map<String, Map<String, Set<P>>> cells, int k) {
        List<Cell<P>> all = new ArrayList<>();
        cells.forEach((row, columns) -> columns.forEach((column, people) -> {
            if (!people.isEmpty()) all.add(new Cell<>(row, column, people));
        }));
        // Pieces: cells joined by a shared row or column (the weights), or by a shared person (the count).
        Map<Object, Object> parent = new HashMap<>();
        for (Cell<P> c : all) {
            union(parent, "r\t" + c.row(), "c\t" + c.column());
            for (P person : c.people()) union(parent, "r\t" + c.row(), List.of(person));
        }
        Map<Object, List<Cell<P>>> pieces = new HashMap<>();
        for (Cell<P> c : all) pieces.computeIfAbsent(find(parent, "r\t" + c.row()), x -> new ArrayList<>()).add(c);
        Set<Integer> totals = new HashSet<>(Set.of(0));     // people in the sets found so far, under k
        for (List<Cell<P>> piece : pieces.values()) {
            Set<Integer> counts = exactSets(piece, k);
            if (counts == null) return false;
            Set<Integer> next = new HashSet<>();
            for (int a : totals) {
                for (int b : counts) {
                    if (a + b < k) next.add(a + b);
                }
            }
            totals = next;
        }
        return totals.stream().allMatch(n -> n == 0);
    }

    private record Cell<P>(String row, String column, Set<P> people) {}

    /** The sizes under k of the sets worked out exactly within one piece (0 among them), or null: too many to try. */
    private static <P> Set<Integer> exactSets(List<Cell<P>> piece, int k) {
        List<String> nodes = new ArrayList<>();
        Map<String, List<Cell<P>>> edges = new HashMap<>();
        for (Cell<P> c : piece) {
            for (String node : List.of("r\t" + c.row(), "c\t" + c.column())) {
                if (!edges.containsKey(node)) nodes.add(node);
                edges.computeIfAbsent(node, x -> new ArrayList<>()).add(c);
            }
        }
        // Order the nodes so each after the first of its linked part touches one before it.
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String start : nodes) {
            if (!seen.add(start)) continue;
            order.add(start);
            for (int i = order.size() - 1; i < order.size(); i++) {
                for (Cell<P> c : edges.get(order.get(i))) {
                    for (String next : List.of("r\t" + c.row(), "c\t" + c.column())) {
                        if (seen.add(next)) order.add(next);
                    }
                }
            }
        }
        Set<Integer> sizes = new HashSet<>();
        int[] tried = {0};
        Map<String, Integer> weight = new HashMap<>();
        if (!assign(order, 0, edges, weight, piece, sizes, k, tried)) return null;
        return sizes;
    }

    private static <P> boolean assign(List<String> order, int at, Map<String, List<Cell<P>>> edges,
                                      Map<String, Integer> weight, List<Cell<P>> piece, Set<Integer> sizes, int k,
                                      int[] tried) {
        if (++tried[0] > LIMIT) return false;
        if (at == order.size()) {
            Set<P> people = new HashSet<>();
            for (Cell<P> c : piece) {
                if (weight.get("r\t" + c.row()) + weight.get("c\t" + c.column()) == 1) people.addAll(c.people());
            }
            if (people.size() < k) sizes.add(people.size());
            return true;
        }
        String node = order.get(at);
        Set<Integer> candidates = new HashSet<>();
        boolean linked = false;
        for (Cell<P> c : edges.get(node)) {
            String other = node.startsWith("r\t") ? "c\t" + c.column() : "r\t" + c.row();
            Integer w = weight.get(other);
            if (w == null) continue;
            Set<Integer> allowed = Set.of(-w, 1 - w);
            if (!linked) candidates.addAll(allowed);
            else candidates.retainAll(allowed);
            linked = true;
        }
        if (!linked) candidates.add(0);     // the first node of a linked part: its shift is free
        for (int w : candidates) {
            weight.put(node, w);
            if (!assign(order, at + 1, edges, weight, piece, sizes, k, tried)) return false;
            weight.remove(node);
        }
        return true;
    }

    private static Object find(Map<Object, Object> parent, Object x) {
        Object p = parent.getOrDefault(x, x);
        if (p.equals(x)) return x;
        Object root = find(parent, p);
        parent.put(x, root);
        return root;
    }

    private static void union(Map<Object, Object> parent, Object a, Object b) {
        Object ra = find(parent, a);
        Object rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(ra, rb);
    }
}
