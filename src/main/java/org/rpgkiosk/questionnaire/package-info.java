/**
 * The questionnaire: what a participant is asked, read from an evaluator's text file. Pure, no
 * database and no terminal. It decides what a questionnaire is and whether a file is one.
 *
 * <ul>
 *   <li>{@link org.rpgkiosk.questionnaire.Item}: a sealed family, one record per kind of
 *       question ({@link org.rpgkiosk.questionnaire.Statement} on the {@link org.rpgkiosk.questionnaire.Scale}
 *       it owns, {@link org.rpgkiosk.questionnaire.OpenQuestion}). A new kind of question is a new record here,
 *       and every switch over {@link org.rpgkiosk.questionnaire.Item.Kind} that forgot it fails to compile.</li>
 *   <li>{@link org.rpgkiosk.questionnaire.QuestionnaireParser}: the file's format, every problem with its line.</li>
 *   <li>{@link org.rpgkiosk.questionnaire.Fingerprint}: the canonical text whose hash says whether a load is a new
 *       version; written field by field, so a new record field cannot silently version every stored one.</li>
 *   <li>{@link org.rpgkiosk.questionnaire.Placeholders}: wording still to be written, asked about before a wave.</li>
 * </ul>
 */
package org.rpgkiosk.questionnaire;
