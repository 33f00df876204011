"""The review workbook in a real headless Chromium (Debian's package, driven over the DevTools
protocol with aiohttp): the page loads, right-to-left cells are laid out right to left, nothing
overflows at a phone's or a desktop's width, the Arabic-script font stack is used; one screenshot
per right-to-left language is kept in the test's directory (its path is printed).

`make system-deps` installs Chromium where it can (root with apt-get); elsewhere this test is
skipped with the reason, never silently.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import re
import select
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from flowkit import REPO

from bot.authoring.loader import load_library
from bot.authoring.review import build_workbook, render_html

RTL_LANGS = ("ar", "fa", "prs", "ps")
PHONE, DESKTOP = 390, 1280
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-port=0", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--hide-scrollbars", "--mute-audio",
)  # fmt: skip
NO_CHROMIUM = (
    "NOT RUN: Chromium is not installed, so the review workbook was not checked in a browser. "
    "Run `make system-deps` as root on Debian/Ubuntu (it installs Debian's `chromium`), or install "
    "Chromium so that `chromium` is on the PATH."
)
LISTENING = re.compile(rb"DevTools listening on (ws://\S+)")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A headless Chromium for this module; yields its DevTools websocket URL."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip(NO_CHROMIUM)
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen(
        [executable, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        yield _devtools_url(process, profile)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the group this fixture started
            process.wait()
        if process.stderr is not None:
            process.stderr.close()


def _devtools_url(process: subprocess.Popen[bytes], profile: Path) -> str:
    """Waits for Chromium to say where DevTools listens (stderr), then reads DevToolsActivePort."""
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    said = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stderr], [], [], deadline - time.monotonic())
        if not ready:
            break
        chunk = os.read(process.stderr.fileno(), 65536)
        if not chunk:
            break
        said += chunk
        found = LISTENING.search(said)
        if found:
            port_file = profile / "DevToolsActivePort"
            if port_file.exists():  # the port and browser path, as Chromium wrote them
                port, path = port_file.read_text().split()[:2]
                return f"ws://127.0.0.1:{port}{path}"
            return found.group(1).decode()
    raise AssertionError(f"Chromium did not start DevTools: {said.decode(errors='replace')[-2000:]}")


class DevTools:
    """The few DevTools protocol calls this test needs, over one websocket (flattened sessions)."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.last_id = 0
        self.replies: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self.waiting: list[tuple[str, str | None, asyncio.Future[dict[str, Any]]]] = []
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for message in self.ws:
            data = json.loads(message.data)
            if "id" in data:
                reply = self.replies.pop(data["id"])
                if "error" in data:
                    reply.set_exception(AssertionError(f"DevTools: {data['error']}"))
                else:
                    reply.set_result(data.get("result", {}))
                continue
            for entry in list(self.waiting):
                method, session, future = entry
                if data.get("method") == method and data.get("sessionId") == session and not future.done():
                    future.set_result(data.get("params", {}))
                    self.waiting.remove(entry)

    async def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> Any:
        self.last_id += 1
        reply: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.replies[self.last_id] = reply
        message: dict[str, Any] = {"id": self.last_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        await self.ws.send_str(json.dumps(message))
        return await asyncio.wait_for(reply, 60)

    def event(self, method: str, session: str | None) -> asyncio.Future[dict[str, Any]]:
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self.waiting.append((method, session, future))
        return future


class Tab:
    def __init__(self, tools: DevTools, session: str) -> None:
        self.tools = tools
        self.session = session

    async def call(self, method: str, params: dict[str, Any] | None = None) -> Any:
        return await self.tools.call(method, params, self.session)

    async def open(self, path: Path, width: int) -> None:
        await self.call(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
        )
        loaded = self.tools.event("Page.loadEventFired", self.session)
        await self.call("Page.navigate", {"url": path.resolve().as_uri()})
        await asyncio.wait_for(loaded, 60)
        assert await self.js("document.fonts.ready.then(() => document.fonts.status)") == "loaded"

    async def js(self, expression: str) -> Any:
        reply = await self.call(
            "Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True}
        )
        if "exceptionDetails" in reply:
            raise AssertionError(f"the page's script failed: {reply['exceptionDetails']}")
        return reply["result"].get("value")

    async def screenshot(self, path: Path, anchor: str) -> None:
        await self.js(f"document.getElementById({json.dumps(anchor)}).scrollIntoView()")
        shot = await self.call("Page.captureScreenshot", {"format": "png"})
        path.write_bytes(base64.b64decode(shot["data"]))

    async def fonts_of(self, selector: str) -> list[dict[str, Any]]:
        await self.call("DOM.enable")
        await self.call("CSS.enable")
        root = await self.call("DOM.getDocument", {"depth": 0})
        node = await self.call("DOM.querySelector", {"nodeId": root["root"]["nodeId"], "selector": selector})
        fonts: list[dict[str, Any]] = (await self.call("CSS.getPlatformFontsForNode", {"nodeId": node["nodeId"]}))[
            "fonts"
        ]
        return fonts


async def new_tab(url: str, session: aiohttp.ClientSession) -> tuple[DevTools, Tab, str]:
    ws = await session.ws_connect(url, max_msg_size=0)
    tools = DevTools(ws)
    target = await tools.call("Target.createTarget", {"url": "about:blank"})
    attached = await tools.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})
    tab = Tab(tools, attached["sessionId"])
    await tab.call("Page.enable")
    return tools, tab, target["targetId"]


