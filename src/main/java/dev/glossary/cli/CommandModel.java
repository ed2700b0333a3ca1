package dev.glossary.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A command's picocli model, declared in code: {@code CommandModel.of(this, "show", "Show a term.")}, then
 * its options and parameters, each bound to a field of the command, then {@link #spec()}.
 *
 * <p>Why not picocli's annotations: reading them makes the JDK generate a proxy class per annotation
 * type, about 25 ms of a cold start, which is most of what a one-shot may spend. Picocli's programmatic
 * API builds the same model, so help, completion, the man page and parsing are unchanged.
 */
final class CommandModel {
    private final CommandSpec spec;

    private CommandModel(CommandSpec spec) {
        this.spec = spec;
    }

    /** A command named {@code name} whose {@code call()} is the given object's; like every command, it takes -h/--help. */
    static CommandModel of(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        return new CommandModel(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    /** An option that takes one value of {@code type}. */
    <T> CommandModel option(OptionSpec.Builder option, Class<T> type, Supplier<T> get, Consumer<T> set) {
        spec.addOption(bind(option.type(type), get, set).build());
        return this;
    }

    /**
     * An option that calls {@code onSet} with its value when given, and is not reset between runs of the
     * command (like an annotated setter method).
     */
    <T> CommandModel callback(OptionSpec.Builder option, Class<T> type, Consumer<T> onSet) {
        Callback<T> callback = new Callback<>(onSet);
        spec.addOption(option.type(type).hasInitialValue(false).getter(callback).setter(callback).build());
        return this;
    }

    /** An option without a value, true when given. */
    CommandModel flag(OptionSpec.Builder option, Supplier<Boolean> get, Consumer<Boolean> set) {
        return option(option, boolean.class, get, set);
    }

    /** An option that can be given several times, each value (or each part, with a split) one element. */
    <E> CommandModel repeatable(OptionSpec.Builder option, Class<E> element, Supplier<List<E>> get,
            Consumer<List<E>> set) {
        spec.addOption(bind(option.type(List.class).auxiliaryTypes(element), get, set).build());
        return this;
    }

    /** A positional parameter that takes one value of {@code type}. */
    <T> CommandModel positional(PositionalParamSpec.Builder parameter, Class<T> type, Supplier<T> get,
            Consumer<T> set) {
        spec.addPositional(bind(required(parameter, true).type(type), get, set).build());
        return this;
    }

    /** Positional parameters gathered into a list. */
    <E> CommandModel positionals(PositionalParamSpec.Builder parameter, Class<E> element, Supplier<List<E>> get,
            Consumer<List<E>> set) {
        spec.addPositional(bind(required(parameter, false).type(List.class).auxiliaryTypes(element), get, set).build());
        return this;
    }

    /**
     * Options that several commands share, declared by their own class (as a picocli {@code @Mixin} was),
     * which binds them to its fields: {@code .mixin(levels::addTo)}.
     */
    CommandModel mixin(Consumer<CommandModel> options) {
        options.accept(this);
        return this;
    }

    /** {@code -V/--version}: with the {@code -h/--help} every command has, what picocli's {@code mixinStandardHelpOptions} gives. */
    CommandModel standardHelpOptions() {
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return this;
    }

    /*
     * The field's value at build time is what picocli restores before each parse, so a command object
     * the REPL runs again starts from its declared defaults, as with annotated fields.
     */
    private static <V> OptionSpec.Builder bind(OptionSpec.Builder option, Supplier<V> get, Consumer<V> set) {
        Binding<V> binding = new Binding<>(get, set);
        return option.getter(binding).setter(binding).initialValue(get.get());
    }

    /*
     * Picocli's annotations make a positional parameter required when its arity asks for at least one
     * value (an unspecified arity is 1 for one value, 0..1 for a list); its builder does not, so without
     * this a missing TERM reached call() as null instead of being a usage error.
     */
    private static PositionalParamSpec.Builder required(PositionalParamSpec.Builder parameter, boolean single) {
        boolean required = parameter.arity() == null ? single : parameter.arity().min() > 0;
        return required ? parameter.required(true) : parameter;
    }

    private static <V> PositionalParamSpec.Builder bind(PositionalParamSpec.Builder parameter, Supplier<V> get,
            Consumer<V> set) {
        Binding<V> binding = new Binding<>(get, set);
        return parameter.getter(binding).setter(binding).initialValue(get.get());
    }

    private static final class Binding<V> implements IGetter, ISetter {
        private final Supplier<V> get;
        private final Consumer<V> set;

        Binding(Supplier<V> get, Consumer<V> set) {
            this.get = get;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) get.get();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T previous = (T) get.get();
            set.accept((V) value);
            return previous;
        }
    }

    private static final class Callback<V> implements IGetter, ISetter {
        private final Consumer<V> onSet;
        private V last;

        Callback(Consumer<V> onSet) {
            this.onSet = onSet;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T get() {
            return (T) last;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T set(T value) {
            T previous = (T) last;
            last = (V) value;
            onSet.accept(last);
            return previous;
        }
    }
}
