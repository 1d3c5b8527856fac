/**
 * A participant's way through the questionnaire, as a pure state machine: no database, no
 * terminal, no clock of its own (the time comes with each event). It decides what screen comes
 * next, what was answered, and what must be written.
 *
 * <ul>
 *   <li>{@link org.rpgkiosk.survey.SurveyFlow}: (state, event, now) to (state, effects).</li>
 *   <li>{@link org.rpgkiosk.survey.Route}: which items this participant sees, in order; the flow, the progress line
 *       and the review all ask it (branching decides there).</li>
 *   <li>{@link org.rpgkiosk.survey.Answer}: a sealed family, one record per kind of value.</li>
 *   <li>{@link org.rpgkiosk.survey.SurveyEffect}: the writes, each run at once by a shell through a
 *       {@link org.rpgkiosk.survey.SurveyEffect.Handler} that must handle every one.</li>
 *   <li>{@link org.rpgkiosk.survey.Keys}: the keys that answer on a scale, in the screens' words.</li>
 * </ul>
 */
package org.rpgkiosk.survey;