# What the page looks like, measured by the browser. Every number is in CSS pixels.
LAYOUT = """(() => {
  const root = document.documentElement;
  const content = (cell) => {
    const box = cell.getBoundingClientRect(), style = getComputedStyle(cell);
    return {left: box.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
            right: box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
            width: box.width, outerLeft: box.left, outerRight: box.right};
  };
  const firstLine = (cell) => {
    const line = cell.querySelector('.src .ln');
    if (!line) return null;
    const range = document.createRange();
    range.selectNodeContents(line);
    const rects = [...range.getClientRects()].filter(r => r.width > 0);
    const top = Math.min(...rects.map(r => r.top));
    const first = rects.filter(r => r.top < top + 4);
    return {left: Math.min(...first.map(r => r.left)), right: Math.max(...first.map(r => r.right))};
  };
  const cells = (css) => [...document.querySelectorAll('tr[id] > td.' + css)].map(cell => ({
    id: cell.parentElement.id, direction: getComputedStyle(cell).direction, lang: cell.lang,
    box: content(cell), line: firstLine(cell), top: cell.getBoundingClientRect().top,
  }));
  let widest = 0, widestWhat = '';
  for (const element of document.body.querySelectorAll('*')) {
    const right = element.getBoundingClientRect().right;
    if (right > widest) { widest = right; widestWhat = element.tagName + '.' + element.className; }
  }
  return {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest, widestWhat,
          rows: document.querySelectorAll('tr[id]').length, translated: cells('tr'), english: cells('en')};
})()"""


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("workbooks")
    library = load_library(REPO / "flows", REPO / "locales").library
    assert library is not None
    for lang in RTL_LANGS:
        book = build_workbook(library, lang, date.today())
        (out / f"review-{lang}.html").write_text(render_html(book), encoding="utf-8")
    return out


LONG = "https://example.org/" + "a" * 180  # no place to break a line
LONG_ID = "bot-" + "very-long-message-id" * 6


