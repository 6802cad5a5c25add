package kz.reglament.deployment;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.reglament.tenant.Tenants;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads {@code processes/} from the jar (classpath:processes) or from disk (file:processes) into folders, and
 * refuses a folder that names no tenant: a typo in a folder name must not deploy a regulation to nobody.
 */
@Component
public class ProcessFolderReader {

    static final Set<String> DEPLOYABLE_SUFFIXES = Set.of(".bpmn", ".dmn", ".form");

    private final Tenants tenants;
    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public ProcessFolderReader(Tenants tenants) {
        this.tenants = tenants;
    }

    public List<ProcessFolder> read(String location) {
        String root = location.endsWith("/") ? location : location + "/";
        Map<String, Map<String, byte[]>> byFolder = new TreeMap<>();
        try {
            String rootUrl;
            try {
                rootUrl = location(resolver.getResource(root));
            } catch (FileNotFoundException absent) {
                // A classpath location with nothing packed under it: no processes, which the caller reports.
                return List.of();
            }
            for (Resource resource : resolver.getResources(root + "**/*")) {
                String relative = relativePath(rootUrl, resource);
                if (relative == null || !resource.isReadable() || !isDeployable(relative)) {
                    continue;
                }
                int slash = relative.indexOf('/');
                if (slash < 0) {
                    throw new InvalidProcessFolderException(relative
                            + " lies directly in processes/; put it in its tenant's folder or in common/");
                }
                String folder = relative.substring(0, slash);
                byFolder.computeIfAbsent(folder, name -> new LinkedHashMap<>()).put(relative, read(resource));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the processes at " + location, e);
        }
        List<ProcessFolder> folders = new ArrayList<>();
        byFolder.forEach((name, resources) -> folders.add(ProcessFolder.of(name, tenantOf(name), resources)));
        return folders;
    }

    private String tenantOf(String folder) {
        if (ProcessFolder.SHARED_FOLDER.equals(folder)) {
            return null;
        }
        if (!tenants.contains(folder)) {
            throw new InvalidProcessFolderException("processes/" + folder + "/ names no tenant; known tenants are "
                    + tenants.ids() + " (configured under reglament.tenants), and common/ for shared blocks");
        }
        return folder;
    }

    private static String relativePath(String rootUrl, Resource resource) throws IOException {
        String url = location(resource);
        return url.startsWith(rootUrl) ? url.substring(rootUrl.length()) : null;
    }

    /** One spelling for a file however the location was written (relative, absolute, in a jar). */
    private static String location(Resource resource) throws IOException {
        if (resource.isFile()) {
            String uri = resource.getFile().toPath().toAbsolutePath().normalize().toUri().toString();
            return resource.getFile().isDirectory() && !uri.endsWith("/") ? uri + "/" : uri;
        }
        return resource.getURL().toString();
    }

    private static boolean isDeployable(String path) {
        return DEPLOYABLE_SUFFIXES.stream().anyMatch(path::endsWith);
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
