package lib.containers;

import com.sun.security.auth.module.UnixSystem;

/** The user the harness runs as: writer containers run as it, so their output files are its own. */
final class HarnessUser {
    private HarnessUser() {}

    /** {@code uid:gid}, the form of {@code docker run --user}. */
    static String uidAndGid() {
        UnixSystem user = new UnixSystem();
        return user.getUid() + ":" + user.getGid();
    }
}
