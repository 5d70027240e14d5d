package org.paramlab.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where data lives: the cache of downloaded and derived files, the system root under which Debian
 * packages install theirs, and the repository's {@code data/} folder.
 *
 * <p>{@link #current()} reads the environment: the cache is {@code PARAMLAB_DATA_DIR}, default
 * {@code ~/.paramlab/data}; the system root is {@code /}; the repository folder is {@code
 * $PARAMLAB_HOME/data}, else the {@code data} folder of the nearest parent of the working directory
 * that holds the {@code paramlab} launcher. Tests build their own instance over a temporary folder,
 * so every loader can be tried on small fixtures laid out as the real sources are.
 *
 * @param cache folder for files ParamLab downloads or derives (npm packages, decoded audio, text)
 * @param systemRoot folder that absolute system paths such as {@code /usr/share/...} resolve
 *     against
 * @param repositoryData the repository's {@code data/} folder
 */
public record DataPaths(Path cache, Path systemRoot, Path repositoryData) {
    /** Environment variable that moves the cache. */
    public static final String DATA_DIR_VARIABLE = "PARAMLAB_DATA_DIR";

    /** Requires every folder. */
    public DataPaths {
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(systemRoot, "systemRoot");
        Objects.requireNonNull(repositoryData, "repositoryData");
    }

    /** The paths this process uses, from the environment. */
    public static DataPaths current() {
        String dir = System.getenv(DATA_DIR_VARIABLE);
        Path cache =
                dir != null && !dir.isBlank()
                        ? Path.of(dir)
                        : Path.of(System.getProperty("user.home"), ".paramlab", "data");
        return new DataPaths(cache, Path.of("/"), repositoryDataFolder());
    }

    /** All three folders under one root: {@code root/cache}, {@code root}, {@code root/data}. */
    public static DataPaths under(Path root) {
        return new DataPaths(root.resolve("cache"), root, root.resolve("data"));
    }

    /** A system path such as {@code /usr/share/datasets}, resolved against the system root. */
    public Path system(String absolute) {
        return systemRoot.resolve(absolute.startsWith("/") ? absolute.substring(1) : absolute);
    }

    /** A path inside the cache. */
    public Path cached(String relative) {
        return cache.resolve(relative);
    }

    /** A path inside the repository's {@code data/} folder. */
    public Path shipped(String relative) {
        return repositoryData.resolve(relative);
    }

    private static Path repositoryDataFolder() {
        String home = System.getenv("PARAMLAB_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home, "data");
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("paramlab"))) {
                return p.resolve("data");
            }
        }
        return dir.resolve("data");
    }
}
