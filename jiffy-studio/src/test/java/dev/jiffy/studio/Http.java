package dev.jiffy.studio;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** One request to the studio, as a browser would make it, and what came back. */
record Http(int status, String contentType, byte[] body, String bytesHeader) {
    static Http get(String url) throws IOException {
        return send("GET", url);
    }

    static Http post(String url) throws IOException {
        return send("POST", url);
    }

    /** A POST carrying {@code body}, as the page's upload sends a dropped file. */
    static Http post(String url, byte[] body) throws IOException {
        return send("POST", url, body);
    }

    private static Http send(String method, String url) throws IOException {
        return send(method, url, null);
    }

    private static Http send(String method, String url, byte[] upload) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        if (upload != null) {
            c.setDoOutput(true);
            c.setFixedLengthStreamingMode(upload.length);
            try (var out = c.getOutputStream()) {
                out.write(upload);
            } catch (IOException e) {
                // The server may answer (413) before reading it all: its answer is what counts.
            }
        }
        try {
            int status = c.getResponseCode();
            try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
                byte[] body = in == null ? new byte[0] : in.readAllBytes();
                return new Http(status, c.getContentType(), body, c.getHeaderField("X-Jiffy-Bytes"));
            }
        } finally {
            c.disconnect();
        }
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