@pytest.fixture(scope="module")
def stress(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Persian workbook whose texts hold words and ids far wider than a phone."""
    root = tmp_path_factory.mktemp("stress")
    shutil.copytree(REPO / "locales", root / "locales")
    for lang, word in (("en", "Write"), ("fa", "بنویسید")):
        path = root / "locales" / lang / "bot.ftl"
        text = path.read_text(encoding="utf-8")
        path.write_text(text + f"{LONG_ID} = {word} {LONG} <b>&amp;</b> {LONG}\n", encoding="utf-8")
    library = load_library(REPO / "flows", root / "locales").library
    assert library is not None
    page = root / "review-fa.html"
    page.write_text(render_html(build_workbook(library, "fa", date.today())), encoding="utf-8")
    return page


def noto_naskh_installed() -> bool:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return False
    found = subprocess.run([fc_list, "Noto Naskh Arabic", "family"], capture_output=True, text=True, check=False)
    return "Noto Naskh Arabic" in found.stdout


def check_layout(layout: dict[str, Any], width: int, lang: str) -> None:
    where = f"[{lang} at {width}px]"
    sideways = {k: layout[k] for k in ("scrollWidth", "clientWidth")}
    assert layout["scrollWidth"] <= layout["clientWidth"], f"{where} the page scrolls sideways: {sideways}"
    assert layout["widest"] <= layout["clientWidth"] + 0.5, f"{where} {layout['widestWhat']} sticks out"
    translated, english = layout["translated"], layout["english"]
    assert len(translated) == len(english) == layout["rows"] > 300
    short = 0
    for cell in translated:
        assert (cell["direction"], cell["lang"]) == ("rtl", lang), f"{where} {cell['id']}"
        line = cell["line"]
        if line is None:  # a missing translation: only its mark
            continue
        # right to left: the first line starts at the cell's right edge
        assert abs(line["right"] - cell["box"]["right"]) <= 2, f"{where} {cell['id']} is not at the right: {cell}"
        # (a space at a line's end may hang into the padding; a word sticking out would be far more)
        assert line["left"] >= cell["box"]["outerLeft"] - 5, f"{where} {cell['id']} spills out of its cell: {cell}"
        if line["right"] - line["left"] < (cell["box"]["right"] - cell["box"]["left"]) / 2:
            short += 1
            assert line["left"] > cell["box"]["left"] + 10, f"{where} {cell['id']} is not right-aligned"
    assert short > 20, f"{where} too few short texts to see the alignment"
    for cell in english:
        if cell["line"] is not None:
            assert cell["direction"] == "ltr" and abs(cell["line"]["left"] - cell["box"]["left"]) <= 2, cell
    for en, tr in zip(english, translated, strict=True):
        if width == PHONE:  # stacked: each text gets (nearly) the whole width
            assert tr["box"]["width"] >= 0.85 * layout["clientWidth"] and tr["top"] > en["top"], tr
        else:  # side by side, the language to the right of English
            assert tr["box"]["left"] >= en["box"]["right"] and abs(tr["top"] - en["top"]) < 1, tr


@pytest.mark.parametrize("lang", RTL_LANGS)
async def test_the_workbook_reads_right_to_left_without_overflow(
    lang: str, browser: str, workbooks: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = workbooks / f"review-{lang}.html"
    async with aiohttp.ClientSession() as http:
        tools, tab, target = await new_tab(browser, http)
        try:
            for width in (PHONE, DESKTOP):
                await tab.open(page, width)
                title, name_direction = await tab.js(
                    "[document.title, getComputedStyle(document.querySelector('h1 bdi')).direction]"
                )
                assert title.startswith("Review workbook: ") and title.endswith(f" ({lang})")
                assert name_direction == "rtl"
                check_layout(await tab.js(LAYOUT), width, lang)
                await tab.screenshot(tmp_path / f"review-{lang}-{width}px.png", "file-onboarding")
            if noto_naskh_installed():  # the font stack's first choice is found and used
                fonts = await tab.fonts_of("#m-onboarding-welcome td.tr .src .ln")
                used = max(fonts, key=lambda f: f["glyphCount"])
                assert used["familyName"] == "Noto Naskh Arabic", fonts
        finally:
            await tools.call("Target.closeTarget", {"targetId": target})
            await tools.ws.close()
            tools.reader.cancel()
    shots = sorted(tmp_path.glob("*.png"))
    assert [s.name for s in shots] == [f"review-{lang}-{DESKTOP}px.png", f"review-{lang}-{PHONE}px.png"]
    assert all(s.read_bytes().startswith(b"\x89PNG") and s.stat().st_size > 20_000 for s in shots)
    with capsys.disabled():
        print(f"\n  workbook screenshots ({lang}): {shots[0]} {shots[1]}")


async def test_long_words_and_ids_wrap_instead_of_overflowing(browser: str, stress: Path) -> None:
    async with aiohttp.ClientSession() as http:
        tools, tab, target = await new_tab(browser, http)
        try:
            for width in (PHONE, DESKTOP):
                await tab.open(stress, width)
                check_layout(await tab.js(LAYOUT), width, "fa")
                shown = await tab.js(f"document.getElementById('m-{LONG_ID}').textContent")
                assert shown.count(LONG) == 4 and "<b>&amp;</b>" in shown
        finally:
            await tools.call("Target.closeTarget", {"targetId": target})
            await tools.ws.close()
            tools.reader.cancel()
