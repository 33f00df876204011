"""Assembles the bot from its settings and runs it until SIGTERM/SIGINT; SIGHUP reloads flows."""

from __future__ import annotations

import asyncio
import logging
import signal
import time
from datetime import UTC, datetime
from pathlib import Path

from bot.authoring.ftlcache import FtlCache
from bot.authoring.loader import load_library, reload
from bot.care.admin import AdminDesk
from bot.care.conversations import Conversations, LibraryHolder
from bot.care.followups.service import Followup, FollowupService
from bot.care.followups.talk import FollowupDesk
from bot.care.mentors import Mentors
from bot.care.plan import PlanDesk
from bot.care.privacy import Privacy
from bot.care.retention import start_retention
from bot.care.unreadable import UnreadableNotice
from bot.engine.library import FlowLibrary
from bot.matrix.reach import wait_for_homeserver
from bot.matrix.runtime import MatrixRuntime, RuntimeLink
from bot.matrix.session import DataDir, StartupError
from bot.platform import collector
from bot.platform.config import Settings, unknown_environment
from bot.platform.health import HealthServerError, start_health_server
from bot.platform.logs import Redactor
from bot.platform.metrics import Metrics
from bot.platform.permissions import LooseFilesError, make_private, secure_data_dir
from bot.platform.sealing import SecretBox, SecretBoxError
from bot.store import Store, UnitOfWork

log = logging.getLogger(__name__)


CACHE_FILE = "messages-cache.sealed"  # in the data dir: the parsed .ftl files (bot/authoring/ftlcache.py)
_CACHE_CONTEXT = b"continuum/parsed-messages-cache"


def _read_cache(path: Path, box: SecretBox) -> FtlCache:
    try:
        return FtlCache.from_bytes(box.open(path.read_bytes(), _CACHE_CONTEXT))
    except (OSError, SecretBoxError):  # none yet, not sealed with this data key, or damaged: parse again
        return FtlCache()


def _write_cache(path: Path, box: SecretBox, cache: FtlCache) -> None:
    if not cache.changed:
        return
    partial = path.with_name(path.name + ".new")
    try:
        partial.write_bytes(box.seal(cache.to_bytes(), _CACHE_CONTEXT))
        make_private(partial)
        partial.replace(path)
    except OSError as e:  # only the next start is slower
        log.warning("the parsed-messages cache could not be written (%s)", e.strerror or type(e).__name__)


def load_flows(settings: Settings, box: SecretBox | None = None, data_root: Path | None = None) -> FlowLibrary:
    """The checked flows. With the data key and dir, .ftl files parsed at an earlier start come
    from a cache sealed with that key (the check runs in full either way)."""
    if box is None or data_root is None:
        result = load_library(settings.flows_dir, settings.locales_dir)
    else:
        cache = _read_cache(data_root / CACHE_FILE, box)
        result = load_library(settings.flows_dir, settings.locales_dir, cache=cache)
        _write_cache(data_root / CACHE_FILE, box, cache)
    if result.library is None:
        for problem in result.errors:
            log.error("flows: %s", problem)
        raise StartupError(
            f"the flows in {settings.flows_dir} / {settings.locales_dir} have errors "
            "(listed above; `continuum flows check` shows them too)"
        )
    return result.library


def reload_flows(settings: Settings, holder: LibraryHolder, metrics: Metrics | None = None) -> list[str]:
    """Swap in the edited flows if they pass the check; otherwise keep the live ones."""
    library, problems = reload(holder.library, settings.flows_dir, settings.locales_dir)
    errors = [str(p) for p in problems if p.is_error]
    if errors:
        log.error("flows reload refused (%d errors); the previous flows stay live", len(errors))
        for error in errors:
            log.error("flows: %s", error)
        return errors
    assert library is not None
    holder.library = library
    if metrics is not None:
        metrics.set_flow_ids(library.flows.keys())
    log.info("flows reloaded")
    return []


