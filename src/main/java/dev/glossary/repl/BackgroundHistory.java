package dev.glossary.repl;

import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ListIterator;

/**
 * JLine's history, read from its file on a thread of its own. JLine reads the file when its first read
 * starts, and a history of a few thousand lines took the first prompt 25 ms; nothing needs it until the
 * learner enters a line or presses a key that looks back. Every call but {@link #attach} first waits for
 * the read to finish, so the history is never seen half-read.
 */
final class BackgroundHistory implements History {
    private final DefaultHistory history = new DefaultHistory();
    private LineReader reader;
    private Thread reading;

    @Override
    public void attach(LineReader reader) {
        if (this.reader == reader) {
            return;
        }
        loaded();
        this.reader = reader;
        reading = new Thread(new Attach(history, reader), "glossary-history");
        reading.setDaemon(true);
        reading.start();
    }

    /** A class, not a lambda: linking one would cost the first prompt what this saves on a short history. */
    private record Attach(DefaultHistory history, LineReader reader) implements Runnable {
        @Override
        public void run() {
            history.attach(reader);
        }
    }

    private DefaultHistory loaded() {
        if (reading != null) {
            boolean interrupted = false;
            while (true) {
                try {
                    reading.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            reading = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return history;
    }

    @Override
    public void load() throws IOException {
        loaded().load();
    }

    @Override
    public void save() throws IOException {
        loaded().save();
    }

    @Override
    public void write(Path file, boolean incremental) throws IOException {
        loaded().write(file, incremental);
    }

    @Override
    public void append(Path file, boolean incremental) throws IOException {
        loaded().append(file, incremental);
    }

    @Override
    public void read(Path file, boolean checkDuplicates) throws IOException {
        loaded().read(file, checkDuplicates);
    }

    @Override
    public void purge() throws IOException {
        loaded().purge();
    }

    @Override
    public int size() {
        return loaded().size();
    }

    @Override
    public int index() {
        return loaded().index();
    }

    @Override
    public int first() {
        return loaded().first();
    }

    @Override
    public int last() {
        return loaded().last();
    }

    @Override
    public String get(int index) {
        return loaded().get(index);
    }

    @Override
    public void add(Instant time, String line) {
        loaded().add(time, line);
    }

    @Override
    public boolean isPersistable(Entry entry) {
        return loaded().isPersistable(entry);
    }

    @Override
    public ListIterator<Entry> iterator(int index) {
        return loaded().iterator(index);
    }

    @Override
    public String current() {
        return loaded().current();
    }

    @Override
    public boolean previous() {
        return loaded().previous();
    }

    @Override
    public boolean next() {
        return loaded().next();
    }

    @Override
    public boolean moveToFirst() {
        return loaded().moveToFirst();
    }

    @Override
    public boolean moveToLast() {
        return loaded().moveToLast();
    }

    @Override
    public boolean moveTo(int index) {
        return loaded().moveTo(index);
    }

    @Override
    public void moveToEnd() {
        loaded().moveToEnd();
    }

    @Override
    public void resetIndex() {
        loaded().resetIndex();
    }

    @Override
    public String toString() {
        return loaded().toString();
    }
}
