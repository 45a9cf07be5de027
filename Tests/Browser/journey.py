#!/usr/bin/env python3
"""Farun end-to-end browser journey (headless Chromium + Selenium 4 + axe-core).

Starts the real server binary, then as a person would:
  1. signs in as `admin` with the one-time password the server printed,
  2. is forced to change it, lands on the staff home,
  3. creates a service point through the admin form,
  4. (with no cookies) finds it on the public service-point finder,
  5. opens the home page at desktop and at phone size,
and runs axe-core on every page, failing on `serious`/`critical` violations.

Environment:
  FARUN_BIN            path to the built `farun` executable (required)
  AXE_JS               path to axe.min.js (default: found in the installed
                       axe_playwright_python package)
  FARUN_BROWSER_PORT   port for the server (default 18080)
  FARUN_BROWSER_ARTIFACTS  directory for screenshots/logs (default: a new temp dir,
                       kept and printed on failure, removed on success; a directory
                       given here is never removed)
  CHROMIUM_BIN, CHROMEDRIVER_BIN  (default /usr/bin/chromium, /usr/bin/chromedriver)

Prints `1 passed, 0 failed` and exits 0 on success, `0 passed, 1 failed` and exits 1
otherwise. All traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import glob
import importlib.util
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlparse, urlunparse

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

HOST = "127.0.0.1"
PORT = int(os.environ.get("FARUN_BROWSER_PORT", "18080"))
BASE = f"http://{HOST}:{PORT}"
STARTUP_TIMEOUT = 120.0
NAV_TIMEOUT = 20.0
NEW_PASSWORD = "Farun-Browser-2026!"
OTP_RE = re.compile(r"one-time password:\s*(\S+)")
BLOCKING_IMPACTS = ("serious", "critical")


class JourneyFailure(Exception):
    pass


def step(msg: str) -> None:
    print(f"[journey] {msg}", flush=True)


def path_of(url: str) -> str:
    return urlparse(url).path


# --------------------------------------------------------------------------- axe


def find_axe_js() -> Path:
    """axe.min.js from $AXE_JS, else from the installed axe_playwright_python package."""
    env = os.environ.get("AXE_JS")
    if env:
        p = Path(env)
        if not p.is_file():
            raise JourneyFailure(f"AXE_JS={env} is not a file")
        return p
    spec = importlib.util.find_spec("axe_playwright_python")  # does not import playwright
    roots = list(spec.submodule_search_locations or []) if spec else []
    for root in roots:
        hits = sorted(glob.glob(os.path.join(root, "**", "axe.min.js"), recursive=True))
        if hits:
            return Path(hits[0])
    raise JourneyFailure(
        "axe.min.js not found: set AXE_JS or `pip install --no-deps axe-playwright-python`"
    )


AXE_RUN_JS = """
const done = arguments[arguments.length - 1];
if (typeof window.axe === 'undefined') { done({error: 'axe not loaded'}); return; }
window.axe.run(document, {resultTypes: ['violations']}).then(function (r) {
  done({violations: r.violations.map(function (v) {
    return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map(function (n) { return n.target; })};
  })});
}).catch(function (e) { done({error: String(e && e.stack || e)}); });
"""


def run_axe(driver, axe_source: str) -> list[dict]:
    """Inject axe-core into the current page and return all its violations."""
    driver.execute_script(axe_source)
    result = driver.execute_async_script(AXE_RUN_JS)
    if not isinstance(result, dict) or "error" in result:
        raise JourneyFailure(f"axe.run failed: {result!r}")
    return result["violations"]


def blocking(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v.get("impact") in BLOCKING_IMPACTS]


def format_violation(v: dict) -> str:
    targets = ", ".join(json.dumps(t, ensure_ascii=False) for t in v["nodes"][:3])
    more = f" (+{len(v['nodes']) - 3} more)" if len(v["nodes"]) > 3 else ""
    return f"{v['id']} [{v['impact']}] {v['help']} -- nodes: {targets}{more}"


class Audit:
    """Runs axe on each page, remembers blocking violations, keeps screenshots."""

    def __init__(self, driver, axe_source: str, shots_dir: Path):
        self.driver = driver
        self.axe_source = axe_source
        self.shots_dir = shots_dir
        self.problems: list[tuple[str, dict]] = []
        self.count = 0

    def screenshot(self, label: str) -> None:
        self.count += 1
        safe = re.sub(r"[^A-Za-z0-9_-]+", "-", label).strip("-")
        try:
            self.driver.save_screenshot(str(self.shots_dir / f"{self.count:02d}-{safe}.png"))
        except WebDriverException as e:  # a screenshot must never hide the real result
            step(f"  (screenshot '{label}' failed: {e.msg})")

    def check(self, label: str) -> None:
        self.screenshot(label)
        violations = run_axe(self.driver, self.axe_source)
        bad = blocking(violations)
        minor = len(violations) - len(bad)
        step(f"  axe on {label} ({path_of(self.driver.current_url)}): "
             f"{len(bad)} serious/critical, {minor} minor/moderate")
        for v in bad:
            print(f"    AXE VIOLATION on {label}: {format_violation(v)}", flush=True)
            self.problems.append((label, v))


# ------------------------------------------------------------------------ server


class Server:
    def __init__(self, binary: str, work: Path):
        self.binary = binary
        self.work = work
        self.data_dir = work / "data"
        self.cwd = work / "cwd"
        self.log_path = work / "server.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        self.data_dir.mkdir(parents=True)
        self.cwd.mkdir(parents=True)
        env = dict(os.environ, FARUN_DATA_DIR=str(self.data_dir), FARUN_HOST=HOST)
        cmd = [self.binary, "serve", "--port", str(PORT)]
        # The one-time password is read from stdout, which is a file here: make the
        # server's C stdio line-buffered so a print() shows up without waiting for exit.
        if shutil.which("stdbuf"):
            cmd = ["stdbuf", "-oL", "-eL"] + cmd
        step(f"starting server: {' '.join(cmd)} (FARUN_DATA_DIR={self.data_dir})")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            cmd, cwd=self.cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def wait_ready(self) -> str:
        """Wait for /healthz == 200 and the one-time password line; return the password."""
        deadline = time.monotonic() + STARTUP_TIMEOUT
        healthy = False
        otp = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise JourneyFailure(f"server exited early with code {self.proc.returncode}")
            if not healthy:
                try:
                    with urllib.request.urlopen(f"{BASE}/healthz", timeout=2) as r:
                        healthy = r.status == 200
                except (urllib.error.URLError, OSError):
                    pass
            if otp is None:
                m = OTP_RE.search(self.log_text())
                if m:
                    otp = m.group(1)
            if healthy and otp:
                return otp
            time.sleep(0.25)
        raise JourneyFailure(
            f"server not ready after {STARTUP_TIMEOUT:.0f}s "
            f"(healthz 200: {healthy}, one-time password seen: {otp is not None})"
        )

    def stop(self) -> None:
        if self.proc is None:
            return
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(self.proc.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                self.proc.wait(timeout=10)
        self.log.close()


class DemoServer(Server):
    """`serve --demo` on SQLite, or on a PostgreSQL database when `database_url` is given; `env` adds settings."""

    def __init__(self, binary: str, work: Path, database_url: str | None, env: dict[str, str] | None = None):
        super().__init__(binary, work)
        self.database_url = database_url
        self.extra_env = env or {}

    def start(self) -> None:
        self.data_dir.mkdir(parents=True)
        self.cwd.mkdir(parents=True)
        env = dict(os.environ, FARUN_DATA_DIR=str(self.data_dir), FARUN_HOST=HOST, **self.extra_env)
        if self.database_url:
            env["FARUN_DATABASE_URL"] = self.database_url
        cmd = [self.binary, "serve", "--port", str(PORT), "--demo"]
        if shutil.which("stdbuf"):
            cmd = ["stdbuf", "-oL", "-eL"] + cmd
        step(f"starting server: {' '.join(cmd)} ({'PostgreSQL' if self.database_url else 'SQLite'})")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, cwd=self.cwd, env=env, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)


def psql(server_url: str, sql: str) -> None:
    parts = urlparse(server_url)
    admin = urlunparse(parts._replace(path="/postgres"))
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", admin, "-c", sql], check=True,
                   env=dict(os.environ, PGOPTIONS="-c client_min_messages=warning"))


class ScratchDatabase:
    """A PostgreSQL database made for one run when FARUN_JOURNEY_POSTGRES names a server; nothing otherwise."""

    def __init__(self, prefix: str):
        self.server_url = os.environ.get("FARUN_JOURNEY_POSTGRES")
        self.name = f"{prefix}_{os.getpid()}"

    def create(self) -> str | None:
        """The scratch database's URL (made afresh), or None for SQLite."""
        if not self.server_url:
            return None
        parts = urlparse(self.server_url)
        step(f"PostgreSQL: creating scratch database {self.name} on {parts.hostname}:{parts.port or 5432}")
        psql(self.server_url, f'DROP DATABASE IF EXISTS "{self.name}"')
        psql(self.server_url, f'CREATE DATABASE "{self.name}"')
        return urlunparse(parts._replace(path=f"/{self.name}"))

    def drop(self) -> None:
        if not self.server_url:
            return
        try:
            psql(self.server_url, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            step(f"PostgreSQL: dropped scratch database {self.name}")
        except (subprocess.CalledProcessError, OSError) as e:
            print(f"[journey] could not drop scratch database {self.name}: {e}", flush=True)


def http_status(path: str) -> int:
    try:
        with urllib.request.urlopen(f"{BASE}{path}", timeout=10) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


# ----------------------------------------------------------------------- browser


def make_driver() -> webdriver.Chrome:
    opts = webdriver.ChromeOptions()
    opts.binary_location = os.environ.get("CHROMIUM_BIN", "/usr/bin/chromium")
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--window-size=1280,900", "--lang=zh-CN",
        # Keep every request on this machine: no background/Google services, and
        # any host name other than loopback fails to resolve.
        "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-default-apps",
        "--disable-domain-reliability", "--disable-client-side-phishing-detection",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
        "--password-store=basic",
    ):
        opts.add_argument(arg)
    opts.add_experimental_option("prefs", {
        "credentials_enable_service": False,
        "profile.password_manager_enabled": False,
        "profile.password_manager_leak_detection": False,
    })
    service = Service(executable_path=os.environ.get("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=opts)
    driver.set_page_load_timeout(NAV_TIMEOUT * 3)
    driver.set_script_timeout(60)
    return driver


def field(driver, name: str, form=None):
    scope = form if form is not None else driver
    els = scope.find_elements(By.NAME, name)
    if not els:
        raise JourneyFailure(f"no element name={name!r} on {path_of(driver.current_url)}")
    return els[0]


def fill(driver, name: str, value: str, form=None) -> None:
    el = field(driver, name, form)
    el.clear()
    el.send_keys(value)
    actual = el.get_attribute("value")
    if actual != value:  # e.g. characters a driver could not type: set it directly
        driver.execute_script(
            "arguments[0].value = arguments[1];"
            "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
            "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
            el, value)


def select_first_nonempty(driver, name: str, form=None) -> str:
    el = field(driver, name, form)
    sel = Select(el)
    for opt in sel.options:
        value = opt.get_attribute("value")
        if value and opt.is_enabled():
            sel.select_by_value(value)
            return f"{value} ({opt.text.strip()})"
    raise JourneyFailure(f"select name={name!r} has no non-empty option")


def gone(element):
    """Wait condition: the element has left the document, i.e. the next page replaced it. While a page is being
    replaced, Chromium sometimes answers "Node with given id does not belong to the document" instead of a
    stale-element error (EC.staleness_of then fails the run); both mean the same here."""
    def predicate(_driver) -> bool:
        try:
            element.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as e:
            if "does not belong to the document" in (e.msg or ""):
                return True
            raise
    return predicate


def submit(driver, form_id: str, label: str) -> None:
    """Click the form's submit button and wait for the next page to load."""
    forms = driver.find_elements(By.CSS_SELECTOR, f"form#{form_id}")
    if not forms:
        raise JourneyFailure(f"no form#{form_id} on {path_of(driver.current_url)}")
    form = forms[0]
    buttons = form.find_elements(By.CSS_SELECTOR, "button[type=submit]")
    if not buttons:
        raise JourneyFailure(f"form#{form_id} has no button[type=submit]")
    step(f"submitting form#{form_id} ({label})")
    buttons[0].click()
    try:
        WebDriverWait(driver, NAV_TIMEOUT).until(gone(form))
        WebDriverWait(driver, NAV_TIMEOUT).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
    except TimeoutException:
        raise JourneyFailure(f"submitting form#{form_id} did not load a new page "
                             f"within {NAV_TIMEOUT:.0f}s (still on {driver.current_url})")


def goto(driver, path: str) -> None:
    step(f"GET {path}")
    driver.get(f"{BASE}{path}")


def expect_path(driver, expected: str) -> None:
    actual = path_of(driver.current_url)
    if actual != expected:
        raise JourneyFailure(f"expected to be on {expected}, but am on {actual} "
                             f"(title: {driver.title!r})")
    step(f"  on {actual} as expected")


def set_phone_viewport(driver) -> None:
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True})
    except WebDriverException:
        driver.set_window_size(390, 844)


