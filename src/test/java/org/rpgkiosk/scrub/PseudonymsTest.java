package org.rpgkiosk.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymsTest {
    static final String SECRET = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    static final String OTHER_SECRET = "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
    final UUID id = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");

    @Test
    void stableForTheSameSecretOtherUnderAnotherAndShapedAsDocumented() {
        Pseudonyms a = Pseudonyms.fromHex(SECRET);
        Pseudonyms same = Pseudonyms.fromHex(SECRET);
        Pseudonyms other = Pseudonyms.fromHex(OTHER_SECRET);
        for (Pseudonyms p : List.of(same, other)) {
            boolean equal = p == same;
            assertEquals(equal, a.member(1, 7).equals(p.member(1, 7)));
            assertEquals(equal, a.response(id).equals(p.response(id)));
            assertEquals(equal, a.group(3).equals(p.group(3)));
        }
        assertTrue(a.member(1, 7).matches("m_[0-9a-f]{12}"), a.member(1, 7));
        assertTrue(a.response(id).matches("r_[0-9a-f]{16}"), a.response(id));
        assertTrue(a.group(3).matches("g_[0-9a-f]{12}"), a.group(3));
    }

    @Test
    void notAPlainHashOfTheId() throws Exception {
        Pseudonyms a = Pseudonyms.fromHex(SECRET);
        for (String subject : new String[] {"7", "member:1:7", "1:7", id.toString(), "response:" + id}) {
            String plain = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(subject.getBytes(StandardCharsets.UTF_8)));
            assertFalse(plain.startsWith(a.member(1, 7).substring(2)), subject);
            assertFalse(plain.startsWith(a.response(id).substring(2)), subject);
        }
    }

    @Test
    void distinctSubjectsGetDistinctPseudonymsAndAMemberDiffersByGroup() {
        Pseudonyms a = Pseudonyms.fromHex(SECRET);
        Set<String> seen = new HashSet<>();
        for (int member = 1; member <= 2000; member++) {
            assertTrue(seen.add(a.member(1, member)));
        }
        assertNotEquals(a.member(1, 7), a.member(2, 7));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Pseudonyms.fromHex("00ff"));
    }
}
