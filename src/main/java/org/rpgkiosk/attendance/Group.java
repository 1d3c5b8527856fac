package org.rpgkiosk.attendance;

/** A reflective practice group as held: its level, who facilitates it and how long it usually meets. */
public record Group(int id, String name, String level, FacilitatorKind facilitatorKind, int usualMinutes) {}
