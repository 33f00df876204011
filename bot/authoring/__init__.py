"""What admins' tools need: reading flows and locales from disk, checking them (file and line of
every problem), drawing them. The running bot uses `load_library` and `reload`; the engine never
imports this package.
"""

from bot.authoring.loader import LoadResult, load_catalog, load_library, reload
from bot.authoring.problems import Problem

__all__ = ["LoadResult", "Problem", "load_catalog", "load_library", "reload"]
