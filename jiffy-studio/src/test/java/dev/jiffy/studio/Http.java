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

    private static Http send(String method, String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
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
