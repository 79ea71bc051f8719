"""Open a local HTML file in headless Chromium over the DevTools protocol: console errors, a JavaScript check and a
screenshot. Used by the dashboard's browser test and by ``benchmarks/mlops.py`` (which saves the screenshot)."""

from __future__ import annotations

import asyncio
import base64
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--remote-debugging-port=0", "--window-size=1280,900"]


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


@dataclass
class PageReport:
    errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    result: object = None  # what the check expression returned
    screenshot: bytes = b""


def open_page(html_file: Path, check: str, timeout: float = 60.0) -> PageReport:
    """Load ``html_file``, wait for the load event, evaluate ``check`` (a JS expression returning JSON) and take a
    full-page screenshot; every console error and uncaught exception is collected."""
    binary = find_chromium()
    if binary is None:
        raise FileNotFoundError("no Chromium found (install Debian's chromium package)")
    # Chromium's helper processes outlive a terminated parent: its own session, so all of them are stopped
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        process = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            port = _debug_port(Path(profile), process, timeout)
            return asyncio.run(asyncio.wait_for(_drive(port, html_file.resolve().as_uri(), check), timeout))
        finally:
            _stop(process)


def _stop(process: subprocess.Popen) -> None:
    for sent in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(process.pid, sent)
        except ProcessLookupError:
            return
        try:
            process.wait(10)
            return
        except subprocess.TimeoutExpired:
            continue


def _debug_port(profile: Path, process: subprocess.Popen, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    marker = profile / "DevToolsActivePort"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Chromium exited with code {process.returncode}")
        if marker.is_file() and marker.read_text().strip():
            return int(marker.read_text().splitlines()[0])
        time.sleep(0.1)
    raise TimeoutError("Chromium did not open its DevTools port")


async def _drive(port: int, url: str, check: str) -> PageReport:
    import websockets

    with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as answer:
        targets = [t for t in json.load(answer) if t.get("type") == "page"]
    report = PageReport()
    async with websockets.connect(targets[0]["webSocketDebuggerUrl"], max_size=2**28) as socket:
        counter = 0
        loaded = asyncio.Event()
        pending: dict[int, asyncio.Future] = {}

        async def reader() -> None:
            async for raw in socket:
                message = json.loads(raw)
                if "id" in message and message["id"] in pending:
                    pending.pop(message["id"]).set_result(message)
                method = message.get("method")
                params = message.get("params", {})
                if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                    words = (str(a.get("value", a.get("description", ""))) for a in params["args"])
                    report.errors.append(" ".join(words))
                elif method == "Runtime.exceptionThrown":
                    details = params["exceptionDetails"]
                    report.errors.append(details.get("exception", {}).get("description", details.get("text", "")))
                elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                    report.errors.append(params["entry"].get("text", ""))
                elif method == "Page.loadEventFired":
                    loaded.set()

        async def call(method: str, **params: object) -> dict:
            nonlocal counter
            counter += 1
            future = asyncio.get_running_loop().create_future()
            pending[counter] = future
            await socket.send(json.dumps({"id": counter, "method": method, "params": params}))
            answer = await future
            if "error" in answer:
                raise RuntimeError(f"{method}: {answer['error']}")
            return answer.get("result", {})

        task = asyncio.create_task(reader())
        for domain in ("Page", "Runtime", "Log"):
            await call(f"{domain}.enable")
        await call("Page.navigate", url=url)
        await loaded.wait()
        await asyncio.sleep(1.0)  # plotly draws after load
        value = await call("Runtime.evaluate", expression=check, returnByValue=True)
        report.result = value.get("result", {}).get("value")
        metrics = await call("Page.getLayoutMetrics")
        size = metrics["cssContentSize"]
        shot = await call("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                          clip={"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000),
                                "scale": 1})
        report.screenshot = base64.b64decode(shot["data"])
        task.cancel()
    return report


# which charts the page lists, and which of them drew (a plotly chart draws an SVG; a table, its own SVG too)
CHART_CHECK = """(() => {
  const listed = JSON.parse(document.querySelector('meta[name=causaltorch-charts]').content);
  const drawn = listed.filter(id => {
    const div = document.getElementById('chart-' + id);
    return div && div.querySelector('.main-svg') && div.getBoundingClientRect().height > 50;
  });
  return {listed, drawn, plotly: typeof Plotly, empty: !!document.getElementById('empty')};
})()"""
