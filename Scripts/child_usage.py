"""A child process's own peak RSS and CPU time, for the bench scripts.

On Linux a process's `ru_maxrss` keeps, across `exec`, the high-water mark of the memory it had
before: a child forked (or vforked) from the bench's Python process reports at least that
process's own peak. After generating a corpus in-process the bench's Python is about 66 MB, so
every child read 66.6 MB through `wait4` (allot checking a 10,000-row sheet is 30 MB, ingesting
1,000 notices 52 MB, measured by GNU time). So each measured command is started by GNU time
(`/usr/bin/time`, a small process that forks it), whose `%M` is the command's own peak.
"""
import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

TIME = "/usr/bin/time"


@dataclass
class Usage:
    seconds: float
    """Wall time of the command."""
    rss_mb: float
    """The command's own peak resident set size."""
    cpu: float
    """User + system seconds of the command (GNU time's own, a millisecond, included)."""
    main_cpu: float
    """CPU seconds of the command's main thread, read from /proc while it ran (0 unless asked)."""


def run(command, poll=None, interval: float = 0.02, main_thread: bool = False) -> Usage:
    """Runs `command` under GNU time; `poll()` is called every `interval` seconds while it runs,
    and with `main_thread` the CPU time of the command's main thread is followed (a thread's last
    `interval` before the command ends may be missed). stdout is discarded; stderr is kept for
    the error raised when the command exits with a status other than 0 or 1."""
    if not os.access(TIME, os.X_OK):
        raise SystemExit(f"{TIME} is missing (Debian package `time`; `make bench` installs it)")
    tick = os.sysconf("SC_CLK_TCK")
    with tempfile.NamedTemporaryFile(mode="r") as report, tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen([TIME, "-f", "%M", "-o", report.name, *map(str, command)],
                                   stdout=subprocess.DEVNULL, stderr=errors)
        child, main_cpu = None, 0.0
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if main_thread:
                try:
                    if child is None:
                        found = Path(f"/proc/{process.pid}/task/{process.pid}/children").read_text().split()
                        child = int(found[0]) if found else None
                    if child is not None:
                        fields = Path(f"/proc/{child}/task/{child}/stat").read_text().rsplit(")", 1)[1].split()
                        main_cpu = (int(fields[11]) + int(fields[12])) / tick
                except (OSError, IndexError, ValueError):
                    pass
            if poll is not None:
                poll()
            time.sleep(interval)
        elapsed = time.perf_counter() - started
        lines = [line for line in report.read().splitlines() if line.strip()]
        errors.seek(0)
        stderr = errors.read().decode(errors="replace")
    exit_status = os.waitstatus_to_exitcode(status)
    if exit_status not in (0, 1):
        raise SystemExit(f"{' '.join(map(str, command))} failed: {stderr[-500:]}")
    try:
        rss_kb = int(lines[-1])
    except (IndexError, ValueError):
        raise SystemExit(f"{TIME} reported no peak RSS for {' '.join(map(str, command))}: {lines}")
    return Usage(seconds=elapsed, rss_mb=rss_kb / 1024, cpu=usage.ru_utime + usage.ru_stime,
                 main_cpu=main_cpu)
