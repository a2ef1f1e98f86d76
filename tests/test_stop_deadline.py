"""A stop must end: a process whose shutdown hangs after SIGTERM says what it waits on and exits
(`bot.stop_signals`), instead of leaving its supervisor waiting. Run as a real subprocess, since the
deadline ends the process."""

from __future__ import annotations

import asyncio
import signal
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import asyncio, logging, sys
    from bot.stop_signals import on_stop_signal

    async def flush_that_never_returns():
        await asyncio.sleep(3600)

    async def main():
        loop = asyncio.get_running_loop()
        stopping = asyncio.Event()
        on_stop_signal(loop, stopping.set, deadline=float(sys.argv[1]))
        print("ready", flush=True)
        await stopping.wait()
        if sys.argv[2] == "hang":
            await flush_that_never_returns()
        print("stopped cleanly", flush=True)

    logging.basicConfig(level=logging.WARNING)
    asyncio.run(main())
    """
)


async def _run(deadline: float, mode: str) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SCRIPT, str(deadline), mode,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert (await asyncio.wait_for(proc.stdout.readline(), 20)).strip() == b"ready"
    proc.send_signal(signal.SIGTERM)
    out, err = await asyncio.wait_for(proc.communicate(), 20)
    return proc.returncode, out.decode(), err.decode()


async def test_a_stop_that_hangs_is_cut_short_with_what_it_waited_on():
    code, out, err = await _run(0.5, "hang")
    assert code == 70, (code, err)
    assert "still stopping after" in err and "flush_that_never_returns" in err, err
    assert "stopped cleanly" not in out


async def test_a_stop_that_finishes_in_time_is_not_touched():
    code, out, err = await _run(0.5, "clean")
    assert code == 0 and "stopped cleanly" in out, (code, err)
    assert "still stopping" not in err
