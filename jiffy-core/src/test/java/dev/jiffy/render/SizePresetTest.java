package dev.jiffy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizePresetTest {
    @Test
    void presetsAreReadFromTheDataFileInItsOrder() {
        assertThat(SizePreset.all()).extracting(SizePreset::name).startsWith("discord", "discord-emoji", "twitter")
                .contains("github", "email", "slack-emoji", "mastodon").doesNotHaveDuplicates();
        SizePreset discord = SizePreset.named("Discord");
        assertThat(discord.limit()).isEqualTo(ByteSize.of(10_000_000));
        assertThat(discord.description()).isEqualTo("Discord upload, free account");
        assertThat(SizePreset.named("twitter").limit().bytes()).isEqualTo(15_000_000);
        assertThat(SizePreset.named("slack-emoji").limit().bytes()).isEqualTo(128_000);
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThat(SizePreset.find("myspace")).isEmpty();
        assertThatThrownBy(() -> SizePreset.named("myspace")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown size target 'myspace': use one of discord (10.00 MB), "
                        + "discord-emoji (256.0 KB), ");
    }
}