# ----------------------------------------------------------------------- journey


def journey(driver, audit: Audit, otp: str) -> None:
    # Sign in with the one-time password.
    goto(driver, "/staff/sign-in")
    expect_path(driver, "/staff/sign-in")
    audit.check("sign-in")
    form = driver.find_element(By.CSS_SELECTOR, "form#sign-in")
    fill(driver, "username", "admin", form)
    fill(driver, "password", otp, form)
    submit(driver, "sign-in", "admin with one-time password")
    expect_path(driver, "/staff/password")
    audit.check("change-password")

    # Forced password change.
    form = driver.find_element(By.CSS_SELECTOR, "form#change-password")
    fill(driver, "current_password", otp, form)
    fill(driver, "new_password", NEW_PASSWORD, form)
    fill(driver, "confirm_password", NEW_PASSWORD, form)
    submit(driver, "change-password", "new password")
    expect_path(driver, "/staff")
    audit.check("staff-home")

    # The deadline calculator: 7 calendar days from 2026-09-28 end after the National Day holiday.
    goto(driver, "/staff/deadline-calculator?from=2026-09-28&days=7&unit=calendar")
    if "2026-10-08" not in driver.page_source:
        raise AssertionError("deadline calculator did not show 2026-10-08")
    step("  deadline calculator shows 2026-10-08")
    audit.check("deadline-calculator")
    goto(driver, "/admin/calendar")
    expect_path(driver, "/admin/calendar")
    audit.check("holiday-calendar")

    # Create a service point.
    name = f"浏览器测试法律服务点{random.randint(0, 9999):04d}"
    goto(driver, "/admin/service-points/new")
    expect_path(driver, "/admin/service-points/new")
    audit.check("service-point-new")
    form = driver.find_element(By.CSS_SELECTOR, "form#service-point-form")
    fill(driver, "name", name, form)
    step(f"  kind = {select_first_nonempty(driver, 'kind', form)}")
    step(f"  region_id = {select_first_nonempty(driver, 'region_id', form)}")
    fill(driver, "address", "古县岳阳镇测试路1号", form)
    fill(driver, "opening_hours", "周一至周五 8:30-17:30", form)
    fill(driver, "capacity", "12", form)
    fill(driver, "notice", "测试公告", form)
    submit(driver, "service-point-form", f"service point {name}")
    landed = path_of(driver.current_url)
    if not landed.startswith("/admin/service-points/") or landed.rstrip("/").endswith("/new"):
        raise JourneyFailure(f"after creating the service point expected /admin/service-points/<id>, "
                             f"but am on {landed} (title: {driver.title!r})")
    step(f"  created, now on {landed}")

    # The public finder, as an anonymous visitor.
    driver.delete_all_cookies()
    goto(driver, "/service-points")
    expect_path(driver, "/service-points")
    if name not in driver.page_source:
        raise JourneyFailure(f"public finder /service-points does not list {name!r}")
    step(f"  public finder lists {name}")
    audit.check("service-points")

    # Home page, desktop and phone.
    status = http_status("/")
    if status != 200:
        raise JourneyFailure(f"GET / returned HTTP {status}")
    goto(driver, "/")
    expect_path(driver, "/")
    title = driver.title.strip()
    lang = driver.execute_script("return document.documentElement.getAttribute('lang') || ''")
    if not title:
        raise JourneyFailure("home page has an empty <title>")
    if not lang.lower().startswith("zh"):
        raise JourneyFailure(f"home page <html lang={lang!r}> does not start with 'zh'")
    step(f"  home: HTTP 200, title {title!r}, lang {lang!r}")
    audit.check("home")

    set_phone_viewport(driver)
    goto(driver, "/")
    width = driver.execute_script("return window.innerWidth")
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    step(f"  phone viewport: innerWidth {width}, horizontal overflow {overflow}px")
    audit.check("home-phone")
    if overflow > 1:
        raise JourneyFailure(f"home page scrolls sideways at 390px wide ({overflow}px overflow)")


