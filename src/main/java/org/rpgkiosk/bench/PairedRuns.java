package org.rpgkiosk.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The samples of one in-process figure: each run times the floor, then ours, in wall-clock and
 * in this thread's processor time, with the heap's peak during ours.
 */
final class PairedRuns {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final List<Double> ours = new ArrayList<>();
    private final List<Double> floor = new ArrayList<>();
    private final List<Double> oursCpu = new ArrayList<>();
    private final List<Double> floorCpu = new ArrayList<>();
    private final long[] peak = {0};

    /** Seconds the floor took this run. */
    double floor(Callable<?> work) throws Exception {
        double s = timed(work, null, floorCpu);
        floor.add(s);
        return s;
    }

    /** Seconds ours took this run. */
    double ours(Callable<?> work) throws Exception {
        double s = timed(work, peak, oursCpu);
        ours.add(s);
        return s;
    }

    Figure figure(String name, String floorName, double target, String note) {
        String cpu = String.format("cpu %.2fx (%.2f s / %.2f s)", median(oursCpu) / median(floorCpu),
                median(oursCpu), median(floorCpu));
        return new Figure(name, ours, floorName, floor, target, peak[0], note.isEmpty() ? cpu : note + "; " + cpu);
    }

    private static double median(List<Double> samples) {
        return Figure.percentile(samples, 50);
    }

    /**
     * Wall-clock seconds of {@code work}. With {@code peak}, the heap's peak use during the call
     * is kept in it; with {@code cpu}, this thread's processor seconds are added to it, which a
     * busy machine disturbs far less (the database is embedded, so its work is on this thread
     * too; the collector's threads are not counted).
     */
    static double timed(Callable<?> work, long[] peak, List<Double> cpu) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        if (peak != null) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        }
        long cpuBegan = THREADS.getCurrentThreadCpuTime();
        long began = System.nanoTime();
        work.call();
        double seconds = (System.nanoTime() - began) / 1e9;
        if (cpu != null) cpu.add((THREADS.getCurrentThreadCpuTime() - cpuBegan) / 1e9);
        if (peak != null) {
            long used = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            peak[0] = Math.max(peak[0], used);
        }
        return seconds;
    }
}
