package org.rpgkiosk.questionnaire;

import java.util.List;

/**
 * The labelled points a statement is answered on, highest first (4 = Agree strongly ... 1 =
 * Strongly disagree for the agreement scale). Owned by the item that uses it, so an item with
 * another scale needs no change elsewhere.
 */
public record Scale(List<Point> points) {
    public Scale {
        points = List.copyOf(points);
    }

    public record Point(int points, String label) {}

    public String label(int points) {
        return this.points.stream().filter(p -> p.points() == points).map(Point::label)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no scale point " + points));
    }

    /** Whether {@code points} is one of this scale's points. */
    public boolean has(int points) {
        return this.points.stream().anyMatch(p -> p.points() == points);
    }
}
