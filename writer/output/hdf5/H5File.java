package writer.output.hdf5;

import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One HDF5 file being written. Everything opened through it is closed when it closes. Not thread-safe. */
public final class H5File implements AutoCloseable {
    private final long fileId;
    private final List<H5Object> openObjects = new ArrayList<>();
    private final H5Group root;
    private boolean swmr;
    private boolean closed;

    private H5File(long fileId) {
        this.fileId = fileId;
        this.root = new H5Group(this, H5.H5Gopen(fileId, "/", HDF5Constants.H5P_DEFAULT), "/");
    }

    /** Creates a new file (never overwrites one) using the newest file format, which SWMR needs. */
    public static H5File create(Path path) {
        Hdf5Library.ensureLoaded();
        long access = H5.H5Pcreate(HDF5Constants.H5P_FILE_ACCESS);
        try {
            H5.H5Pset_libver_bounds(access, HDF5Constants.H5F_LIBVER_LATEST, HDF5Constants.H5F_LIBVER_LATEST);
            long id = H5.H5Fcreate(path.toString(), HDF5Constants.H5F_ACC_EXCL, HDF5Constants.H5P_DEFAULT, access);
            return new H5File(id);
        } catch (RuntimeException e) {
            throw new Hdf5Exception("could not create " + path, e);
        } finally {
            H5.H5Pclose(access);
        }
    }

    /** The HDF5 library version, e.g. "1.14.3". */
    public static String libraryVersion() {
        return Hdf5Library.version();
    }

    public H5Group root() {
        return root;
    }

    /** Lets readers open the file while it is written (single writer, multiple readers). */
    public void startSwmrWrite() {
        H5.H5Fstart_swmr_write(fileId);
        swmr = true;
    }

    public boolean isSwmr() {
        return swmr;
    }

    /** True if `absolutePath` names an existing group or dataset. */
    public boolean exists(String absolutePath) {
        if (absolutePath.equals("/")) {
            return true;
        }
        StringBuilder prefix = new StringBuilder();
        try {
            for (String part : absolutePath.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                prefix.append('/').append(part);
                if (!H5.H5Lexists(fileId, prefix.toString(), HDF5Constants.H5P_DEFAULT)
                        || !H5.H5Oexists_by_name(fileId, prefix.toString(), HDF5Constants.H5P_DEFAULT)) {
                    return false;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Writes buffered data and asks HDF5 to flush the file to disk. */
    public void flush() {
        for (H5Object object : openObjects) {
            if (object instanceof AppendableDataset) {
                ((AppendableDataset) object).flush();
            }
        }
        H5.H5Fflush(fileId, HDF5Constants.H5F_SCOPE_GLOBAL);
    }

    public long sizeBytes() {
        return H5.H5Fget_filesize(fileId);
    }

    long fileId() {
        return fileId;
    }

    void register(H5Object object) {
        openObjects.add(object);
    }

    /** Flushes buffers and closes every open object, then the file. The first failure is rethrown after. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException failure = null;
        for (int i = openObjects.size() - 1; i >= 0; i--) {
            try {
                openObjects.get(i).closeHandle();
            } catch (RuntimeException e) {
                failure = addFailure(failure, e);
            }
        }
        openObjects.clear();
        try {
            H5.H5Fclose(fileId);
        } catch (RuntimeException e) {
            failure = addFailure(failure, e);
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException addFailure(RuntimeException first, RuntimeException next) {
        if (first == null) {
            return next;
        }
        first.addSuppressed(next);
        return first;
    }
}
