package dev.glossary.cli;

import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;

/**
 * Prints the {@code --json} documents: one pretty-printed JSON value on stdout and nothing else. Deck text
 * is untrusted and a script may print what it reads, so every control and format character is written as
 * a {@code \\uXXXX} escape, which any JSON reader turns back into the same text.
 */
final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder(new JsonFactoryBuilder()
                    .characterEscapes(new ControlEscapes()).build())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(MAPPER.writeValueAsString(value));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode JSON output", e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Jackson escapes only the controls below U+0020; this adds DEL, the C1 controls, bidi overrides and
     * isolates, and every other format character (zero-width marks, U+2028/U+2029 line separators too).
     */
    static final class ControlEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        ControlEscapes() {
            ascii[0x7F] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            int type = Character.getType(ch);
            boolean escape = (ch >= 0x80 && ch <= 0x9F) || type == Character.FORMAT || type == Character.CONTROL
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            return escape ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
