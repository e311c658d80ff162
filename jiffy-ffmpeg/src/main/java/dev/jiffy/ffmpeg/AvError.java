package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import dev.jiffy.MediaException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** FFmpeg return codes turned into one-line {@link MediaException}s that name the file, the function and the code. */
final class AvError {
    private AvError() {
    }

    /** FFmpeg's description of an error code, e.g. "Invalid data found when processing input". */
    static String describe(int code) {
        byte[] buffer = new byte[256];
        if (av_strerror(code, buffer, buffer.length) < 0) {
            return "unknown error " + code;
        }
        int length = 0;
        while (length < buffer.length && buffer[length] != 0) {
            length++;
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }

    /** "{what}: {file} ({meaning}; {function} returned {code})". */
    static MediaException failure(String what, Path file, String function, int code) {
        return new MediaException(what + ": " + file + " (" + describe(code) + "; " + function + " returned " + code + ")");
    }

    /** Returns {@code code} if it is not negative, else throws {@link #failure}. */
    static int check(int code, String what, Path file, String function) {
        if (code < 0) {
            throw failure(what, file, function, code);
        }
        return code;
    }
}
