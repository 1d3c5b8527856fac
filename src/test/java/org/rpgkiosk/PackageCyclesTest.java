package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package of the program leans back on one that leans on it (issue 36: the root package, the
 * store and the command line formed one cycle with every other package through Main and
 * UserError, and bench and the command line another). Read from the compiled classes: every
 * class name a class file refers to (its constant pool holds them as text) is a dependency of its
 * package; then every strongly connected set of more than one package is a cycle, named with its
 * edges.
 */
class PackageCyclesTest {
    /** The compiled program (another build's with -Dcycles.classes=DIR, to see this test fail on one with cycles). */
    private static final Path CLASSES = Path.of(System.getProperty("cycles.classes", "target/classes/org/rpgkiosk"));
    /** "org/rpgkiosk/store/Store" in a class file: the package is what lies before the class's capital. */
    private static final Pattern REFERENCE = Pattern.compile("org/rpgkiosk((?:/[a-z][a-z0-9_]*)*)/[A-Z]");

    @Test
    void noPackageCycle() throws Exception {
        Map<String, Set<String>> uses = dependencies();
        assertTrue(uses.size() >= 15, "the packages were read: " + uses.keySet());
        assertTrue(uses.get("cli").contains("store"), "a dependency the program has is seen: " + uses.get("cli"));
        List<String> cycles = new ArrayList<>();
        for (Set<String> component : stronglyConnected(uses)) {
            if (component.size() < 2) continue;
            StringBuilder s = new StringBuilder(String.join(", ", component) + ":");
            for (String p : component) {
                Set<String> inside = new TreeSet<>(uses.get(p));
                inside.retainAll(component);
                s.append(' ').append(p).append(" -> ").append(inside).append(';');
            }
            cycles.add(s.toString());
        }
        assertEquals(List.of(), cycles);
    }

    /** Each package (by its path under org.rpgkiosk, "root" for the top one) and those it refers to. */
    static Map<String, Set<String>> dependencies() throws Exception {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String from = packageOf(CLASSES.relativize(f.getParent()).toString());
                Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
                while (m.find()) {
                    String p = packageOf(m.group(1).isEmpty() ? "" : m.group(1).substring(1));
                    if (!p.equals(from)) to.add(p);
                }
            }
        }
        return uses;
    }

    /** jOOQ's generated classes, whose three packages refer to each other, count as the one package they are. */
    private static String packageOf(String path) {
        if (path.startsWith("store/generated")) return "store.generated";
        return path.isEmpty() ? "root" : path.replace('/', '.');
    }

    /** Tarjan's strongly connected components. */
    private static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new java.util.HashSet<>();
        List<Set<String>> out = new ArrayList<>();
        int[] counter = {0};
        for (String v : graph.keySet()) {
            if (!index.containsKey(v)) connect(v, graph, index, low, stack, onStack, out, counter);
        }
        return out;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index, Map<String, Integer> low,
                                Deque<String> stack, Set<String> onStack, List<Set<String>> out, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, out, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            Set<String> component = new TreeSet<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            out.add(component);
        }
    }
}
