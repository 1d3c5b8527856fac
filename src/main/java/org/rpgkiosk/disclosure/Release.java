package org.rpgkiosk.disclosure;

/**
 * When the responses of a wave join what the report and the export show. A release of an open
 * wave grows in steps, never one response at a time: otherwise two reports, one before and one
 * after a single submission, give that submission exactly (and a colleague who saw who used the
 * terminal knows whose it is). Responses submitted since the last release are held back until
 * there are at least k of them; closing a wave releases all it holds, since its figures are then
 * final (the step at the close can be smaller than k: the README says so).
 */
public final class Release {
    private Release() {}

    /** @param pending submitted responses of the wave not yet released */
    public static boolean due(boolean waveOpen, long pending, Threshold threshold) {
        return waveOpen ? pending >= threshold.k() : pending > 0;
    }
}
