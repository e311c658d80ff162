package dev.jiffy.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobListTest {
    @TempDir
    Path dir;

    @Test
    void csvRowsCarryTheirLinesAndOptionsAndLeaveBlanksOut() {
        List<Job> jobs = JobList.parseCsv("jobs.csv", List.of(
                "input , output, --from, to, text",
                "",
                "# skipped",
                "a.mp4,a.gif,1.5,2,\"Hello, \"\"world\"\"\"",
                "b.mp4,b.gif,,3,"));
        assertThat(jobs).containsExactly(
                new Job(4, "a.mp4", "a.gif", Map.of("from", "1.5", "to", "2", "text", "Hello, \"world\"")),
                new Job(5, "b.mp4", "b.gif", Map.of("to", "3")));
    }

    @Test
    void jsonLinesRowsTakeTextNumbersBooleansAndNull() {
        List<Job> jobs = JobList.parseJsonLines("jobs.jsonl", List.of(
                "{\"input\": \"a.mp4\", \"output\": \"a.gif\", \"width\": 320, \"boomerang\": true, \"text\": null}",
                "",
                "{\"input\":\"b \\\"q\\\" \\u00e9.mp4\",\"output\":\"b.gif\",\"from\":-1.5e0}"));
        assertThat(jobs).containsExactly(
                new Job(1, "a.mp4", "a.gif", Map.of("width", "320", "boomerang", "true")),
                new Job(3, "b \"q\" \u00e9.mp4", "b.gif", Map.of("from", "-1.5e0")));
    }

    @Test
    void mistakesInTheListNameTheFileAndLine() {
        assertThatThrownBy(() -> JobList.parseCsv("j.csv", List.of("input,from", "a.mp4,1")))
                .hasMessage("j.csv line 1: the header has no output column; it names input,from "
                        + "(e.g. input,output,from,to,width)");
        assertThatThrownBy(() -> JobList.parseCsv("j.csv", List.of("input,output", "a.mp4,a.gif,3")))
                .hasMessageStartingWith("j.csv line 2: 3 fields but the header (line 1) names 2");
        assertThatThrownBy(() -> JobList.parseCsv("j.csv", List.of("input,output", "a.mp4,\"a.gif")))
                .hasMessageStartingWith("j.csv line 2: a quoted field is not closed");
        assertThatThrownBy(() -> JobList.parseCsv("j.csv", List.of("input,output", "a.mp4,")))
                .hasMessageStartingWith("j.csv line 2: the row has no output");
        assertThatThrownBy(() -> JobList.parseCsv("j.csv", List.of("input,output", "a.mp4,../up.gif")))
                .hasMessageStartingWith("j.csv line 2: output '../up.gif' must be a name inside the output folder");
        assertThatThrownBy(() -> JobList.parseCsv("j.csv", List.of("input,output", "a.mp4,x.gif", "b.mp4,./x.gif")))
                .hasMessageStartingWith("j.csv line 3: output ./x.gif is also line 2's");
        assertThatThrownBy(() -> JobList.parseJsonLines("j.jsonl", List.of("{\"input\": \"a\", \"output\": b.gif}")))
                .hasMessageStartingWith("j.jsonl line 1: not a JSON object (column 26): 'b.gif' is not a JSON value");
        assertThatThrownBy(() -> JobList.parseJsonLines("j.jsonl",
                List.of("{\"input\": \"a\", \"output\": \"a.gif\", \"crop\": [1, 2]}")))
                .hasMessageContaining("not arrays");
        assertThatThrownBy(() -> JobList.parseJsonLines("j.jsonl",
                List.of("{\"input\": \"a\", \"output\": \"a.gif\"} extra")))
                .hasMessageContaining("text after the object");
        assertThatThrownBy(() -> JobList.parseCsv("j.csv", List.of("# only a comment")))
                .hasMessageStartingWith("the job list j.csv is empty");
    }

    @Test
    void readChoosesTheFormatByTheFileNameAndRefusesOthers() throws IOException {
        Path csv = Files.write(dir.resolve("jobs.csv"), List.of("input,output,width", "a.mp4,a.gif,100"));
        Path jsonl = Files.write(dir.resolve("jobs.jsonl"),
                List.of("{\"input\": \"a.mp4\", \"output\": \"a.gif\", \"width\": 100}"));
        // the same row either way (only the line differs: the CSV's header is line 1)
        assertThat(JobList.read(csv)).extracting(Job::hash).isEqualTo(JobList.read(jsonl).stream().map(Job::hash)
                .toList());
        assertThat(JobList.read(csv).get(0).options()).isEqualTo(Map.of("width", "100"));
        Path txt = Files.write(dir.resolve("jobs.txt"), List.of("a.mp4 a.gif"));
        assertThatThrownBy(() -> JobList.read(txt)).hasMessageContaining("should be a .csv");
        assertThatThrownBy(() -> JobList.read(dir.resolve("none.csv"))).hasMessageContaining("does not exist");
    }

    @Test
    void theHashChangesWithWhatTheRowAsksNotWithItsLineOrColumnOrder() {
        Job a = JobList.parseCsv("j", List.of("input,output,from,to", "a.mp4,a.gif,1,2")).get(0);
        Job b = JobList.parseCsv("j", List.of("to,output,input,from", "", "2,a.gif,a.mp4,1")).get(0);
        assertThat(a.line()).isNotEqualTo(b.line());
        assertThat(a.hash()).isEqualTo(b.hash()).hasSize(64);
        assertThat(a.withOption("to", "3").hash()).isNotEqualTo(a.hash());
        // fields are length-prefixed: moving a character from one field to the next is a different row
        assertThat(new Job(1, "ab", "c.gif", Map.of()).hash()).isNotEqualTo(new Job(1, "a", "bc.gif", Map.of()).hash());
    }
}