async def run_bot(settings: Settings) -> None:
    try:
        secure_data_dir(settings.data_dir)  # umask 077; what others may read is closed, with a warning
    except LooseFilesError as e:
        raise StartupError(str(e)) from None
    data = DataDir(settings.data_dir)
    data.lock()
    try:
        key, beside = data.data_key(
            settings.data_key.get_secret_value() if settings.data_key else None, settings.data_key_file
        )
        if beside:
            log.warning(
                "the at-rest data key was generated beside the data (%s); anyone who copies the data dir "
                "gets the key too. Move it elsewhere (e.g. /etc/continuum/data.key, readable by the bot only) "
                "and point to it with data_key_file in the config file or CONTINUUM_DATA_KEY_FILE.",
                data.root / "data.key",
            )
        for problem in unknown_environment():
            log.warning("%s", problem)
        if settings.debug:
            log.warning(
                "DEBUG MODE: logs show real Matrix user and room ids, the libraries' debug output and full error "
                "tracebacks, which can contain fragments of message content. Switch it off after debugging."
            )
        if settings.trust == "all":
            log.warning("device trust 'all': room keys go to every device, even ones their owner never signed")
        box = SecretBox(key)
        holder = LibraryHolder(load_flows(settings, box, data.root))
        store = await Store.open(data.database, box)
        try:
            await _serve(settings, data, store, holder, box)
        finally:
            await store.close()
    finally:
        data.release()


async def _serve(settings: Settings, data: DataDir, store: Store, holder: LibraryHolder, box: SecretBox) -> None:
    redactor = Redactor(box.derive(b"continuum/log-salt"), settings.debug)
    metrics = Metrics(holder.library.flows.keys())
    runtime: MatrixRuntime
    desk: FollowupDesk

    async def deliver(followup: Followup, uow: UnitOfWork) -> None:
        if not await plans.deliver(followup, uow):  # a plan step's reminder names its step
            await desk.deliver(followup, uow)
        metrics.followups_sent.inc()

    service = FollowupService(store, settings.followups, lambda: datetime.now(UTC), deliver)
    desk = FollowupDesk(store, holder, service, settings.default_language)
    plans = PlanDesk(settings, holder, service)
    mentors = Mentors(settings, store, holder, redactor, followups=service, plans=plans)
    desk.notices = mentors.followups  # a mentor's follow-up delivered or cancelled: its case's thread is told
    admin = AdminDesk(settings, store, metrics, lambda: reload_flows(settings, holder, metrics),
                      identity=mentors.identity, team=mentors.team_problems)
    privacy = Privacy(settings, store, holder, cases=mentors)
    if privacy.panic_problem is not None:
        raise StartupError(f"setting 'panic_keyword': {privacy.panic_problem}")
    conversations = Conversations(settings, store, holder, redactor, mentors, desk, mentors, metrics=metrics,
                                  admin=admin, privacy=privacy, plans=plans)
    runtime = MatrixRuntime(settings, data, store, redactor, conversations, metrics=metrics,
                            identity=mentors.identity, membership=mentors.membership,
                            unreadable=UnreadableNotice(settings, holder))
    mentors.identity.recheck = runtime.recheck_identities  # after `!identity approve`
    store.on_committed(runtime.flush)  # every committed unit of work wakes its rooms' senders
    await wait_for_homeserver(settings.homeserver, settings.startup_timeout_seconds)
    await runtime.connect()
    privacy.attach(runtime)
    try:
        health = await start_health_server(settings.metrics, metrics, lambda: metrics.has_synced)
    except HealthServerError as e:
        raise StartupError(str(e)) from None
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, runtime.stop)
    loop.add_signal_handler(signal.SIGHUP, reload_flows, settings, holder, metrics)
    log.info("connected; first sync")
    await service.start()
    collector.release()  # what the start made lives on; the syncs' garbage is the collector's again
    log.info("start-up done in %.1f s of CPU; waiting for the first sync", time.process_time())
    # Re-pings, files and handoff rooms; checks the mentor room after the first sync.
    mentors.start(RuntimeLink(runtime, settings.mentor_room))
    retention = start_retention(store, settings.retention)

    async def resume_wipes() -> None:
        # A panic wipe cut short by a crash is finished once the bot is back in sync.
        await runtime.first_sync_done.wait()
        await privacy.resume()

    runtime.spawn(resume_wipes(), "resume-wipes")
    try:
        await runtime.run()
    finally:
        await retention.stop()
        await mentors.stop()
        await service.stop()
        if health is not None:
            await health.cleanup()
    log.info("Continuum stopped cleanly")
