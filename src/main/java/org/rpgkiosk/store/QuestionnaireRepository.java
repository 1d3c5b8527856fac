package org.rpgkiosk.store;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.rpgkiosk.questionnaire.Fingerprint;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.Questionnaire.Block;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.Item.Kind;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.questionnaire.OpenQuestion;
import org.rpgkiosk.questionnaire.Scale;
import org.rpgkiosk.questionnaire.Statement;
import org.rpgkiosk.store.generated.tables.records.QuestionnaireVersionRecord;
import static org.rpgkiosk.store.generated.Tables.BLOCK;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.JOB_ROLE;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE_VERSION;
import static org.rpgkiosk.store.generated.Tables.SCALE_POINT;

/**
 * Questionnaires and their versions. A load whose content equals the latest version changes
 * nothing; any change of content (not of comments or layout) becomes a new version, and the
 * versions that responses refer to are never altered.
 */
public final class QuestionnaireRepository {
    private final DSLContext dsl;

    QuestionnaireRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record LoadResult(String name, int versionNo, boolean created) {}

    public record VersionSummary(String name, int versionNo, String title, LocalDateTime loadedAt,
                                 int blocks, int statements, int openQuestions, String sourceFile,
                                 boolean latest) {}

    public LoadResult load(Questionnaire q, String sourceFile) {
        String fingerprint = fingerprint(q);
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            Integer qid = t.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE)
                    .where(QUESTIONNAIRE.NAME.eq(q.name())).fetchOne(QUESTIONNAIRE.ID);
            if (qid == null) {
                qid = t.insertInto(QUESTIONNAIRE).set(QUESTIONNAIRE.NAME, q.name())
                        .returning(QUESTIONNAIRE.ID).fetchOne().getId();
            }
            QuestionnaireVersionRecord latest = latestVersion(t, qid);
            if (latest != null && latest.getContentSha256().equals(fingerprint)) {
                return new LoadResult(q.name(), latest.getVersionNo(), false);
            }
            int versionNo = latest == null ? 1 : latest.getVersionNo() + 1;
            insertVersion(t, qid, versionNo, q, fingerprint, sourceFile);
            return new LoadResult(q.name(), versionNo, true);
        });
    }

    private static void insertVersion(DSLContext t, int qid, int versionNo, Questionnaire q,
                                      String fingerprint, String sourceFile) {
        int vid = t.insertInto(QUESTIONNAIRE_VERSION)
                .set(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID, qid)
                .set(QUESTIONNAIRE_VERSION.VERSION_NO, versionNo)
                .set(QUESTIONNAIRE_VERSION.TITLE, q.title())
                .set(QUESTIONNAIRE_VERSION.INFORMATION_SHEET, q.informationSheet())
                .set(QUESTIONNAIRE_VERSION.CONSENT_TEXT, q.consentText())
                .set(QUESTIONNAIRE_VERSION.OPEN_ANSWER_LIMIT, q.openAnswerLimit())
                .set(QUESTIONNAIRE_VERSION.CONTENT_SHA256, fingerprint)
                .set(QUESTIONNAIRE_VERSION.SOURCE_FILE, sourceFile)
                .set(QUESTIONNAIRE_VERSION.LOADED_AT, LocalDateTime.now())
                .returning(QUESTIONNAIRE_VERSION.ID).fetchOne().getId();
        for (Scale.Point p : q.scale().points()) {
            t.insertInto(SCALE_POINT).set(SCALE_POINT.VERSION_ID, vid)
                    .set(SCALE_POINT.POINTS, (short) p.points()).set(SCALE_POINT.LABEL, p.label()).execute();
        }
        for (int i = 0; i < q.roles().size(); i++) {
            Role r = q.roles().get(i);
            t.insertInto(JOB_ROLE).set(JOB_ROLE.VERSION_ID, vid).set(JOB_ROLE.CODE, r.code())
                    .set(JOB_ROLE.POSITION, i + 1).set(JOB_ROLE.LABEL, r.label()).execute();
        }
        int position = 0;
        for (int b = 0; b < q.blocks().size(); b++) {
            Block block = q.blocks().get(b);
            int bid = t.insertInto(BLOCK).set(BLOCK.VERSION_ID, vid).set(BLOCK.CODE, block.code())
                    .set(BLOCK.POSITION, b + 1).set(BLOCK.TITLE, block.title())
                    .returning(BLOCK.ID).fetchOne().getId();
            for (Item item : block.items()) {
                insertItem(t, vid, bid, ++position, item);
            }
        }
        for (Item item : q.openItems()) {
            insertItem(t, vid, null, ++position, item);
        }
    }

    /** The placeholder column is named only for a marked item: an unmarked one is written as before V6. */
    private static void insertItem(DSLContext t, int vid, Integer blockId, int position, Item item) {
        var insert = t.insertInto(ITEM).set(ITEM.VERSION_ID, vid).set(ITEM.BLOCK_ID, blockId)
                .set(ITEM.CODE, item.code()).set(ITEM.POSITION, position)
                .set(ITEM.KIND, item.kind().stored)
                .set(ITEM.WORDING, item.wording());
        (item.placeholder() ? insert.set(ITEM.PLACEHOLDER, true) : insert).execute();
    }

    private static QuestionnaireVersionRecord latestVersion(DSLContext t, int qid) {
        return t.selectFrom(QUESTIONNAIRE_VERSION).where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.eq(qid))
                .orderBy(QUESTIONNAIRE_VERSION.VERSION_NO.desc()).limit(1).fetchOne();
    }

    public List<VersionSummary> list() {
        Field<Integer> openCount = dsl.selectCount().from(ITEM)
                .where(ITEM.VERSION_ID.eq(QUESTIONNAIRE_VERSION.ID).and(ITEM.KIND.eq("open"))).asField("open_items");
        Field<Integer> statementCount = dsl.selectCount().from(ITEM)
                .where(ITEM.VERSION_ID.eq(QUESTIONNAIRE_VERSION.ID).and(ITEM.KIND.eq("agreement"))).asField("statements");
        Field<Integer> blockCount = dsl.selectCount().from(BLOCK)
                .where(BLOCK.VERSION_ID.eq(QUESTIONNAIRE_VERSION.ID)).asField("blocks");
        List<VersionSummary> result = new ArrayList<>();
        for (Record r : dsl.select(QUESTIONNAIRE.NAME, QUESTIONNAIRE_VERSION.VERSION_NO, QUESTIONNAIRE_VERSION.TITLE,
                        QUESTIONNAIRE_VERSION.LOADED_AT, QUESTIONNAIRE_VERSION.SOURCE_FILE,
                        blockCount, statementCount, openCount)
                .from(QUESTIONNAIRE_VERSION).join(QUESTIONNAIRE).on(QUESTIONNAIRE.ID.eq(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID))
                .orderBy(QUESTIONNAIRE.NAME, QUESTIONNAIRE_VERSION.VERSION_NO).fetch()) {
            int versionNo = r.get(QUESTIONNAIRE_VERSION.VERSION_NO);
            result.add(new VersionSummary(r.get(QUESTIONNAIRE.NAME), versionNo, r.get(QUESTIONNAIRE_VERSION.TITLE),
                    r.get(QUESTIONNAIRE_VERSION.LOADED_AT), r.get(blockCount), r.get(statementCount),
                    r.get(openCount), r.get(QUESTIONNAIRE_VERSION.SOURCE_FILE),
                    false));
        }
        // Rows come ordered by name then version, so the last row of each name is its latest.
        for (int i = 0; i < result.size(); i++) {
            VersionSummary v = result.get(i);
            if (i + 1 == result.size() || !result.get(i + 1).name().equals(v.name())) {
                result.set(i, new VersionSummary(v.name(), v.versionNo(), v.title(), v.loadedAt(), v.blocks(),
                        v.statements(), v.openQuestions(), v.sourceFile(), true));
            }
        }
        return result;
    }

    public List<String> names() {
        return dsl.select(QUESTIONNAIRE.NAME).from(QUESTIONNAIRE).orderBy(QUESTIONNAIRE.NAME).fetch(QUESTIONNAIRE.NAME);
    }

    public Optional<Integer> idOf(String name) {
        return dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE).where(QUESTIONNAIRE.NAME.eq(name))
                .fetchOptional(QUESTIONNAIRE.ID);
    }

    /** The newest version of a questionnaire, the one new responses are given on. */
    public Optional<StoredQuestionnaire> latest(int questionnaireId) {
        return Optional.ofNullable(latestVersion(dsl, questionnaireId)).map(v -> read(v.getId()));
    }

    /** One version exactly as it was loaded, for responses given on it. */
    public StoredQuestionnaire read(int versionId) {
        QuestionnaireVersionRecord v = dsl.selectFrom(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.ID.eq(versionId)).fetchSingle();
        String name = dsl.select(QUESTIONNAIRE.NAME).from(QUESTIONNAIRE)
                .where(QUESTIONNAIRE.ID.eq(v.getQuestionnaireId())).fetchSingle(QUESTIONNAIRE.NAME);
        Scale scale = new Scale(dsl.selectFrom(SCALE_POINT).where(SCALE_POINT.VERSION_ID.eq(versionId))
                .orderBy(SCALE_POINT.POINTS.desc()).fetch(p -> new Scale.Point(p.getPoints(), p.getLabel())));
        List<Role> roles = dsl.selectFrom(JOB_ROLE).where(JOB_ROLE.VERSION_ID.eq(versionId))
                .orderBy(JOB_ROLE.POSITION).fetch(r -> new Role(r.getCode(), r.getLabel()));
        Map<Integer, List<Statement>> itemsByBlock = new HashMap<>();
        List<OpenQuestion> openItems = new ArrayList<>();
        Map<String, Integer> itemIds = new HashMap<>();
        for (var item : dsl.selectFrom(ITEM).where(ITEM.VERSION_ID.eq(versionId)).orderBy(ITEM.POSITION).fetch()) {
            itemIds.put(item.getCode(), item.getId());
            switch (Kind.ofStored(item.getKind())) {
                case OPEN -> openItems.add(new OpenQuestion(item.getCode(), item.getWording(), item.getPlaceholder()));
                case AGREEMENT -> itemsByBlock.computeIfAbsent(item.getBlockId(), k -> new ArrayList<>())
                        .add(new Statement(item.getCode(), item.getWording(), item.getPlaceholder(), scale));
            }
        }
        List<Block> blocks = dsl.selectFrom(BLOCK).where(BLOCK.VERSION_ID.eq(versionId)).orderBy(BLOCK.POSITION)
                .fetch(b -> new Block(b.getCode(), b.getTitle(), itemsByBlock.getOrDefault(b.getId(), List.of())));
        Questionnaire q = new Questionnaire(name, v.getTitle(), v.getInformationSheet(), v.getConsentText(),
                v.getOpenAnswerLimit(), scale, roles, blocks, openItems);
        return new StoredQuestionnaire(versionId, v.getVersionNo(), q, itemIds);
    }

    /** Equal for equal content whatever the comments and layout of the file: {@link Fingerprint}. */
    static String fingerprint(Questionnaire q) {
        return Fingerprint.of(q);
    }
}
