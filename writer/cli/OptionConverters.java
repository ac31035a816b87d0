package writer.cli;

import java.time.Duration;
import java.util.function.Function;
import lib.wire.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns option texts into values; a bad text becomes a one-line usage error naming what is allowed. */
final class OptionConverters {
    private OptionConverters() {}

    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return parsed(value, Durations::parse);
        }
    }

    static final class VerbosityConverter implements ITypeConverter<Verbosity> {
        @Override
        public Verbosity convert(String value) {
            return parsed(value, Verbosity::parse);
        }
    }

    /** The parser's IllegalArgumentException becomes picocli's one-line usage error. */
    private static <T> T parsed(String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    static final class ProfileConverter implements ITypeConverter<Profile> {
        @Override
        public Profile convert(String value) {
            return switch (value.trim()) {
                case "current" -> Profile.CURRENT;
                case "2022" -> Profile.P2022;
                default -> throw new TypeConversionException("\"" + value + "\" is not a profile; use current or 2022");
            };
        }
    }
}
