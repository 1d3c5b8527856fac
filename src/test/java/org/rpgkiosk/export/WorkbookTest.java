package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.Installed;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * export.xlsx read back by LibreOffice (skipped where there is none) must equal the CSVs cell for
 * cell, with open answers a spreadsheet would turn into numbers, dates or formulas kept as typed;
 * and its XML, read with the JDK's parser, must hold numbers as numbers, text as text, and no
 * formula anywhere.
 */
class WorkbookTest {
    /** Answers a spreadsheet would change if it were given the chance. */
    private static final List<String> TRICKY = List.of("007", "3/4", "1E5", "Siân said ‘fine’ 😀", " =1+1",
            "'=x", "-5", "1-2", "TRUE", "1,5", "@ 5pm", "+44");

    @TempDir static Path dataDir;

    @BeforeAll
    static void plant() {
        ExportFixture fixture = ExportFixture.build(dataDir);
        try (Store store = Store.open(DatabaseUrl.defaultFor(dataDir))) {
            int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
            StoredQuestionnaire q = store.questionnaires().latest(qid).orElseThrow();
            int item = q.itemId(q.questionnaire().openItems().get(1).code());
            DSLContext dsl = store.dsl();
            for (int i = 0; i < TRICKY.size(); i++) {   // y3's ten team managers, then y1's social workers
                UUID id = fixture.responses.get(i < 10 ? "y3-tm-" + i : "y1-sw-" + (i - 10));
                var response = dsl.selectFrom(RESPONSE).where(RESPONSE.ID.eq(id)).fetchOne();
                dsl.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.WAVE_ID, response.getWaveId())
                        .set(ANSWER.ROLE_CODE, response.getRoleCode()).set(ANSWER.ITEM_ID, item)
                        .set(ANSWER.ANSWER_TEXT, TRICKY.get(i)).set(ANSWER.SUBMITTED, true).execute();
            }
        }
    }

    @ParameterizedTest(name = "excel={0}")
    @ValueSource(booleans = {false, true})
    void libreOfficeReadsTheSheetsAsTheCsvFilesHoldThem(boolean excel, @TempDir Path tmp) throws Exception {
        assumeTrue(Installed.onPath("soffice"), "no soffice (libreoffice-calc-nogui): the workbook was not read back by LibreOffice");
        Path out = tmp.resolve("export");
        Run run = excel ? Run.export(dataDir, "--out", out.toString(), "--xlsx", "--excel")
                : Run.export(dataDir, "--out", out.toString(), "--xlsx");
        assertEquals(0, run.code(), run.err());
        Path plain = tmp.resolve("plain");      // the same export without --excel: the text as it is
        assertEquals(0, Run.export(dataDir, "--out", plain.toString()).code());
        Map<String, ExportedFiles.Table> csv = ExportedFiles.read(plain);
        csv.remove(SpssSyntax.OPEN_TEXT_COPY);   // import.sps's copy of open_text.csv, not a sheet

        Path sheets = tmp.resolve("sheets");
        // Token 12 = -1: every sheet to its own file, export-<sheet>.csv; 76: UTF-8; the rest LibreOffice's defaults.
        Process soffice = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
                "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "--outdir", sheets.toString(), out.resolve("export.xlsx").toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("soffice.log").toFile()).start();
        assertTrue(soffice.waitFor(180, TimeUnit.SECONDS), "soffice did not finish");
        assertEquals(0, soffice.exitValue(), Files.readString(tmp.resolve("soffice.log")));
        // The manifest sheet has blank lines, which the CSV reader refuses as rows: read it apart.
        String manifest = Files.readString(sheets.resolve("export-manifest.csv"), StandardCharsets.UTF_8);
        Files.delete(sheets.resolve("export-manifest.csv"));
        Map<String, ExportedFiles.Table> read = ExportedFiles.read(sheets);

        List<String> expected = new ArrayList<>();
        csv.keySet().forEach(f -> expected.add("export-" + f.replace(".csv", "") + ".csv"));
        assertEquals(new java.util.TreeSet<>(expected), read.keySet(), "one sheet per file");
        for (var file : csv.entrySet()) {
            ExportedFiles.Table sheet = read.get("export-" + file.getKey().replace(".csv", "") + ".csv");
            assertEquals(file.getValue().header(), sheet.header(), file.getKey());
            // The one change: a line break in a cell is LF, as spreadsheets hold it (CR LF in the CSV).
            List<List<String>> want = file.getValue().rows().stream()
                    .map(row -> row.stream().map(WorkbookFile::lineBreaks).toList()).toList();
            for (int r = 0; r < Math.min(want.size(), sheet.rows().size()); r++) {
                assertEquals(want.get(r), sheet.rows().get(r), file.getKey() + " row " + (r + 2) + ": the sheet differs");
            }
            assertEquals(want.size(), sheet.rows().size(), file.getKey() + ": rows");
        }
        List<String> answers = csv.get("open_text.csv").column("text");
        assertEquals(List.of(), TRICKY.stream().filter(t -> !answers.contains(t)).toList(), "not in the CSV as typed");
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("=HYPERLINK(")), "the formula-like answer is there");
        assertTrue(manifest.contains("smallest cell shown (k): 5"), manifest);
        assertTrue(manifest.contains("export.xlsx: the same rows as sheets"), manifest);
    }

    /** The XML itself: typed cells, a frozen bold header, and not one formula, with no LibreOffice needed. */
    @Test
    void cellsAreTypedFrozenAndNeverFormulas(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("export");
        assertEquals(0, Run.export(dataDir, "--out", out.toString(), "--xlsx").code());
        Map<String, Document> xml = sheets(out.resolve("export.xlsx"));
        assertEquals(List.of("answers", "responses", "open_text", "attendance", "absence_reasons", "codebook",
                "manifest"), sheetNames(out.resolve("export.xlsx")));
        for (var sheet : xml.entrySet()) {
            assertEquals(0, sheet.getValue().getElementsByTagName("f").getLength(), sheet.getKey() + " holds a formula");
        }
        Document answers = xml.get("answers");
        Element pane = (Element) answers.getElementsByTagName("pane").item(0);
        assertEquals("frozen", pane.getAttribute("state"));
        assertEquals("1", pane.getAttribute("ySplit"));
        // answers: response_id, wave, role, status, block, item_code, value -> column G is a number, the rest text.
        NodeList cells = answers.getElementsByTagName("c");
        int numbers = 0;
        for (int i = 0; i < cells.getLength(); i++) {
            Element c = (Element) cells.item(i);
            boolean valueColumn = c.getAttribute("r").startsWith("G") && !c.getAttribute("r").equals("G1");
            if (valueColumn) {
                assertEquals("n", c.getAttribute("t").isEmpty() ? "n" : c.getAttribute("t"), c.getAttribute("r"));
                numbers++;
            } else {
                assertEquals("inlineStr", c.getAttribute("t"), c.getAttribute("r") + " is text");
            }
        }
        assertTrue(numbers > 100, "the values are numbers: " + numbers);
        // The leak tests search the workbook through ExportedText: it must see through the XML's escapes.
        assertTrue(ExportedText.of(out.resolve("export.xlsx")).contains("Siân said ‘fine’ 😀"), "ExportedText decodes");
        Files.readAllLines(out.resolve("manifest.txt")).stream().filter(l -> l.contains("export.xlsx")).findFirst()
                .orElseThrow(() -> new AssertionError("manifest.txt does not mention export.xlsx"));
    }

    /** A file longer than a sheet goes on in name_2, header and all, and no row is lost or doubled. */
    @Test
    void aLongFileGoesOnInTheNextSheet(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("export");
        assertEquals(0, Run.export(dataDir, "--out", out.toString()).code());
        Files.delete(out.resolve("manifest.txt"));
        long rows = Files.readAllLines(out.resolve("answers.csv")).size() - 1;
        int perSheet = (int) (rows / 2 - 1);            // so answers needs three sheets, the last short
        WorkbookFile workbook = new WorkbookFile(perSheet);
        assertEquals(List.of("answers", "answers_2", "answers_3"), workbook.sheets("answers.csv", rows));
        assertEquals(List.of("answers"), workbook.sheets("answers.csv", perSheet));
        assertEquals(List.of("answers"), workbook.sheets("answers.csv", 0));
        Codebook codebook = Codebook.of(List.of(), List.of(), 5, true);
        workbook.write(out, new java.util.LinkedHashMap<>(Map.of("answers.csv", rows)), codebook, false, "m");
        Map<String, Document> xml = sheets(out.resolve("export.xlsx"));
        List<String> ids = new ArrayList<>();
        for (String name : List.of("answers", "answers_2", "answers_3")) {
            NodeList rowNodes = xml.get(name).getElementsByTagName("row");
            assertEquals("response_id", text((Element) ((Element) rowNodes.item(0)).getElementsByTagName("c").item(0)),
                    name + " begins with the header");
            for (int r = 1; r < rowNodes.getLength(); r++) {
                Element row = (Element) rowNodes.item(r);
                NodeList c = row.getElementsByTagName("c");
                ids.add(text((Element) c.item(0)) + "|" + text((Element) c.item(5)));
            }
        }
        List<String> fromCsv = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("answers.csv")).subList(1, (int) rows + 1)) {
            String[] cell = line.split(",", -1);
            fromCsv.add(cell[0] + "|" + cell[5]);
        }
        assertEquals(fromCsv, ids);
    }

    private static String text(Element cell) {
        return cell.getTextContent();
    }

    private static List<String> sheetNames(Path xlsx) throws Exception {
        try (ZipFile zip = new ZipFile(xlsx.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/workbook.xml"))) {
            NodeList sheets = parse(in).getElementsByTagName("sheet");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < sheets.getLength(); i++) names.add(((Element) sheets.item(i)).getAttribute("name"));
            return names;
        }
    }

    /** Every sheet's XML by its name, sheetN.xml being the N-th sheet of workbook.xml. */
    private static Map<String, Document> sheets(Path xlsx) throws Exception {
        List<String> names = sheetNames(xlsx);
        Map<String, Document> sheets = new TreeMap<>();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (int i = 0; i < names.size(); i++) {
                ZipEntry entry = zip.getEntry("xl/worksheets/sheet" + (i + 1) + ".xml");
                try (InputStream in = zip.getInputStream(entry)) {
                    sheets.put(names.get(i), parse(in));
                }
            }
        }
        return sheets;
    }

    private static Document parse(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(in);
    }

}
