package dev.glossary.console;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.LineReader;
import org.jline.reader.Reference;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Line editing on a real terminal that declares no cursor movement (TERM=dumb):
 * {@code DumbLineEditing.install(reader)} once the reader is built. JLine's editing for such a terminal
 * expects the terminal to echo and erase, as its own stream terminal does; a real one in raw mode does
 * neither, so typing would show nothing, Backspace would insert a character and Tab a tab. Here typing
 * and completion show through JLine's display (which can append), and an erase clears the line with
 * carriage return and spaces and draws it again, the only movements such a terminal has.
 */
public final class DumbLineEditing {
    private DumbLineEditing() {
    }

    public static boolean isDumb(Terminal terminal) {
        return Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(terminal.getType());
    }

    public static void install(LineReader reader) {
        Terminal terminal = reader.getTerminal();
        // JLine's own dumb terminal (a pipe, a test) echoes and erases by itself.
        if (!isDumb(terminal) || terminal instanceof DumbTerminal || !(reader instanceof LineReaderImpl impl)) {
            return;
        }
        KeyMap<Binding> keys = reader.getKeyMaps().get(LineReader.MAIN);
        keys.bind(new Reference(LineReader.COMPLETE_WORD), "\t");
        keys.bind(new Reference(LineReader.BACKWARD_DELETE_CHAR), KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(new Reference(LineReader.KILL_WHOLE_LINE), KeyMap.ctrl('U'));
        keys.bind(new Reference(LineReader.BACKWARD_KILL_WORD), KeyMap.ctrl('W'));
        // Listing candidates would need the cursor to come back up: Tab completes what is unambiguous.
        reader.option(LineReader.Option.AUTO_LIST, false);
        reader.option(LineReader.Option.AUTO_MENU, false);
        for (String name : List.of(LineReader.SELF_INSERT, LineReader.COMPLETE_WORD)) {
            Widget builtin = reader.getBuiltinWidgets().get(name);
            reader.getWidgets().put(name, () -> {
                boolean done = builtin.apply();
                reader.callWidget(LineReader.REDISPLAY);
                return done;
            });
        }
        for (String name : List.of(LineReader.BACKWARD_DELETE_CHAR, LineReader.KILL_WHOLE_LINE,
                LineReader.BACKWARD_KILL_WORD)) {
            Widget builtin = reader.getBuiltinWidgets().get(name);
            reader.getWidgets().put(name, () -> {
                int shown = impl.getDisplayedBufferWithPrompts(new ArrayList<>()).columnLength();
                boolean done = builtin.apply();
                int columns = terminal.getWidth() > 0 ? terminal.getWidth() : shown + 1;
                terminal.writer().print("\r" + " ".repeat(Math.min(shown, columns - 1)) + "\r");
                reader.callWidget(LineReader.REDRAW_LINE);
                reader.callWidget(LineReader.REDISPLAY);
                return done;
            });
        }
    }
}
