package se.trygghetsnav.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StalePostmasterLockTest {

    @Test
    void removesALockWhoseProcessIsGone(@TempDir Path dataDirectory) throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        Path lock = dataDirectory.resolve("postmaster.pid");
        Files.writeString(lock, finished.pid() + "\n" + dataDirectory + "\n");

        StalePostmasterLock.clear(dataDirectory);

        assertThat(lock).doesNotExist();
    }

    @Test
    void leavesADirectoryWithoutLockAlone(@TempDir Path dataDirectory) throws Exception {
        StalePostmasterLock.clear(dataDirectory);
        assertThat(dataDirectory).isEmptyDirectory();
    }
}
