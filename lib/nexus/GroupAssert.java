package lib.nexus;

import io.jhdf.api.Attribute;
import io.jhdf.api.Group;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** Checks on one group: its children and attributes. */
public final class GroupAssert extends AbstractAssert<GroupAssert, Group> {

    GroupAssert(Group group) {
        super(group, GroupAssert.class);
    }

    /** Has children with these names (others may exist too). */
    public GroupAssert hasChildren(String... names) {
        List<String> missing = Arrays.stream(names)
                .filter(name -> !actual.getChildren().containsKey(name))
                .toList();
        if (!missing.isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected group " + actual.getPath() + " to have children " + missing + " but it has "
                            + actual.getChildren().keySet());
        }
        return myself;
    }

    public GroupAssert hasNoChildren() {
        if (!actual.getChildren().isEmpty()) {
            failWithMessage(
                    "%s",
                    "Expected group " + actual.getPath() + " to be empty but it has "
                            + actual.getChildren().keySet());
        }
        return myself;
    }

    public AttributeAssert attribute(String name) {
        Attribute attribute = actual.getAttribute(name);
        if (attribute == null) {
            failWithMessage(
                    "%s",
                    "Expected group " + actual.getPath() + " to have attribute " + name + " but it has only "
                            + actual.getAttributes().keySet());
        }
        return new AttributeAssert(DataValues.of(attribute));
    }
}
