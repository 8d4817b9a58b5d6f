#!/usr/bin/env python3
# Runs a command under a pseudo-terminal and relays bytes both ways:
# our stdin -> the pty, the pty -> our stdout. The tests drive keystrokes
# and read the screen through it; node has no pty of its own.
# Usage: pty_relay.py COLS ROWS CMD [ARGS...]; exits with the child's status.
import fcntl, os, pty, select, signal, struct, sys, termios

def main():
    cols, rows = int(sys.argv[1]), int(sys.argv[2])
    argv = sys.argv[3:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.setdefault('TERM', 'xterm')
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', rows, cols, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    stdin_open = True
    while True:
        fds = [fd] + ([0] if stdin_open else [])
        try:
            r, _, _ = select.select(fds, [], [], 0.5)
        except InterruptedError:
            continue
        if fd in r:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b''
            if not data:
                break
            os.write(1, data)
        if 0 in r:
            data = os.read(0, 65536)
            if not data:
                stdin_open = False
            else:
                os.write(fd, data)
        if not r:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                sys.exit(os.waitstatus_to_exitcode(status) & 0xff)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    sys.exit(code if code >= 0 else 128 - code)

main()
