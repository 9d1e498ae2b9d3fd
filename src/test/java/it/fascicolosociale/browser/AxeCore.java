package it.fascicolosociale.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * axe-core (Deque, MPL-2.0), the accessibility engine, fetched once from the npm registry into target/
 * (it is not published as a Maven artifact) and injected into the page under test.
 */
final class AxeCore {

    static final String VERSION = "4.10.2";
    private static final URI TARBALL = URI.create("https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz");
    private static final Path CACHE = Path.of("target/axe-core-" + VERSION + ".min.js");
    private static final String ENTRY = "package/axe.min.js";

    private AxeCore() {
    }

    static synchronized String script() throws IOException, InterruptedException {
        if (!Files.exists(CACHE)) {
            byte[] tarball = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build()
                    .send(HttpRequest.newBuilder(TARBALL).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            Files.createDirectories(CACHE.getParent());
            Files.write(CACHE, entry(new GZIPInputStream(new ByteArrayInputStream(tarball)), ENTRY));
        }
        return Files.readString(CACHE, StandardCharsets.UTF_8);
    }

    /** Reads one file out of a tar stream (512-byte headers, name at 0, octal size at 124). */
    private static byte[] entry(InputStream tar, String name) throws IOException {
        byte[] header = new byte[512];
        while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
            String entryName = new String(header, 0, 100, StandardCharsets.US_ASCII).trim().replace("\0", "");
            long size = Long.parseLong(new String(header, 124, 12, StandardCharsets.US_ASCII).trim().replace("\0", ""), 8);
            byte[] content = tar.readNBytes((int) size);
            tar.skipNBytes((512 - size % 512) % 512);
            if (entryName.equals(name)) {
                return content;
            }
        }
        throw new IOException(name + " not found in the axe-core package");
    }
}
