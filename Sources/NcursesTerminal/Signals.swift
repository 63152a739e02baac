import Glibc

/// Signals the run loop must see. Handlers only set a flag (the only safe thing in a handler); the loop
/// reads it when get_wch returns. Installed before ncurses starts so ncurses does not install its own.
public enum Signals {
    nonisolated(unsafe) private static var pending: sig_atomic_t = 0
    nonisolated(unsafe) private static var previousCrashHandlers: [Int32: sigaction] = [:]

    nonisolated(unsafe) private static var resumed: sig_atomic_t = 0

    /// True once after the program was continued (fg after Ctrl-Z); clears it.
    static func takeResume() -> Bool {
        if resumed == 0 { return false }
        resumed = 0
        return true
    }

    /// The signal that asked the program to stop (SIGINT, SIGTERM or SIGHUP), if any; clears it.
    public static func takeQuitRequest() -> Int32? {
        let s = pending
        if s == 0 { return nil }
        pending = 0
        return s
    }

    static func installQuitHandlers() {
        // A parent may have started us with signals blocked (test runners, some launchers): without
        // SIGWINCH there is no resize, without SIGTERM no clean stop.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT] { sigaddset(&unblock, s) }
        sigprocmask(SIG_UNBLOCK, &unblock, nil)
        for s in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { Signals.pending = $0 }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0  // no SA_RESTART: get_wch must return so the loop sees the flag
            sigaction(s, &action, nil)
        }
        var resume = sigaction()
        resume.__sigaction_handler.sa_handler = { _ in Signals.resumed = 1 }
        sigemptyset(&resume.sa_mask)
        resume.sa_flags = 0  // no SA_RESTART: the wait for a key must end so the frame is painted again
        sigaction(SIGCONT, &resume, nil)
    }

    /// On a crash, give the terminal back before the crash report is printed, then let the previous handler
    /// (Swift's backtracer or the default) do its work.
    static func installCrashHandlers() {
        for s in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                Terminal.emergencyRestore()
                if var previous = Signals.previousCrashHandlers[signal] {
                    sigaction(signal, &previous, nil)
                } else {
                    Glibc.signal(signal, SIG_DFL)
                }
                // Run the previous handler now (it is blocked while this one runs); if it returns, as the
                // backtracer does for a signal sent by kill, end the way the signal means: no limping on.
                var set = sigset_t()
                sigemptyset(&set)
                sigaddset(&set, signal)
                pthread_sigmask(SIG_UNBLOCK, &set, nil)
                raise(signal)
                Glibc.signal(signal, SIG_DFL)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var previous = sigaction()
            sigaction(s, &action, &previous)
            previousCrashHandlers[s] = previous
        }
    }
}
