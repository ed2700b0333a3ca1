package dev.glossary.net;

import dev.glossary.GlossaryException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkTest {

    @Test
    void httpsGoesAnywhereAndPlainHttpOnlyToThisMachine() {
        assertThat(Link.parse("https://example.org/bio101.json").insecure()).isFalse();
        for (String local : new String[] {"http://localhost:8000/d.json", "http://127.0.0.1/d.json",
                "http://127.1.2.3/d.json", "http://[::1]:8080/d.json", "http://class.localhost/d.json"}) {
            assertThat(Link.parse(local).insecure()).as(local).isTrue();
        }
        for (String remote : new String[] {"http://example.org/d.json", "http://10.0.0.1/d.json",
                "http://localhost.example.org/d.json", "http://[::2]/d.json"}) {
            assertThatThrownBy(() -> Link.parse(remote)).as(remote).isInstanceOf(GlossaryException.class)
                    .hasMessageContaining("http:// is not encrypted");
        }
        assertThatThrownBy(() -> Link.parse("http://999.0.0.1/d.json")).isInstanceOf(GlossaryException.class);
    }

    @Test
    void otherKindsOfLinkAndBrokenOnesAreUsageErrorsThatSayWhatWorks() {
        assertThatThrownBy(() -> Link.parse("ftp://example.org/d.json"))
                .hasMessage("ftp://example.org/d.json: decks are installed from https:// links or from files, not ftp://"
                        + " links; download the file and install it from there")
                .extracting(e -> ((GlossaryException) e).exitCode()).isEqualTo(GlossaryException.USAGE);
        assertThatThrownBy(() -> Link.parse("https://exa mple.org/d.json")).hasMessageContaining("not a valid link");
        assertThatThrownBy(() -> Link.parse("https:///d.json")).hasMessageContaining("the link names no host");
    }

    @Test
    void aLinkIsTextThatStartsWithASchemeAndTwoSlashes() {
        assertThat(Link.looksLikeLink("https://example.org/x.json")).isTrue();
        assertThat(Link.looksLikeLink("HTTP://localhost/x.json")).isTrue();
        assertThat(Link.looksLikeLink("decks/course.json")).isFalse();
        assertThat(Link.looksLikeLink("C:\\decks\\course.json")).isFalse();
        assertThat(Link.looksLikeLink("https:/example.org/x.json")).isFalse();
    }
}
