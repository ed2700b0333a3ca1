package dev.glossary.search;

import java.io.DataOutput;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The parts of a built index as arrays written one after another, each with its length first, for
 * {@link SearchIndex#write} and {@link SearchIndex#read}. Arrays are read in bulk from the buffer, so reading
 * a 100 000-term deck's index is copying memory rather than building it again.
 */
final class IndexData {
    private IndexData() {
    }

    /** Writes to a stream the caller owns (the index itself opens no file). */
    static final class Out {
        private final DataOutput out;

        Out(DataOutput out) {
            this.out = out;
        }

        void integer(int value) throws IOException {
            out.writeInt(value);
        }

        /**
         * Arrays go out through a buffer a chunk at a time: a large deck's index is tens of millions of ints,
         * and one call per int made writing it take longer than building it.
         */
        private final ByteBuffer chunk = ByteBuffer.allocate(1 << 16);

        void ints(int[] values) throws IOException {
            out.writeInt(values.length);
            int perChunk = chunk.capacity() / Integer.BYTES;
            for (int from = 0; from < values.length; from += perChunk) {
                int n = Math.min(perChunk, values.length - from);
                chunk.clear();
                chunk.asIntBuffer().put(values, from, n);
                out.write(chunk.array(), 0, n * Integer.BYTES);
            }
        }

        void longs(long[] values) throws IOException {
            out.writeInt(values.length);
            int perChunk = chunk.capacity() / Long.BYTES;
            for (int from = 0; from < values.length; from += perChunk) {
                int n = Math.min(perChunk, values.length - from);
                chunk.clear();
                chunk.asLongBuffer().put(values, from, n);
                out.write(chunk.array(), 0, n * Long.BYTES);
            }
        }

        void strings(String[] values) throws IOException {
            out.writeInt(values.length);
            for (String value : values) {
                byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
                out.writeInt(bytes.length);
                out.write(bytes);
            }
        }

        /** A map onto the numbers 0 to size − 1, as the keys in the order of their numbers. */
        void numbering(Map<String, Integer> ids) throws IOException {
            String[] keys = new String[ids.size()];
            for (Map.Entry<String, Integer> e : ids.entrySet()) {
                keys[e.getValue()] = e.getKey();
            }
            strings(keys);
        }

        void postings(Postings postings) throws IOException {
            ints(postings.starts());
            ints(postings.values());
        }
    }

    /** Reads what {@link Out} wrote; anything malformed is an {@link IllegalArgumentException}. */
    static final class In {
        private final ByteBuffer in;

        In(ByteBuffer in) {
            this.in = in;
        }

        int integer() {
            try {
                return in.getInt();
            } catch (BufferUnderflowException e) {
                throw new IllegalArgumentException("the index data ends too early");
            }
        }

        private int length(int bytesEach) {
            int n = integer();
            if (n < 0 || (long) n * bytesEach > in.remaining()) {
                throw new IllegalArgumentException("an array of " + n + " does not fit in the index data");
            }
            return n;
        }

        int[] ints() {
            int[] values = new int[length(Integer.BYTES)];
            in.asIntBuffer().get(values);
            in.position(in.position() + values.length * Integer.BYTES);
            return values;
        }

        long[] longs() {
            long[] values = new long[length(Long.BYTES)];
            in.asLongBuffer().get(values);
            in.position(in.position() + values.length * Long.BYTES);
            return values;
        }

        String[] strings() {
            String[] values = new String[length(Integer.BYTES)];
            byte[] scratch = new byte[64];
            for (int i = 0; i < values.length; i++) {
                int n = length(1);
                if (scratch.length < n) {
                    scratch = new byte[Math.max(n, 2 * scratch.length)];
                }
                in.get(scratch, 0, n);
                values[i] = new String(scratch, 0, n, StandardCharsets.UTF_8);
            }
            return values;
        }

        Map<String, Integer> numbering() {
            String[] keys = strings();
            Map<String, Integer> ids = new HashMap<>((int) (keys.length / 0.75f) + 1);
            for (int i = 0; i < keys.length; i++) {
                ids.put(keys[i], i);
            }
            return ids;
        }

        Postings postings() {
            int[] starts = ints();
            int[] values = ints();
            return Postings.of(starts, values);
        }

        boolean atEnd() {
            return !in.hasRemaining();
        }
    }
}
