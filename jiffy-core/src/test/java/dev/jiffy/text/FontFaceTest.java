package dev.jiffy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.MediaException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontFaceTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultIsTheBundledNotoSansBold() {
        FontFace face = FontFace.defaultFace();
        assertThat(face.name()).isEqualTo("Noto Sans Bold");
        assertThat(face.origin()).isEqualTo(FontFace.Origin.BUNDLED);
        assertThat(FontFace.bundled()).extracting(FontFace::name).containsExactly("Noto Sans Bold", "Amiri Bold");
        assertThat(FontFace.available().subList(0, 2)).isEqualTo(FontFace.bundled());
        assertThat(TextClip.of("x").style().face()).isEqualTo(face);
    }

    @Test
    void bundledFontsComeWithTheirLicence() throws IOException {
        try (InputStream in = FontFace.class.getResourceAsStream("OFL.txt")) {
            assertThat(in).isNotNull();
            String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(licence).contains("SIL OPEN FONT LICENSE Version 1.1")
                    .contains("NotoSans-Bold.ttf").contains("Amiri-Bold.ttf");
        }
    }

    @Test
    void namesMatchWhateverTheCaseSpacesAndDashes() {
        for (String name : new String[] {"Amiri-Bold", "Amiri Bold", "amiri_bold", "AMIRIBOLD", "Amiri"}) {
            assertThat(FontFace.named(name).name()).as(name).isEqualTo("Amiri Bold");
        }
        assertThat(FontFace.named("NotoSans-Bold")).isEqualTo(FontFace.defaultFace());
        assertThat(FontFace.named("Amiri-Bold").postScriptName()).isEqualTo("Amiri-Bold");
    }

    @Test
    void anUnknownFontListsTheClosestNames() {
        assertThatThrownBy(() -> TextClip.of("x").withFont("Amiri-Bld"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("no font named 'Amiri-Bld'; closest: Amiri Bold, Amiri");
        assertThatThrownBy(() -> FontFace.named("Noto Sns"))
                .hasMessageStartingWith("no font named 'Noto Sns'; closest: Noto Sans");
        assertThatThrownBy(() -> FontFace.named("Zzyzx Qwerty"))
                .hasMessageStartingWith("no font named 'Zzyzx Qwerty'; ")
                .hasMessageContaining("Noto Sans Bold, Amiri Bold");
    }

    @Test
    void nameDistanceRanksTyposPrefixesAndParts() {
        assertThat(NameDistance.levenshtein("amiribld", "amiribold")).isEqualTo(1);
        assertThat(NameDistance.levenshtein("", "abc")).isEqualTo(3);
        assertThat(NameDistance.closest("Ami", java.util.List.of("Amiri Bold", "Arial", "Amiri"), 5))
                .containsExactly("Amiri", "Amiri Bold");
        assertThat(NameDistance.closest("Helvetica", java.util.List.of("Amiri", "Noto Sans"), 5)).isEmpty();
    }

    @Test
    void aFontFromAFileDrawsLikeTheSameFontBundled() throws IOException {
        Path file = dir.resolve("my-font.ttf");
        try (InputStream in = FontFace.class.getResourceAsStream("Amiri-Bold.ttf")) {
            Files.copy(in, file);
        }
        FontFace face = FontFace.file(file);
        assertThat(face.origin()).isEqualTo(FontFace.Origin.FILE);
        assertThat(face.file()).contains(file);
        assertThat(face.name()).isEqualTo("Amiri Bold");
        assertThat(face.canDisplay("سلام")).isTrue();
        TextClip text = TextClip.of("From a file").withFontSize(28);
        assertThat(text.withFont(file).render()).isEqualTo(text.withFont("Amiri Bold").render());
        assertThat(text.withFont(file).render()).isNotEqualTo(text.render());
    }

    @Test
    void aMissingOrBrokenFontFileIsAMediaError() throws IOException {
        assertThatThrownBy(() -> FontFace.file(dir.resolve("nope.ttf")))
                .isInstanceOf(MediaException.class).hasMessageContaining("no such font file").hasMessageContaining("nope.ttf");
        Path junk = Files.writeString(dir.resolve("junk.otf"), "not a font at all");
        assertThatThrownBy(() -> FontFace.file(junk))
                .isInstanceOf(MediaException.class).hasMessageContaining("junk.otf");
    }
}
