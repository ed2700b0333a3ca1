package dev.glossary.cli;

import dev.glossary.term.Screen;
import picocli.CommandLine.IFactory;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.Map;

/**
 * Lets the build's man page generator (picocli-codegen, run by Maven in prepare-package) instantiate the
 * commands, which take an {@link App}; the App is never used, only the command model is read.
 */
public final class ManPageFactory implements IFactory {
    private final IFactory commands;

    public ManPageFactory() {
        App app = new App(Map.of(), Clock.systemUTC(), System.getProperty("java.io.tmpdir"),
                new ByteArrayInputStream(new byte[0]), false, () -> Screen.plain(Screen.DEFAULT_WIDTH));
        this.commands = Commands.create(app, new java.io.PrintWriter(System.out), new java.io.PrintWriter(System.err))
                .getFactory();
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        return commands.create(cls);
    }
}
