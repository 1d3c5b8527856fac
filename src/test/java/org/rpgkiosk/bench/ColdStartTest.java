package org.rpgkiosk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColdStartTest {
    @Test
    void aFrameIsSomethingVisibleDrawnOnThePrivateScreen() {
        assertFalse(ColdStart.frameDrawn("hello"));
        assertFalse(ColdStart.frameDrawn("\u001b[?1049h\u001b[1;1H\u001b[0m\u001b[2J"));
        assertTrue(ColdStart.frameDrawn("\u001b[?1049h\u001b[1;1H\u001b[0mW"));
    }

    @Test
    void percentilesByNearestRank() {
        List<Double> xs = List.of(5.0, 1.0, 3.0, 2.0, 4.0);
        assertEquals(3.0, Figure.percentile(xs, 50));
        assertEquals(5.0, Figure.percentile(xs, 99));
        assertEquals(1.0, Figure.percentile(xs, 1));
    }
}
