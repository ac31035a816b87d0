package lib.nexus;

/** Checks on one attribute of a dataset or group. */
public final class AttributeAssert extends AbstractDataAssert<AttributeAssert> {

    AttributeAssert(DataValues actual) {
        super(actual, AttributeAssert.class);
    }

    /** The attribute's single value (scalar or length 1) equals {@code expected}; numbers by value. */
    @Override
    public AttributeAssert isEqualTo(Object expected) {
        scalarValue().isEqualTo(expected);
        return myself;
    }
}
