package org.rpgkiosk.questionnaire;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.rpgkiosk.fault.IoReason;

/**
 * Reads a questionnaire file from disk or the classpath. Decoding is strict UTF-8, so a file
 * saved in another encoding is refused with the line of the first bad byte instead of being
 * stored with garbled letters.
 */
public final class QuestionnaireReader {
    private QuestionnaireReader() {}

    public static Questionnaire read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new QuestionnaireFileException(List.of(file + ": no such file"));
        } catch (IOException e) {
            throw new QuestionnaireFileException(List.of(file + ": cannot be read (" + IoReason.of(e) + ")"));
        }
        return QuestionnaireParser.parse(file.toString(), decode(file.toString(), bytes));
    }

    /** The default questionnaire shipped inside the jar, for first-run set-up. */
    /** The questionnaire the program carries (db/questionnaires/rpg-outcomes.txt): the default where none is loaded. */
    public static final String SHIPPED = "/db/questionnaires/rpg-outcomes.txt";

    /** The shipped questionnaire, as its file reads. */
    public static Questionnaire readShipped() {
        return readResource(SHIPPED);
    }

    public static Questionnaire readResource(String resource) {
        try (InputStream in = QuestionnaireReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return QuestionnaireParser.parse(resource, decode(resource, in.readAllBytes()));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + resource, e);
        }
    }

    /** Strict UTF-8, refusing a file saved in another encoding with the line of its first bad byte. */
    public static String decode(String source, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') line++;
            }
            throw new QuestionnaireFileException(List.of(source + ":" + line
                    + ": this is not UTF-8 text; save the file as UTF-8 in your editor"));
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
