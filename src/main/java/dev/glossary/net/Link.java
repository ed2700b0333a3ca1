package dev.glossary.net;

import dev.glossary.GlossaryException;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A link a deck may be downloaded from: {@code Link.parse("https://example.org/bio101.json")}. Links are https;
 * plain http only to this machine (localhost or a loopback address, for a teacher trying a deck out), as
 * anything between the learner and another host could change a deck sent in the clear.
 */
public record Link(URI uri) {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*", Pattern.DOTALL);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /** Whether a command-line argument is meant as a link rather than a file: it starts with a scheme and "://". */
    public static boolean looksLikeLink(String text) {
        return SCHEME.matcher(text).matches();
    }

    /** The link, or a usage error saying why it cannot be used. */
    public static Link parse(String text) {
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new GlossaryException(GlossaryException.USAGE, text + ": not a valid link (" + e.getReason()
                    + " at character " + (e.getIndex() + 1) + "); copy the whole address again");
        }
        String problem = problem(uri);
        if (problem != null) {
            throw new GlossaryException(GlossaryException.USAGE, text + ": " + problem);
        }
        return new Link(uri);
    }

    /** Why a link (given, or one a server redirects to) may not be followed; null when it may. */
    static String problem(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return "decks are installed from https:// links or from files, not " + (scheme.isEmpty() ? "this kind of"
                    + " link" : scheme + ":// links") + "; download the file and install it from there";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "the link names no host; it should look like https://example.org/course.json";
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost())) {
            return "http:// is not encrypted, so anyone on the way could change the deck; use the https:// address"
                    + " (plain http:// is only for this machine, http://localhost/…)";
        }
        return null;
    }

    /** Whether this link is plain http to this machine, which works but deserves a warning. */
    public boolean insecure() {
        return uri.getScheme().equalsIgnoreCase("http");
    }

    /**
     * Names and literal addresses only: looking a name up could send the learner anywhere, and "localhost" (with its
     * subdomains, RFC 6761) is this machine by definition.
     */
    static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            return true;
        }
        if (IPV4.matcher(name).matches()) {
            String[] parts = name.split("\\.");
            for (String part : parts) {
                if (Integer.parseInt(part) > 255) {
                    return false;
                }
            }
            return parts[0].equals("127");
        }
        if (name.startsWith("[") && name.endsWith("]") && name.contains(":")) {
            try {
                // A literal with a colon is parsed, never looked up.
                return InetAddress.getByName(name.substring(1, name.length() - 1)).isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
