/**
 * One class per staff task, shared by the command line and the kiosk's staff screens (issue 36:
 * each task existed twice, and the copies drifted). A task checks what was asked, does it through
 * the store, and records who did it in the audit log; it returns what was done, and refuses with a
 * problem each front end words its own way (the command line names its options, a screen its
 * fields), so its own words name no option and no command.
 *
 * <ul>
 *   <li>{@link org.rpgkiosk.tasks.OpenWave}, {@link org.rpgkiosk.tasks.CloseWave}: the waves, and which
 *       questionnaire a new one uses.</li>
 *   <li>{@link org.rpgkiosk.tasks.SetPin}: a staff PIN.</li>
 *   <li>{@link org.rpgkiosk.tasks.TakeBackup}, {@link org.rpgkiosk.tasks.TakeExport}: what leaves the database.</li>
 *   <li>{@link org.rpgkiosk.tasks.ImportRoster}, {@link org.rpgkiosk.tasks.DefaultQuestionnaire}: what comes in.</li>
 * </ul>
 */
package org.rpgkiosk.tasks;
