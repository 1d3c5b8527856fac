package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.SmallDisk;

/**
 * Issue 35, finding 5: the staff entrance while the disk is full says so, every time (not only
 * the first, when H2 still names the write that failed), and once space is freed the next PIN
 * works: the connection the full disk closed is replaced at the staff key, with no participant
 * needed to finish a response first.
 */
class StaffAfterFullDiskTest {
    @TempDir Path temp;

    @Test
    void theStaffEntranceSaysTheDiskIsFullAndWorksOnceSpaceIsFreed() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"));
             KioskHarness h = KioskHarness.ready(disk.root().resolve("data"))) {
            disk.fill();
            for (int attempt = 0; attempt < 3; attempt++) {
                h.enterStaff(KioskHarness.EVALUATOR_PIN);
                assertTrue(h.text().contains("The disk holding the database is full, so that was not done."),
                        "attempt " + attempt + ":\n" + h.text());
                assertFalse(h.text().contains("Evaluator menu"), h.text());
                h.key(KeyType.Escape);
            }
            disk.free();
            h.enterStaff(KioskHarness.EVALUATOR_PIN);
            assertTrue(h.text().contains("Staff menu") && h.text().contains("Evaluator"), "the first PIN after space was freed:\n" + h.text());
            assertFalse(h.text().contains("full"), h.text());
        }
    }
}
