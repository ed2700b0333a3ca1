package dev.glossary.console;

import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.Widget;
import org.jline.reader.impl.LineReaderImpl;
import org.jline.terminal.Terminal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * JLine's line reader, making each of its built-in widgets when it is first looked up rather than all of them
 * when the reader is built: each is a method reference, and linking the 145 of them cost the REPL's first
 * prompt (and a quiz's first question) about 30 ms, for the dozen a session calls. Otherwise it is the reader
 * {@code LineReaderBuilder} builds: set the parser, completer and options on it.
 */
public final class LeanLineReader extends LineReaderImpl {
    /** False while JLine's constructor runs: it copies the built-in widgets, and there are none to copy yet. */
    private final boolean built;
    private Runnable onFirstKey;

    public LeanLineReader(Terminal terminal, String appName, Map<String, Object> variables) {
        super(terminal, appName, variables);
        built = true;
        widgets = new Widgets();
    }

    @Override
    protected Map<String, Widget> builtinWidgets() {
        return new Builtins();
    }

    /**
     * Runs {@code action} once, as soon as the first key of a read has arrived: the prompt is on the screen
     * by then, and work started there no longer takes a core from drawing it.
     */
    public void onFirstKey(Runnable action) {
        this.onFirstKey = action;
    }

    @Override
    public Binding readBinding(KeyMap<Binding> keys, KeyMap<Binding> local) {
        Binding binding = super.readBinding(keys, local);
        Runnable action = onFirstKey;
        if (action != null) {
            onFirstKey = null;
            action.run();
        }
        return binding;
    }

    /** The built-in widget of that name, or null: the cases are those of JLine's own {@code builtinWidgets}. */
    private Widget builtin(String name) {
        return switch (name) {
            case ACCEPT_AND_INFER_NEXT_HISTORY -> this::acceptAndInferNextHistory;
            case ACCEPT_AND_HOLD -> this::acceptAndHold;
            case ACCEPT_LINE -> this::acceptLine;
            case ACCEPT_LINE_AND_DOWN_HISTORY -> this::acceptLineAndDownHistory;
            case ARGUMENT_BASE -> this::argumentBase;
            case BACKWARD_CHAR -> this::backwardChar;
            case BACKWARD_DELETE_CHAR -> this::backwardDeleteChar;
            case BACKWARD_DELETE_WORD -> this::backwardDeleteWord;
            case BACKWARD_KILL_LINE -> this::backwardKillLine;
            case BACKWARD_KILL_WORD -> this::backwardKillWord;
            case BACKWARD_WORD -> this::backwardWord;
            case BEEP -> this::beep;
            case BEGINNING_OF_BUFFER_OR_HISTORY -> this::beginningOfBufferOrHistory;
            case BEGINNING_OF_HISTORY -> this::beginningOfHistory;
            case BEGINNING_OF_LINE -> this::beginningOfLine;
            case BEGINNING_OF_LINE_HIST -> this::beginningOfLineHist;
            case CAPITALIZE_WORD -> this::capitalizeWord;
            case CLEAR -> this::clear;
            case CLEAR_SCREEN -> this::clearScreen;
            case COMPLETE_PREFIX -> this::completePrefix;
            case COMPLETE_WORD -> this::completeWord;
            case COPY_PREV_WORD -> this::copyPrevWord;
            case COPY_REGION_AS_KILL -> this::copyRegionAsKill;
            case DELETE_CHAR -> this::deleteChar;
            case DELETE_CHAR_OR_LIST -> this::deleteCharOrList;
            case DELETE_WORD -> this::deleteWord;
            case DIGIT_ARGUMENT -> this::digitArgument;
            case DO_LOWERCASE_VERSION -> this::doLowercaseVersion;
            case DOWN_CASE_WORD -> this::downCaseWord;
            case DOWN_LINE -> this::downLine;
            case DOWN_LINE_OR_HISTORY -> this::downLineOrHistory;
            case DOWN_LINE_OR_SEARCH -> this::downLineOrSearch;
            case DOWN_HISTORY -> this::downHistory;
            case EDIT_AND_EXECUTE_COMMAND -> this::editAndExecute;
            case EMACS_EDITING_MODE -> this::emacsEditingMode;
            case EMACS_BACKWARD_WORD -> this::emacsBackwardWord;
            case EMACS_FORWARD_WORD -> this::emacsForwardWord;
            case END_OF_BUFFER_OR_HISTORY -> this::endOfBufferOrHistory;
            case END_OF_HISTORY -> this::endOfHistory;
            case END_OF_LINE -> this::endOfLine;
            case END_OF_LINE_HIST -> this::endOfLineHist;
            case EXCHANGE_POINT_AND_MARK -> this::exchangePointAndMark;
            case EXPAND_HISTORY -> this::expandHistory;
            case EXPAND_OR_COMPLETE -> this::expandOrComplete;
            case EXPAND_OR_COMPLETE_PREFIX -> this::expandOrCompletePrefix;
            case EXPAND_WORD -> this::expandWord;
            case FRESH_LINE -> this::freshLine;
            case FORWARD_CHAR -> this::forwardChar;
            case FORWARD_WORD -> this::forwardWord;
            case HISTORY_INCREMENTAL_SEARCH_BACKWARD -> this::historyIncrementalSearchBackward;
            case HISTORY_INCREMENTAL_SEARCH_FORWARD -> this::historyIncrementalSearchForward;
            case HISTORY_SEARCH_BACKWARD -> this::historySearchBackward;
            case HISTORY_SEARCH_FORWARD -> this::historySearchForward;
            case INSERT_CLOSE_CURLY -> this::insertCloseCurly;
            case INSERT_CLOSE_PAREN -> this::insertCloseParen;
            case INSERT_CLOSE_SQUARE -> this::insertCloseSquare;
            case INSERT_COMMENT -> this::insertComment;
            case KILL_BUFFER -> this::killBuffer;
            case KILL_LINE -> this::killLine;
            case KILL_REGION -> this::killRegion;
            case KILL_WHOLE_LINE -> this::killWholeLine;
            case KILL_WORD -> this::killWord;
            case LIST_CHOICES -> this::listChoices;
            case MENU_COMPLETE -> this::menuComplete;
            case MENU_EXPAND_OR_COMPLETE -> this::menuExpandOrComplete;
            case NEG_ARGUMENT -> this::negArgument;
            case OVERWRITE_MODE -> this::overwriteMode;
            case QUOTED_INSERT -> this::quotedInsert;
            case REDISPLAY -> this::redisplay;
            case REDRAW_LINE -> this::redrawLine;
            case REDO -> this::redo;
            case SELF_INSERT -> this::selfInsert;
            case SELF_INSERT_UNMETA -> this::selfInsertUnmeta;
            case SEND_BREAK -> this::sendBreak;
            case SET_MARK_COMMAND -> this::setMarkCommand;
            case TRANSPOSE_CHARS -> this::transposeChars;
            case TRANSPOSE_WORDS -> this::transposeWords;
            case UNDEFINED_KEY -> this::undefinedKey;
            case UNIVERSAL_ARGUMENT -> this::universalArgument;
            case UNDO -> this::undo;
            case UP_CASE_WORD -> this::upCaseWord;
            case UP_HISTORY -> this::upHistory;
            case UP_LINE -> this::upLine;
            case UP_LINE_OR_HISTORY -> this::upLineOrHistory;
            case UP_LINE_OR_SEARCH -> this::upLineOrSearch;
            case VI_ADD_EOL -> this::viAddEol;
            case VI_ADD_NEXT -> this::viAddNext;
            case VI_BACKWARD_CHAR -> this::viBackwardChar;
            case VI_BACKWARD_DELETE_CHAR -> this::viBackwardDeleteChar;
            case VI_BACKWARD_BLANK_WORD -> this::viBackwardBlankWord;
            case VI_BACKWARD_BLANK_WORD_END -> this::viBackwardBlankWordEnd;
            case VI_BACKWARD_KILL_WORD -> this::viBackwardKillWord;
            case VI_BACKWARD_WORD -> this::viBackwardWord;
            case VI_BACKWARD_WORD_END -> this::viBackwardWordEnd;
            case VI_BEGINNING_OF_LINE -> this::viBeginningOfLine;
            case VI_CMD_MODE -> this::viCmdMode;
            case VI_DIGIT_OR_BEGINNING_OF_LINE -> this::viDigitOrBeginningOfLine;
            case VI_DOWN_LINE_OR_HISTORY -> this::viDownLineOrHistory;
            case VI_CHANGE -> this::viChange;
            case VI_CHANGE_EOL -> this::viChangeEol;
            case VI_CHANGE_WHOLE_LINE -> this::viChangeWholeLine;
            case VI_DELETE_CHAR -> this::viDeleteChar;
            case VI_DELETE -> this::viDelete;
            case VI_END_OF_LINE -> this::viEndOfLine;
            case VI_KILL_EOL -> this::viKillEol;
            case VI_FIRST_NON_BLANK -> this::viFirstNonBlank;
            case VI_FIND_NEXT_CHAR -> this::viFindNextChar;
            case VI_FIND_NEXT_CHAR_SKIP -> this::viFindNextCharSkip;
            case VI_FIND_PREV_CHAR -> this::viFindPrevChar;
            case VI_FIND_PREV_CHAR_SKIP -> this::viFindPrevCharSkip;
            case VI_FORWARD_BLANK_WORD -> this::viForwardBlankWord;
            case VI_FORWARD_BLANK_WORD_END -> this::viForwardBlankWordEnd;
            case VI_FORWARD_CHAR -> this::viForwardChar;
            case VI_FORWARD_WORD -> this::viForwardWord;
            case VI_FORWARD_WORD_END -> this::viForwardWordEnd;
            case VI_HISTORY_SEARCH_BACKWARD -> this::viHistorySearchBackward;
            case VI_HISTORY_SEARCH_FORWARD -> this::viHistorySearchForward;
            case VI_INSERT -> this::viInsert;
            case VI_INSERT_BOL -> this::viInsertBol;
            case VI_INSERT_COMMENT -> this::viInsertComment;
            case VI_JOIN -> this::viJoin;
            case VI_KILL_LINE -> this::viKillWholeLine;
            case VI_MATCH_BRACKET -> this::viMatchBracket;
            case VI_OPEN_LINE_ABOVE -> this::viOpenLineAbove;
            case VI_OPEN_LINE_BELOW -> this::viOpenLineBelow;
            case VI_PUT_AFTER -> this::viPutAfter;
            case VI_PUT_BEFORE -> this::viPutBefore;
            case VI_REPEAT_FIND -> this::viRepeatFind;
            case VI_REPEAT_SEARCH -> this::viRepeatSearch;
            case VI_REPLACE_CHARS -> this::viReplaceChars;
            case VI_REV_REPEAT_FIND -> this::viRevRepeatFind;
            case VI_REV_REPEAT_SEARCH -> this::viRevRepeatSearch;
            case VI_SWAP_CASE -> this::viSwapCase;
            case VI_UP_LINE_OR_HISTORY -> this::viUpLineOrHistory;
            case VI_YANK -> this::viYankTo;
            case VI_YANK_WHOLE_LINE -> this::viYankWholeLine;
            case VISUAL_LINE_MODE -> this::visualLineMode;
            case VISUAL_MODE -> this::visualMode;
            case WHAT_CURSOR_POSITION -> this::whatCursorPosition;
            case YANK -> this::yank;
            case YANK_POP -> this::yankPop;
            case MOUSE -> this::mouse;
            case BEGIN_PASTE -> this::beginPaste;
            case FOCUS_IN -> this::focusIn;
            case FOCUS_OUT -> this::focusOut;
            default -> null;
        };
    }

    /** Named as JLine names its built-in widgets, which is how key bindings are listed. */
    private static Widget named(String name, Widget widget) {
        return new Widget() {
            @Override
            public boolean apply() {
                return widget.apply();
            }

            @Override
            public String toString() {
                return "." + name;
            }
        };
    }

    /** The built-in widgets, each made on first lookup and then kept; iterating makes them all. */
    private final class Builtins extends AbstractMap<String, Widget> {
        private final Map<String, Widget> made = new HashMap<>();
        private boolean complete;

        @Override
        public Widget get(Object key) {
            Widget widget = made.get(key);
            if (widget == null && !complete && key instanceof String name) {
                Widget method = builtin(name);
                if (method != null) {
                    widget = named(name, method);
                    made.put(name, widget);
                }
            }
            return widget;
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public int size() {
            return built ? entrySet().size() : 0;
        }

        @Override
        public Set<Entry<String, Widget>> entrySet() {
            if (!complete) {
                for (Map.Entry<String, Widget> e : LeanLineReader.super.builtinWidgets().entrySet()) {
                    made.putIfAbsent(e.getKey(), e.getValue());
                }
                complete = true;
            }
            return Collections.unmodifiableMap(made).entrySet();
        }
    }

    /**
     * The widgets the reader calls by name: those the application set, else the built-in one. Anything but a
     * lookup or a put (a removal, an iteration) first copies in every built-in widget, and is then a plain map.
     */
    private final class Widgets extends AbstractMap<String, Widget> {
        private final Map<String, Widget> own = new HashMap<>();
        private boolean whole;

        @Override
        public Widget get(Object key) {
            Widget widget = own.get(key);
            return widget != null || whole ? widget : builtinWidgets.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return get(key) != null;
        }

        @Override
        public Widget put(String name, Widget widget) {
            Widget before = get(name);
            own.put(name, widget);
            return before;
        }

        @Override
        public Widget remove(Object key) {
            return whole().remove(key);
        }

        @Override
        public Set<Entry<String, Widget>> entrySet() {
            return whole().entrySet();
        }

        private Map<String, Widget> whole() {
            if (!whole) {
                for (Map.Entry<String, Widget> e : builtinWidgets.entrySet()) {
                    own.putIfAbsent(e.getKey(), e.getValue());
                }
                whole = true;
            }
            return own;
        }
    }
}
