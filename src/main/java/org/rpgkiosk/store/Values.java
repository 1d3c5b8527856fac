package org.rpgkiosk.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;

/**
 * One column value in a backup: a presence flag, then its text as length-prefixed UTF-8 (a
 * questionnaire's information sheet is longer than DataOutput's 64 KB strings). Only the types
 * the schema uses; a new one fails the backup test until it is added here.
 */
final class Values {
    private Values() {}

    private static final Set<Class<?>> KNOWN = Set.of(String.class, Integer.class, Short.class, Long.class,
            Boolean.class, LocalDate.class, LocalDateTime.class, UUID.class, BigDecimal.class);

    static void write(DataOutputStream out, Object value) throws IOException {
        out.writeBoolean(value != null);
        if (value == null) return;
        if (!KNOWN.contains(value.getClass())) {
            throw new IllegalStateException("a backup cannot yet hold a column of type " + value.getClass().getName());
        }
        byte[] text = value.toString().getBytes(StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
    }

    static Object read(DataInputStream in, Class<?> type) throws IOException {
        if (!in.readBoolean()) return null;
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (type == String.class) return text;
        if (type == Integer.class) return Integer.valueOf(text);
        if (type == Short.class) return Short.valueOf(text);
        if (type == Long.class) return Long.valueOf(text);
        if (type == Boolean.class) return Boolean.valueOf(text);
        if (type == LocalDate.class) return LocalDate.parse(text);
        if (type == LocalDateTime.class) return LocalDateTime.parse(text);
        if (type == UUID.class) return UUID.fromString(text);
        if (type == BigDecimal.class) return new BigDecimal(text);
        throw new IllegalStateException("a backup cannot yet hold a column of type " + type.getName());
    }
}
