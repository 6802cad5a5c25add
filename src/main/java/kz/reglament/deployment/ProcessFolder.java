package kz.reglament.deployment;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One folder under {@code processes/}: its name, the tenant it deploys to (none for {@code common}) and its
 * files, keyed by their path relative to {@code processes/} (e.g. {@code aktobe/medical-licence-issue.bpmn}).
 */
public record ProcessFolder(String name, String tenantId, SortedMap<String, byte[]> resources) {

    public static final String SHARED_FOLDER = "common";

    public ProcessFolder {
        resources = Collections.unmodifiableSortedMap(new TreeMap<>(resources));
    }

    public boolean isShared() {
        return tenantId == null;
    }

    /** The deployment name under which Camunda keeps every version of this folder. */
    public String deploymentName() {
        return "processes/" + name;
    }

    boolean sameContent(String resourceName, byte[] deployed) {
        byte[] current = resources.get(resourceName);
        return current != null && Arrays.equals(current, deployed);
    }

    @Override
    public String toString() {
        return name + resources.keySet();
    }

    static ProcessFolder of(String name, String tenantId, Map<String, byte[]> resources) {
        return new ProcessFolder(name, tenantId, new TreeMap<>(resources));
    }
}
