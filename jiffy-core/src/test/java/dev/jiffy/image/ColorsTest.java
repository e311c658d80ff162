package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ColorsTest {
    @Test
    void namesAndHexCodes() {
        assertThat(Colors.parse("white")).isEqualTo(0xFFFFFFFF);
        assertThat(Colors.parse(" Black ")).isEqualTo(0xFF000000);
        assertThat(Colors.parse("grey")).isEqualTo(Colors.GRAY);
        assertThat(Colors.parse("#ff8800")).isEqualTo(0xFFFF8800);
        assertThat(Colors.parse("#80000000")).isEqualTo(0x80000000);
        assertThat(Colors.parse("transparent")).isZero();
        assertThat(Colors.format(0xFFFF8800)).isEqualTo("#FF8800");
        assertThat(Colors.format(0x80000000)).isEqualTo("#80000000");
        assertThat(Colors.names()).startsWith("white", "black", "red");
    }

    @Test
    void anythingElseSaysWhatIsAccepted() {
        for (String bad : new String[] {"purpel", "#12345", "#GGHHII", "", "0xFFFFFF"}) {
            assertThatThrownBy(() -> Colors.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("#RRGGBB");
        }
        assertThatThrownBy(() -> Colors.parse("purpel")).hasMessageStartingWith("'purpel' is not a colour");
    }
}
