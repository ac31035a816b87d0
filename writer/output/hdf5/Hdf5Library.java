package writer.output.hdf5;

import java.io.File;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the HDF Group's Java binding bundled in org.bytedeco:hdf5. Its static initialiser looks for
 * libhdf5_java.so through a system property, so the library must be extracted (next to libhdf5) first.
 */
final class Hdf5Library {
    private static final String LIBRARY_PROPERTY = "hdf.hdf5lib.H5.hdf5lib";
    private static volatile boolean loaded;

    private Hdf5Library() {}

    static synchronized void ensureLoaded() {
        if (loaded) {
            return;
        }
        try {
            Loader.load(org.bytedeco.hdf5.global.hdf5.class);
            File javaBinding = Loader.cacheResource(
                    org.bytedeco.hdf5.global.hdf5.class, Loader.getPlatform() + "/libhdf5_java.so");
            System.setProperty(LIBRARY_PROPERTY, javaBinding.getAbsolutePath());
        } catch (Exception | UnsatisfiedLinkError e) {
            throw new Hdf5Exception("could not load the bundled HDF5 library", e);
        }
        loaded = true;
    }

    /** The library's version, e.g. "1.14.3". */
    static String version() {
        ensureLoaded();
        int[] parts = new int[3];
        hdf.hdf5lib.H5.H5get_libversion(parts);
        return parts[0] + "." + parts[1] + "." + parts[2];
    }
}
