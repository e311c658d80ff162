package dev.jiffy.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.TestClips;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files: unregistered once done, and what a killed run left behind removed by the next, nothing else. */
class TempPathTest {
    @TempDir
    Path dir;

    private static final FileTime LONG_AGO = FileTime.from(Instant.now().minus(TempPath.ABANDONED_AFTER).minusSeconds(60));

    @Test
    void aRenderUnregistersItsTemporaryFileWhateverHappens() {
        int before = ShutdownCleanup.registered();
        TestClips.numbered(8, 8, 10, 5).writeGif(dir.resolve("ok.gif"));
        assertThat(ShutdownCleanup.registered()).isEqualTo(before);
        try (AtomicFile abandoned = AtomicFile.create(dir.resolve("x.gif"), "GIF", GifRenderer.GIF_MAGIC)) {
            assertThat(ShutdownCleanup.isRegistered(abandoned.tempPath())).isTrue();
        }
        assertThat(ShutdownCleanup.registered()).isEqualTo(before);
    }

    @Test
    void writesOfOneTargetAtOnceEachGetAPartOfTheirOwnThatTheTidyUpRecognises() throws IOException {
        List<AtomicFile> writes = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                writes.add(AtomicFile.create(dir.resolve("x.gif"), "GIF", GifRenderer.GIF_MAGIC));
            }
            Set<Path> parts = new HashSet<>();
            for (AtomicFile write : writes) {
                parts.add(write.tempPath());
                assertThat(write.tempPath().getFileName().toString()).matches("\\.x\\.gif\\.[0-9a-z]{1,13}\\.part");
            }
            assertThat(parts).hasSize(64);
        } finally {
            writes.forEach(AtomicFile::close);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void theNextWriteRemovesAnAbandonedPartOfTheSameOutputOnly() throws IOException {
        Path stale = old(Files.writeString(dir.resolve(".out.gif.3k2j1x9q0a.part"), "GIF89a..."));
        Path recent = Files.writeString(dir.resolve(".out.gif.77aa.part"), "GIF89a...");
        Path otherOutput = old(Files.writeString(dir.resolve(".other.gif.3k2j1x9q0a.part"), "GIF89a"));
        Path notOurName = old(Files.writeString(dir.resolve(".out.gif.part"), "mine"));
        Path visible = old(Files.writeString(dir.resolve("out.gif.3k2j1x9q0a.part"), "mine"));
        Path folder = old(Files.createDirectory(dir.resolve(".out.gif.abc.part")));

        TestClips.numbered(8, 8, 10, 5).writeGif(dir.resolve("out.gif"));

        assertThat(stale).doesNotExist();
        assertThat(recent).exists();
        assertThat(otherOutput).exists();
        assertThat(notOurName).exists();
        assertThat(visible).exists();
        assertThat(folder).exists();
    }

    @Test
    void aPartStillLockedByItsWriterIsKept() throws IOException {
        Path live = old(Files.writeString(dir.resolve(".out.gif.5f5f.part"), "GIF89a"));
        try (FileChannel writer = FileChannel.open(live, StandardOpenOption.WRITE); FileLock lock = writer.lock()) {
            TestClips.numbered(8, 8, 10, 5).writeGif(dir.resolve("out.gif"));
            assertThat(live).exists();
        }
    }

    @Test
    void theNextSizeFitRemovesAnAbandonedTrialFolderButNotOneWithAnythingElseInside() throws IOException {
        Path stale = Files.createDirectory(dir.resolve(".jiffy-fit-123456789"));
        old(Files.writeString(stale.resolve("try-1.gif"), "GIF89a"));
        old(Files.writeString(stale.resolve(".try-2.gif.1a2b.part"), "GIF89a"));
        old(Files.createFile(stale.resolve(TempPath.LOCK_FILE)));
        old(stale);
        Path withUserFile = Files.createDirectory(dir.resolve(".jiffy-fit-987"));
        old(Files.writeString(withUserFile.resolve("try-1.gif"), "GIF89a"));
        old(Files.writeString(withUserFile.resolve("notes.txt"), "mine"));
        old(withUserFile);
        Path recent = Files.createDirectory(dir.resolve(".jiffy-fit-555"));
        Files.writeString(recent.resolve("try-1.gif"), "GIF89a");

        SizeFit.under(ByteSize.parse("1MB")).write(TestClips.numbered(8, 8, 10, 5), dir.resolve("fit.gif"),
                GifExport.defaults());

        assertThat(stale).doesNotExist();
        assertThat(withUserFile.resolve("notes.txt")).exists();
        assertThat(recent.resolve("try-1.gif")).exists();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("fit.gif",
                    ".jiffy-fit-987", ".jiffy-fit-555");
        }
    }

    private static Path old(Path p) throws IOException {
        Files.setLastModifiedTime(p, LONG_AGO);
        return p;
    }
}
