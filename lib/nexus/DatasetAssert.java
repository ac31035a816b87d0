package lib.nexus;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;

/** Checks on one dataset: shape, type, values and attributes. */
public final class DatasetAssert extends AbstractDataAssert<DatasetAssert> {
    private final Dataset dataset;

    DatasetAssert(Dataset dataset) {
        super(DataValues.of(dataset), DatasetAssert.class);
        this.dataset = dataset;
    }

    /** The short type name: int32, uint64, float64, string(vlen), string(20) for fixed-length strings. */
    public DatasetAssert hasDtype(String expected) {
        if (!actual.dtype().equals(expected)) {
            fail("Expected " + actual.where() + " to be of type " + expected + " but it is " + actual.dtype());
        }
        return myself;
    }

    public AttributeAssert attribute(String name) {
        return new AttributeAssert(DataValues.of(requireAttribute(name)));
    }

    public DatasetAssert hasAttribute(String name) {
        requireAttribute(name);
        return myself;
    }

    public DatasetAssert doesNotHaveAttribute(String name) {
        if (dataset.getAttributes().containsKey(name)) {
            fail("Expected " + actual.where() + " to have no attribute " + name + " but it has "
                    + DataValues.of(dataset.getAttribute(name)));
        }
        return myself;
    }

    private Attribute requireAttribute(String name) {
        Attribute attribute = dataset.getAttribute(name);
        if (attribute == null) {
            fail("Expected " + actual.where() + " to have attribute " + name + " but it has only "
                    + dataset.getAttributes().keySet());
        }
        return attribute;
    }
}
