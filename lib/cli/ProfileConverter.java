package lib.cli;

import lib.wire.Profile;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --profile}: {@code current} or {@code 2022}. */
public final class ProfileConverter implements ITypeConverter<Profile> {
    @Override
    public Profile convert(String value) {
        try {
            return Profile.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
