"""Python's cyclic garbage collector while the bot starts.

A start makes hundreds of thousands of objects that live as long as the process: the imported
code, the checked flows, every language's messages. Left on, the collector walks all of them
again and again while they are being made — about a third of a start's CPU at size
(bench/bench_start.py). So the launcher holds it off until the bot is about to sync; then what
exists is frozen out of its way (`gc.freeze`) for the rest of the run, so later collections only
walk what the conversations make.

No collection runs before the freeze: walking the ~300,000 objects of a start costs a quarter of a
second, and the cyclic leftovers it would free are a few thousand small objects (measured: about
3,000), kept once for the life of the process.
"""

from __future__ import annotations

import gc


def hold() -> None:
    """Off until `release` (the launcher calls this before anything is imported)."""
    gc.disable()


def release() -> None:
    """On again, with what exists now frozen; does nothing if `hold` was never called."""
    if gc.isenabled():
        return
    gc.freeze()
    gc.enable()


__all__ = ["hold", "release"]
