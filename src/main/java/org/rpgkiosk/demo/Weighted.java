package org.rpgkiosk.demo;

import java.util.SplittableRandom;

/** A draw from a few weighted outcomes, the one kind of chance the demo data needs besides coin tosses. */
final class Weighted {
    private Weighted() {}

    static int pick(SplittableRandom rnd, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) return i;
        }
        return weights.length - 1;
    }
}
