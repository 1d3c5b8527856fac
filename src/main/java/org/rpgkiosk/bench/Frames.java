package org.rpgkiosk.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.virtual.VirtualTerminalListener;

/**
 * The frames a virtual terminal was given (each screen refresh ends in one flush): how many
 * since {@link #clear}, and when the first and the last came. The benchmark times keys with it;
 * tests count the frames a batch of keys cost.
 */
public final class Frames implements VirtualTerminalListener {
    private long first;
    private long last;
    private int count;

    public void clear() {
        first = 0;
        last = 0;
        count = 0;
    }

    public int count() {
        return count;
    }

    /** System.nanoTime() of the first flush since cleared, 0 when none. */
    public long first() {
        return first;
    }

    /** System.nanoTime() of the last flush since cleared, 0 when none. */
    public long last() {
        return last;
    }

    @Override
    public void onFlush() {
        last = System.nanoTime();
        if (count++ == 0) first = last;
    }

    @Override
    public void onBell() {}

    @Override
    public void onClose() {}

    @Override
    public void onResized(Terminal t, TerminalSize size) {}
}
