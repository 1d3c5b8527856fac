/**
 * Disclosure control: the one place that decides what any release (the report in every format,
 * the evaluator's returns screen, the export in both profiles) may show. Pure rules, no database
 * and no terminal; the README's "Disclosure control" section says the same in prose.
 *
 * <ul>
 *   <li>{@link org.rpgkiosk.disclosure.Threshold}: k per kind of release, with floors refused, not raised.</li>
 *   <li>{@link org.rpgkiosk.disclosure.Release}: an open wave's responses join the figures in steps of k.</li>
 *   <li>{@link org.rpgkiosk.disclosure.CellGrouping}: one grouping of roles (or groups, kinds, reasons)
 *       over every population of a release, so no table subtracted from another leaves a cell under k.</li>
 *   <li>{@link org.rpgkiosk.disclosure.RowSuppression}: figures withheld where fewer than k answers lie behind a
 *       row, with the complementary row that would give it back.</li>
 *   <li>{@link org.rpgkiosk.disclosure.DetailLevel}: how fine an exported row's date and version may be.</li>
 *   <li>{@link org.rpgkiosk.disclosure.AttendanceRule}, {@link org.rpgkiosk.disclosure.AbsenceReasons},
 *       {@link org.rpgkiosk.disclosure.Pools}: the register, counted in distinct members.</li>
 * </ul>
 * The attacks these answer are written as tests: {@code IntruderTest}, {@code AttendanceIntruderTest},
 * {@code AttendanceDisclosureTest}.
 */
package org.rpgkiosk.disclosure;