def run_in_browser(prefix: str, start_server, run, audit_class=None, cleanup=None) -> int:
    """The frame every browser journey shares: checks FARUN_BIN and axe-core, starts the server
    (`start_server(binary, work)` returns the started server and what `run` needs), runs
    `run(driver, audit, started)`, fails on serious/critical axe findings, keeps screenshots, the page and
    the server log on failure, always stops the browser and the server, then calls `cleanup()`.
    Prints `1 passed, 0 failed` or `0 passed, 1 failed` and returns the exit code."""
    binary = os.environ.get("FARUN_BIN")
    own_artifacts = not os.environ.get("FARUN_BROWSER_ARTIFACTS")
    artifacts = Path(os.environ.get("FARUN_BROWSER_ARTIFACTS")
                     or tempfile.mkdtemp(prefix=f"{prefix}-"))
    artifacts.mkdir(parents=True, exist_ok=True)
    shots = artifacts / "screenshots"
    shots.mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f"{prefix}-work-"))
    server = None
    driver = None
    ok = False
    try:
        if not binary or not os.access(binary, os.X_OK):
            raise JourneyFailure(f"FARUN_BIN={binary!r} is not an executable file")
        axe_path = find_axe_js()
        step(f"axe-core: {axe_path}")
        axe_source = axe_path.read_text(encoding="utf-8")

        server, started = start_server(binary, work)

        driver = make_driver()
        step(f"browser: {driver.capabilities.get('browserName')} "
             f"{driver.capabilities.get('browserVersion')}")
        audit = (audit_class or Audit)(driver, axe_source, shots)
        run(driver, audit, started)

        if audit.problems:
            pages = sorted({label for label, _ in audit.problems})
            raise JourneyFailure(f"{len(audit.problems)} serious/critical accessibility "
                                 f"violation(s) on: {', '.join(pages)}")
        ok = True
    except JourneyFailure as e:
        print(f"[journey] FAILED: {e}", flush=True)
    except Exception:
        print("[journey] FAILED with an unexpected error:", flush=True)
        traceback.print_exc()
        sys.stderr.flush()
    finally:
        if not ok and driver is not None:
            try:
                url = driver.current_url
                driver.save_screenshot(str(shots / "99-at-failure.png"))
                (artifacts / "page-at-failure.html").write_text(driver.page_source, encoding="utf-8")
                print(f"[journey] page at failure: {url}", flush=True)
            except WebDriverException:
                pass
        if driver is not None:
            try:
                driver.quit()
            except WebDriverException:
                pass
        if server is not None:
            server.stop()
            if not ok:
                shutil.copy(server.log_path, artifacts / "server.log")
                print("[journey] ---- server log (last 20000 characters) ----", flush=True)
                print(server.log_text()[-20000:], flush=True)
                print("[journey] ---- end of server log ----", flush=True)
        if cleanup is not None:
            cleanup()
        shutil.rmtree(work, ignore_errors=True)
        if ok and own_artifacts:
            shutil.rmtree(artifacts, ignore_errors=True)
        else:
            print(f"[journey] screenshots and logs kept in {artifacts}", flush=True)
    print("1 passed, 0 failed" if ok else "0 passed, 1 failed", flush=True)
    return 0 if ok else 1


def run_on_demo(prefix: str, run, statutes: Path | None = None) -> int:
    """`run` in the browser against `serve --demo`, on SQLite or on a scratch PostgreSQL database
    (FARUN_JOURNEY_POSTGRES); `statutes` is a laws.db the demo imports (FARUN_DEMO_LAWS), which must exist."""
    scratch = ScratchDatabase(prefix.replace("-", "_"))

    def start_server(binary: str, work: Path):
        env = {}
        if statutes is not None:
            if not statutes.is_file():
                raise JourneyFailure(f"the statute fixture {statutes} is missing")
            env["FARUN_DEMO_LAWS"] = str(statutes)
        server = DemoServer(binary, work, scratch.create(), env=env)
        server.start()
        server.wait_ready()
        return server, {}

    return run_in_browser(prefix, start_server, run, cleanup=scratch.drop)


def main() -> int:
    def start_server(binary: str, work: Path):
        server = Server(binary, work)
        server.start()
        otp = server.wait_ready()
        step("server healthy; one-time admin password read from its output")
        return server, otp

    return run_in_browser("farun-browser", start_server, journey)


if __name__ == "__main__":
    sys.exit(main())
