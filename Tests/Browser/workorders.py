#!/usr/bin/env python3
"""Farun work-order journey (issue 3) in headless Chromium with axe-core, on SQLite or PostgreSQL.

Starts `farun serve --demo` (the demo county 古县) and, as people would, in the browser:
  1. a bureau administrator creates an API token for the 12348 switchboard; the switchboard posts an
     answered call; an operator turns it into a work order in one step (→ the 12348 duty group);
  2. a window clerk registers a walk-in legal aid request and prints the receipt (→ the legal aid centre);
  3. a citizen submits a notarization request at the county centre's kiosk (→ the front desk accepts it
     into the notary office, where a notary claims it);
  4. a citizen submits a mediation request on a phone (→ 岳阳镇 mediation committee);
each order is handled to resolution by whoever holds it, the citizen tracks each one by number and
phone and rates it, and a 不满意 rating appears as a call-back task for the unit head. axe-core runs on
every page (no serious or critical finding).

Environment: as journey.py (FARUN_BIN, AXE_JS, FARUN_BROWSER_PORT, FARUN_BROWSER_ARTIFACTS, CHROMIUM_BIN,
CHROMEDRIVER_BIN), plus FARUN_JOURNEY_POSTGRES: a PostgreSQL server URL; when set, a scratch database is
created in it for the run and dropped afterwards.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlparse, urlunparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journey as J  # noqa: E402  (shared helpers: server, browser, axe)
from journey import JourneyFailure, step, goto, fill, submit, expect_path, path_of  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select  # noqa: E402

DEMO_PASSWORD = "Farun-Demo-2026"
ROOT = Path(__file__).resolve().parents[2]
DEMO = json.loads((ROOT / "Sources/Farun/Resources/demo/gu-county.json").read_text(encoding="utf-8"))
USERNAME_BY_NAME = {p["display_name"]: p["username"] for p in DEMO["professionals"] + DEMO["staff"]}


class DemoServer(J.Server):
    """The journey's server, with --demo and optionally a PostgreSQL database."""

    def __init__(self, binary: str, work: Path, database_url: str | None):
        super().__init__(binary, work)
        self.database_url = database_url

    def start(self) -> None:
        self.data_dir.mkdir(parents=True)
        self.cwd.mkdir(parents=True)
        env = dict(os.environ, FARUN_DATA_DIR=str(self.data_dir), FARUN_HOST=J.HOST, FARUN_SWEEP_SECONDS="30")
        if self.database_url:
            env["FARUN_DATABASE_URL"] = self.database_url
        cmd = [self.binary, "serve", "--port", str(J.PORT), "--demo"]
        if shutil.which("stdbuf"):
            cmd = ["stdbuf", "-oL", "-eL"] + cmd
        step(f"starting server: {' '.join(cmd)} ({'PostgreSQL' if self.database_url else 'SQLite'})")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, cwd=self.cwd, env=env, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)


def psql(server_url: str, sql: str) -> None:
    parts = urlparse(server_url)
    admin = urlunparse(parts._replace(path="/postgres"))
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", admin, "-c", sql], check=True)


# ------------------------------------------------------------------------- people


def sign_in(driver, audit, username: str, label: str | None = None) -> None:
    driver.delete_all_cookies()
    goto(driver, "/staff/sign-in")
    form = driver.find_element(By.CSS_SELECTOR, "form#sign-in")
    fill(driver, "username", username, form)
    fill(driver, "password", DEMO_PASSWORD, form)
    submit(driver, "sign-in", f"sign in as {username}")
    expect_path(driver, "/staff")
    if label:
        audit.check(label)


def text_of(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def order_number_on_page(driver) -> str:
    m = re.search(r"\b\d{9,12}-\d{8}-\d{4,}\b", text_of(driver))
    if not m:
        raise JourneyFailure(f"no work order number on {path_of(driver.current_url)}")
    return m.group(0)


def api(method: str, path: str, token: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{J.BASE}{path}", data=data, method=method, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")
