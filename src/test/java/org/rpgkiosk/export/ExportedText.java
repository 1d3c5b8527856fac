package org.rpgkiosk.export;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * The text a person would find in an exported file: a text file as it is; export.xlsx unzipped,
 * each XML part parsed by the JDK and its text taken, so "Si&#xe2;n" is searched as "Siân" and a
 * name cannot hide behind the zip's compression or XML's character references.
 */
final class ExportedText {
    private ExportedText() {}

    static String of(Path file) throws Exception {
        if (!file.getFileName().toString().endsWith(".xlsx")) return Files.readString(file, StandardCharsets.UTF_8);
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                text.append(entry.getName()).append('\n');
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
                        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
                        walk(doc.getDocumentElement(), text);
                    } else {
                        text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /**
     * Every text and attribute value (a sheet's name, a property), each on its own line: run
     * together, the end of one cell and the start of the next would make words no cell holds.
     */
    private static void walk(org.w3c.dom.Node node, StringBuilder text) {
        if (node.getNodeType() == org.w3c.dom.Node.TEXT_NODE) text.append(node.getNodeValue()).append('\n');
        var attrs = node.getAttributes();
        for (int i = 0; attrs != null && i < attrs.getLength(); i++) text.append(attrs.item(i).getNodeValue()).append('\n');
        var children = node.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) walk(children.item(i), text);
    }
}
