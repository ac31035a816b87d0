package lib.nexus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a writer still has an HDF5 file open, read from its superblock (protocol.md §4.6): the real writer
 * publishes the wrdn before it closes the file, and until then the file is open for SWMR writing. A version 2/3
 * superblock keeps the file-consistency flags in byte 11 after its signature: 0 once closed, 0x05 (write access
 * and SWMR write access) while a writer has it open. Older superblocks (version 0/1) carry no such mark, so the
 * reader falls back to whether the file opens.
 */
final class FileClosedness {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    /** The superblock sits at 0 or at 512, 1024, 2048, ... after a user block. */
    private static final long[] SUPERBLOCK_OFFSETS = {0, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536};

    private FileClosedness() {}

    /** What the superblock says, for example "closed" or "open for SWMR writing (consistency flags 0x05)". */
    record Verdict(boolean closed, String description) {}

    static Verdict of(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            for (long offset : SUPERBLOCK_OFFSETS) {
                ByteBuffer head = ByteBuffer.allocate(12);
                if (channel.read(head, offset) < head.capacity()) {
                    break;
                }
                if (!hasSignature(head)) {
                    continue;
                }
                int version = head.get(8) & 0xff;
                if (version < 2) {
                    return new Verdict(true, "superblock version " + version + " (no open mark)");
                }
                int flags = head.get(11) & 0xff;
                if (flags == 0) {
                    return new Verdict(true, "closed");
                }
                String what = (flags & 0x04) != 0 ? "open for SWMR writing" : "open for writing";
                return new Verdict(false, String.format("%s (superblock consistency flags 0x%02x)", what, flags));
            }
            return new Verdict(false, "no HDF5 superblock yet (" + channel.size() + " bytes)");
        } catch (NoSuchFileException e) {
            return new Verdict(false, "the file does not exist");
        } catch (IOException e) {
            return new Verdict(false, "cannot read it: " + e.getMessage());
        }
    }

    private static boolean hasSignature(ByteBuffer head) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (head.get(i) != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
