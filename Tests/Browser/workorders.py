#!/usr/bin/env python3
"""Farun work-order journey (issue 3) in headless Chromium with axe-core, on SQLite or PostgreSQL.

Starts `farun serve --demo` (the demo county 古县) and, as people would, in the browser:
  1. a bureau administrator creates an API token for the 12348 switchboard on /admin/tokens; the switchboard
     posts an answered call (twice: the second answers 200 with the same record); an operator turns it into a
     work order in one step (→ the 12348 duty group, assigned by round robin);
  2. a window clerk registers a walk-in legal aid request, accepts it on the spot and gets the receipt
     (→ the legal aid centre, assigned by least load);
  3. a citizen submits a notarization request at the county centre's kiosk; the county front desk accepts it
     (→ the notary office's queue), where a notary takes it with "claim next";
  4. a citizen applies for mediation on a phone (390 px, a phone's User-Agent) for a village of 岳阳镇; the
     town's front desk accepts it (→ 岳阳镇 mediation committee, round robin);
  5. whoever holds each order (read from the order page) starts and resolves it; for the legal aid order the
     assignee first asks for materials, the citizen sees exactly what is missing, and the materials arrive;
  6. the citizen tracks each order by number and phone, sees it resolved and rates it (满意, 基本满意,
     不满意, 满意); the head of the unit of the 不满意 order finds the call-back task and records it done;
     the bureau's satisfaction page counts the four ratings (满意率 75.0%).
Every page is checked for what it must show (number, state, unit, assignee, channel), and axe-core runs on
each distinct page: a serious or critical finding fails the run; minor and moderate ones are listed.

Environment: as journey.py (FARUN_BIN, AXE_JS, FARUN_BROWSER_PORT, FARUN_BROWSER_ARTIFACTS, CHROMIUM_BIN,
CHROMEDRIVER_BIN), plus FARUN_JOURNEY_POSTGRES: a PostgreSQL server URL; when set, a scratch database is
created in it for the run and dropped afterwards.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

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


# ------------------------------------------------------------------------- people


def sign_in(driver, audit, username: str, label: str | None = None) -> None:
    driver.delete_all_cookies()
    goto(driver, "/staff/sign-in")
    form = driver.find_element(By.CSS_SELECTOR, "form#sign-in")
    fill(driver, "username", username, form)
    fill(driver, "password", DEMO_PASSWORD, form)
    submit(driver, "sign-in", f"sign in as {username}")
    expect_path(driver, "/staff")
    step(f"  signed in as {username} ({NAME_BY_USERNAME.get(username, '?')})")
    if label:
        audit.check(label)


def text_of(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def api(method: str, path: str, token: str, body: dict | None = None) -> tuple[int, dict]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(f"{J.BASE}{path}", data=data, method=method, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.loads(r.read() or b"{}")
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


# ------------------------------------------------------------------------- demo facts

NAME_BY_USERNAME = {u: n for n, u in USERNAME_BY_NAME.items()}
UNITS = {u["name"]: u for u in DEMO["units"]}
LEGAL_AID_CENTRE = "古县法律援助中心（演示）"
NOTARY_OFFICE = "古县公证处（演示）"
DUTY_GROUP = "古县12348热线法律咨询值班组（演示）"
YUEYANG_MEDIATION = "岳阳镇人民调解委员会（演示）"
COUNTY_CENTRE = "古县公共法律服务中心"
YUEYANG_STATION = "岳阳镇公共法律服务工作站"


def member_names(unit: str) -> set[str]:
    return {NAME_BY_USERNAME[m["username"]] for m in UNITS[unit]["members"]}


# Names as the pages show them (Resources/l10n/workorders.tsv, tracking.tsv …).
STATE = {"submitted": "已提交", "accepted": "已受理", "assigned": "已分派", "in_progress": "办理中",
         "supplement_requested": "待补正材料", "resolved": "已办结", "closed": "已关闭"}
RATING = {"satisfied": "满意", "basically_satisfied": "基本满意", "dissatisfied": "不满意"}
NOT_YET = "尚未确定"


class Order:
    """One request followed through the journey."""

    def __init__(self, label: str, service: str, requester: str, phone: str, matter: str):
        self.label = label
        self.service = service
        self.requester = requester
        self.phone = phone
        self.matter = matter
        self.number = ""
        self.id = 0
        self.unit = ""
        self.assignee = ""  # display name
        self.outcome = ""
        self.score = ""

    def __str__(self) -> str:
        return f"{self.label} {self.number or '(no number yet)'}"


# ------------------------------------------------------------------------- page helpers


class WorkOrderAudit(J.Audit):
    """journey.py's audit, also remembering the minor/moderate findings to list them at the end (they do not fail)."""

    def __init__(self, driver, axe_source: str, shots_dir: Path):
        super().__init__(driver, axe_source, shots_dir)
        self.minor: dict[str, set[str]] = {}

    def check(self, label: str) -> None:
        self.screenshot(label)
        violations = J.run_axe(self.driver, self.axe_source)
        bad = J.blocking(violations)
        step(f"  axe on {label} ({path_of(self.driver.current_url)}): "
             f"{len(bad)} serious/critical, {len(violations) - len(bad)} minor/moderate")
        for v in violations:
            if v in bad:
                print(f"    AXE VIOLATION on {label}: {J.format_violation(v)}", flush=True)
                self.problems.append((label, v))
            else:
                self.minor.setdefault(f"{v['id']} [{v['impact']}] {v['help']}", set()).add(label)

    def report_minor(self) -> None:
        for finding, labels in sorted(self.minor.items()):
            step(f"  axe (not blocking) {finding}: on {len(labels)} page(s): {', '.join(sorted(labels))}")


class Audited:
    """axe-core once per distinct page (a page's template, in a given state), not on every visit."""

    def __init__(self, audit):
        self.audit = audit
        self.seen: set[str] = set()

    def __call__(self, label: str) -> None:
        if label in self.seen:
            self.audit.screenshot(label)
            return
        self.seen.add(label)
        self.audit.check(label)


def wait_for_new_page(driver, old, what: str) -> None:
    try:
        J.WebDriverWait(driver, J.NAV_TIMEOUT).until(J.gone(old))
        J.WebDriverWait(driver, J.NAV_TIMEOUT).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
    except J.TimeoutException:
        raise JourneyFailure(f"{what} did not load a new page within {J.NAV_TIMEOUT:.0f}s "
                             f"(still on {driver.current_url})")


def submit_form(driver, form, label: str) -> None:
    """Click the submit button of a form that has no id (inline forms), and wait for the next page."""
    buttons = form.find_elements(By.CSS_SELECTOR, "button[type=submit]")
    if not buttons:
        raise JourneyFailure(f"the form for {label} has no submit button on {path_of(driver.current_url)}")
    step(f"submitting {label}")
    buttons[0].click()
    wait_for_new_page(driver, form, f"submitting {label}")


def follow(driver, link, label: str) -> None:
    step(f"following link {label} ({link.get_attribute('href')})")
    html = driver.find_element(By.TAG_NAME, "html")
    link.click()
    wait_for_new_page(driver, html, f"following {label}")


def expect_path_re(driver, pattern: str, what: str) -> re.Match:
    path = path_of(driver.current_url)
    m = re.fullmatch(pattern, path)
    if not m:
        raise JourneyFailure(f"{what}: expected a page like {pattern}, but am on {path} (title: {driver.title!r}); "
                             f"page says: {problems_on_page(driver)}")
    step(f"  on {path} as expected")
    return m


def problems_on_page(driver) -> str:
    """Error summaries and field errors shown on the page, for failure messages."""
    texts = [e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, ".error-summary, .error, .notice, .flash")]
    texts = [t for t in texts if t]
    return " | ".join(texts)[:600] or "(no error message shown)"


def expect_text(driver, where: str, *expected: str) -> None:
    body = text_of(driver)
    missing = [e for e in expected if e not in body]
    if missing:
        raise JourneyFailure(f"{where}: the page {path_of(driver.current_url)} does not show {missing!r}; "
                             f"page says: {problems_on_page(driver)}")


FACTS_JS = """
const out = {};
document.querySelectorAll('dl.facts').forEach(function (dl) {
  let key = null;
  Array.from(dl.children).forEach(function (el) {
    if (el.tagName === 'DT') { key = el.textContent.trim(); }
    else if (el.tagName === 'DD' && key !== null && !(key in out)) { out[key] = el.textContent.trim(); }
  });
});
return out;
"""


def facts(driver) -> dict[str, str]:
    return driver.execute_script(FACTS_JS)


def check_selected(driver, name: str, value: str, form=None) -> None:
    sel = Select(J.field(driver, name, form))
    values = [o.get_attribute("value") for o in sel.options]
    if value not in values:
        raise JourneyFailure(f"select {name!r} on {path_of(driver.current_url)} offers no {value!r} (offers {values})")
    sel.select_by_value(value)


def tick(driver, element) -> None:
    if not element.is_selected():
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        element.click()
    if not element.is_selected():
        raise JourneyFailure(f"could not tick {element.get_attribute('name')}={element.get_attribute('value')}")


class OrderPage:
    """What the staff order page (/staff/work-orders/:id) shows."""

    def __init__(self, driver):
        m = re.fullmatch(r"/staff/work-orders/(\d+)", path_of(driver.current_url))
        if not m:
            raise JourneyFailure(f"expected an order page, but am on {path_of(driver.current_url)} "
                                 f"(title: {driver.title!r}); page says: {problems_on_page(driver)}")
        self.id = int(m.group(1))
        heading = driver.find_element(By.TAG_NAME, "h1")
        self.state = heading.find_element(By.CSS_SELECTOR, ".badge.state").text.strip()
        m = re.search(r"\d{9,12}-\d{8}-\d{4,}", heading.text)
        if not m:
            raise JourneyFailure(f"no work order number in the heading of {path_of(driver.current_url)}: {heading.text!r}")
        self.number = m.group(0)
        self.facts = facts(driver)
        self.unit = self.facts.get("承办单位", "")
        self.assignee = self.facts.get("承办人", "")
        self.channel = self.facts.get("受理渠道", "")
        self.service = self.facts.get("服务事项", "")
        self.steps = [f.get_attribute("id") for f in driver.find_elements(By.CSS_SELECTOR, "form.step-form")]
        refused = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
        self.refusal = refused[0].text.strip() if refused else ""

    def summary(self) -> str:
        return (f"{self.number}: state {self.state}, unit {self.unit or '—'}, assignee {self.assignee or '—'}, "
                f"channel {self.channel}, steps {self.steps}")


def expect_order(driver, order: Order, what: str, state: str, unit: str | None = None,
                 assignee_in: set[str] | None = None, channel: str | None = None) -> OrderPage:
    page = OrderPage(driver)
    step(f"  order page: {page.summary()}")
    problems = []
    if page.refusal:
        problems.append(f"the step was refused: {page.refusal}")
    if order.number and page.number != order.number:
        problems.append(f"number {page.number} instead of {order.number}")
    if page.state != state:
        problems.append(f"state {page.state!r} instead of {state!r}")
    if unit is not None and page.unit != unit:
        problems.append(f"handling unit {page.unit!r} instead of {unit!r}")
    if assignee_in is not None and page.assignee not in assignee_in:
        problems.append(f"assignee {page.assignee!r} is not one of {sorted(assignee_in)}")
    if channel is not None and page.channel != channel:
        problems.append(f"channel {page.channel!r} instead of {channel!r}")
    if problems:
        raise JourneyFailure(f"{order.label} {what}: " + "; ".join(problems))
    order.number = page.number
    order.id = page.id
    order.unit = page.unit
    order.assignee = page.assignee if page.assignee != NOT_YET else ""
    return page


def take_step(driver, order: Order, action: str, fields: dict[str, str] | None = None) -> None:
    """Submit the order page's form for one lifecycle step (form#step-<action>)."""
    forms = driver.find_elements(By.CSS_SELECTOR, f"form#step-{action}")
    if not forms:
        offered = [f.get_attribute("id") for f in driver.find_elements(By.CSS_SELECTOR, "form.step-form")]
        raise JourneyFailure(f"{order}: the order page offers no step {action!r} (offers {offered}); "
                             f"page says: {problems_on_page(driver)}")
    form = forms[0]
    for name, value in (fields or {}).items():
        fill(driver, name, value, form)
    submit(driver, f"step-{action}", f"{action} on {order.number}")


def open_from_workbench(driver, order: Order, see, view: str | None = None) -> None:
    """The workbench: search by number with the filter form, then open the order from the list."""
    goto(driver, "/staff/work-orders" + (f"?view={view}" if view else ""))
    see("workbench")
    form = driver.find_element(By.CSS_SELECTOR, "form.filters")
    fill(driver, "number", order.number, form)
    submit_form(driver, form, f"the workbench filter for {order.number}")
    links = driver.find_elements(By.LINK_TEXT, order.number)
    if not links:
        raise JourneyFailure(f"{order}: not listed on the workbench ({driver.current_url}); "
                             f"page says: {problems_on_page(driver)}")
    follow(driver, links[0], order.number)


def open_my_order(driver, order: Order, see) -> None:
    """An assignee finds the order in 我的工单 (the workbench's default view) and opens it."""
    goto(driver, "/staff/work-orders")
    current = driver.find_elements(By.CSS_SELECTOR, "nav.tabs a[aria-current=page]")
    links = driver.find_elements(By.LINK_TEXT, order.number)
    if not links:
        raise JourneyFailure(f"{order}: not in {order.assignee}'s workbench view {current[0].text if current else '?'!r}")
    step(f"  {order.number} is in the view {current[0].text if current else '?'!r}")
    follow(driver, links[0], order.number)


# ------------------------------------------------------------------------- phone


def phone_mode(driver, on: bool, desktop_agent: str) -> None:
    if on:
        J.set_phone_viewport(driver)
        agent = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                 "Chrome/126.0 Mobile Safari/537.36")
    else:
        try:
            driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        except WebDriverException:
            driver.set_window_size(1280, 900)
        agent = desktop_agent
    try:
        driver.execute_cdp_cmd("Emulation.setUserAgentOverride", {"userAgent": agent})
    except WebDriverException as e:
        step(f"  (could not set the user agent: {e.msg})")


def expect_no_sideways_scroll(driver, label: str) -> None:
    overflow = driver.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    width = driver.execute_script("return window.innerWidth")
    step(f"  {label} at innerWidth {width}: horizontal overflow {overflow}px")
    if overflow > 1:
        raise JourneyFailure(f"{label} scrolls sideways at {width}px wide ({overflow}px overflow)")


# ------------------------------------------------------------------------- the journey


def china_now() -> datetime:
    return datetime.now(timezone(timedelta(hours=8)))


def switchboard_token(driver, see) -> str:
    """admin.chen creates an API token for the 12348 switchboard and copies it from the page."""
    sign_in(driver, see.audit, "admin.chen")
    see("staff-home")
    goto(driver, "/admin/tokens")
    expect_path(driver, "/admin/tokens")
    see("admin-tokens")
    form = driver.find_element(By.CSS_SELECTOR, "form#token-form")
    fill(driver, "name", "12348 交换机（浏览器测试）", form)
    for scope in ("handle_hotline", "use_staff_area"):
        boxes = form.find_elements(By.CSS_SELECTOR, f"input[type=checkbox][value='{scope}']")
        if not boxes:
            raise JourneyFailure(f"/admin/tokens offers admin.chen no scope {scope!r}")
        tick(driver, boxes[0])
    submit(driver, "token-form", "a switchboard token with handle_hotline + use_staff_area")
    expect_path(driver, "/admin/tokens")
    shown = driver.find_elements(By.CSS_SELECTOR, "code.otp")
    if not shown:
        raise JourneyFailure(f"the new token is not shown on /admin/tokens; page says: {problems_on_page(driver)}")
    token = shown[0].text.strip()
    if not token.startswith("farun_"):
        raise JourneyFailure(f"the token shown does not look like one: {token[:8]!r}…")
    expect_text(driver, "token list", "12348 交换机（浏览器测试）", "12348 热线与回拨", "使用工作台")
    step(f"  token created and read from the page ({token[:12]}…)")
    see("admin-tokens-created")
    return token


def hotline_call(driver, see, token: str, order: Order) -> None:
    """The switchboard posts an answered call; hotline.liu turns it into a work order in one step."""
    ring = china_now().replace(microsecond=0) - timedelta(minutes=4)
    answered = ring + timedelta(seconds=7)
    ended = answered + timedelta(seconds=150)
    call = {"external_id": f"SW-JOURNEY-{os.getpid()}-{int(time.time())}", "caller": order.phone,
            "ring_at": ring.isoformat(), "answered_at": answered.isoformat(), "ended_at": ended.isoformat(),
            "operator": "hotline.liu", "recording_ref": "rec/journey/0001.wav"}
    step(f"POST /api/v1/hotline/calls (switchboard, bearer token) external_id={call['external_id']}")
    status, body = api("POST", "/api/v1/hotline/calls", token, call)
    if status != 201 or not body.get("answered"):
        raise JourneyFailure(f"the switchboard's call was not recorded: HTTP {status} {body}")
    call_id = body["id"]
    step(f"  HTTP 201: call #{call_id}, caller {body.get('caller')}, operator {body.get('operator')}, "
         f"answered in {body.get('seconds_to_answer')} s")
    if body.get("operator") != "hotline.liu" or order.phone in json.dumps(body):
        raise JourneyFailure(f"the call record is wrong (operator, or the caller's number unmasked): {body}")
    status, again = api("POST", "/api/v1/hotline/calls", token, call)
    if status != 200 or again.get("id") != call_id:
        raise JourneyFailure(f"posting the same call again should answer 200 with call #{call_id}: HTTP {status} {again}")
    step(f"  the same call posted again: HTTP 200, still call #{call_id} (idempotent)")

    sign_in(driver, see.audit, "hotline.liu")
    today = china_now().date()
    calls_page = "/staff/hotline" + ("" if ring.date() == today else f"?day={ring.date().isoformat()}")
    goto(driver, calls_page)
    rows = driver.find_elements(By.ID, f"call-{call_id}")
    if not rows:
        raise JourneyFailure(f"call #{call_id} is not listed on {calls_page} for hotline.liu")
    expect_text(driver, "hotline calls", "已接听", "刘洋")
    see("hotline-calls")
    links = rows[0].find_elements(By.LINK_TEXT, "转为工单")
    if not links:
        raise JourneyFailure(f"call #{call_id} offers no 转为工单 link: {rows[0].text!r}")
    follow(driver, links[0], "转为工单")
    expect_path(driver, f"/staff/hotline/calls/{call_id}/work-order")
    see("hotline-call-order-form")
    form = driver.find_element(By.CSS_SELECTOR, "form#call-order-form")
    prefilled = J.field(driver, "requester_phone", form).get_attribute("value")
    if prefilled != order.phone:
        raise JourneyFailure(f"the caller's number is not prefilled: {prefilled!r} instead of {order.phone!r}")
    region = Select(J.field(driver, "region_id", form)).first_selected_option
    if not region.get_attribute("value"):
        raise JourneyFailure("the call's region is not preselected on the call → order form")
    step(f"  caller's number prefilled; region {region.text.strip()!r}")
    check_selected(driver, "service", order.service, form)
    fill(driver, "requester_name", order.requester, form)
    fill(driver, "matter", order.matter, form)
    submit(driver, "call-order-form", f"{order.label}: {order.service}")
    expect_order(driver, order, "after the operator turned the call into an order", state=STATE["assigned"],
                 unit=DUTY_GROUP, assignee_in=member_names(DUTY_GROUP), channel="12348 热线")
    see("order-assigned")
    step(f"  {order.number} is in {order.unit}'s queue, assigned to {order.assignee} (round robin)")

    goto(driver, calls_page)
    row = driver.find_element(By.ID, f"call-{call_id}")
    if order.number not in row.text:
        raise JourneyFailure(f"call #{call_id} does not link to its order {order.number}: {row.text!r}")
    step(f"  the call now links to {order.number}")


def walk_in(driver, see, order: Order) -> None:
    """clerk.yueyang registers a walk-in legal aid request and accepts it on the spot."""
    sign_in(driver, see.audit, "clerk.yueyang")
    goto(driver, "/staff/work-orders/new")
    expect_path(driver, "/staff/work-orders/new")
    see("intake-form")
    form = driver.find_element(By.CSS_SELECTOR, "form#intake-form")
    check_selected(driver, "channel", "window", form)
    check_selected(driver, "service", order.service, form)
    materials = driver.find_elements(By.CSS_SELECTOR, "#service-info ol.materials li")
    step(f"  materials list (一次性告知) shows {len(materials)} item(s)")
    if not materials:
        raise JourneyFailure("the intake form shows no materials for 法律援助 (一次性告知)")
    fill(driver, "requester_name", order.requester, form)
    fill(driver, "requester_phone", order.phone, form)
    fill(driver, "matter", order.matter, form)
    region = Select(J.field(driver, "region_id", form))
    if not region.first_selected_option.get_attribute("value"):
        raise JourneyFailure("the clerk's own region is not preselected on the intake form")
    step(f"  region {region.first_selected_option.text.strip()!r}")
    point = Select(J.field(driver, "service_point_id", form))
    names = [o.text.strip() for o in point.options]
    if YUEYANG_STATION not in names:
        raise JourneyFailure(f"the intake form offers no service point {YUEYANG_STATION!r} (offers {names})")
    point.select_by_visible_text(YUEYANG_STATION)
    tick(driver, J.field(driver, "accept_now", form))
    submit(driver, "intake-form", f"{order.label}: {order.service}, accept now")
    m = expect_path_re(driver, r"/staff/work-orders/(\d+)/receipt", "after the window intake")
    order.id = int(m.group(1))
    see("receipt")
    order.number = driver.find_element(By.CSS_SELECTOR, ".receipt-number strong").text.strip()
    shown = facts(driver)
    if shown.get("服务事项") != "法律援助" or shown.get("受理渠道") != "窗口" or shown.get("服务点") not in (None, YUEYANG_STATION):
        raise JourneyFailure(f"the receipt of {order.number} shows the wrong facts: {shown}")
    expect_text(driver, "receipt", order.number, order.requester, "一次性告知：所需材料")
    step(f"  receipt for {order.number}: {shown.get('服务事项')}, {shown.get('受理渠道')}, {shown.get('状态')}")
    follow(driver, driver.find_element(By.LINK_TEXT, "查看工单"), "查看工单")
    expect_order(driver, order, "after acceptance at the window", state=STATE["assigned"], unit=LEGAL_AID_CENTRE,
                 assignee_in=member_names(LEGAL_AID_CENTRE), channel="窗口")
    step(f"  {order.number} is in {order.unit}'s queue, assigned to {order.assignee} (least load)")


def kiosk_request(driver, see, order: Order) -> None:
    """An anonymous citizen at the county centre's kiosk asks for a notarization."""
    driver.delete_all_cookies()
    goto(driver, "/service-points?q=" + quote(COUNTY_CENTRE))
    point_id = None
    for link in driver.find_elements(By.CSS_SELECTOR, "a[href^='/service-points/']"):
        m = re.fullmatch(r"/service-points/(\d+)", path_of(link.get_attribute("href")))
        if m and link.text.strip() == COUNTY_CENTRE:
            point_id = int(m.group(1))
    if point_id is None:
        raise JourneyFailure(f"/service-points does not list {COUNTY_CENTRE!r}")
    step(f"  {COUNTY_CENTRE} is service point #{point_id}: its kiosk is /kiosk/{point_id}")
    see("service-points")

    goto(driver, f"/kiosk/{point_id}")
    expect_path(driver, f"/kiosk/{point_id}")
    place = driver.find_element(By.CSS_SELECTOR, ".kiosk-place").text.strip()
    if place != COUNTY_CENTRE:
        raise JourneyFailure(f"the kiosk shows the place {place!r} instead of {COUNTY_CENTRE!r}")
    see("kiosk-home")
    buttons = [a for a in driver.find_elements(By.CSS_SELECTOR, "a.kiosk-button") if a.text.strip() == "公证"]
    if not buttons:
        raise JourneyFailure("the kiosk offers no 公证 button")
    follow(driver, buttons[0], "公证")
    expect_path_re(driver, rf"/kiosk/{point_id}/services/\d+", "the kiosk's notarization form")
    see("kiosk-form")
    form = driver.find_element(By.CSS_SELECTOR, "form#kiosk-form")
    fill(driver, "requester_name", order.requester, form)
    fill(driver, "requester_phone", order.phone, form)
    fill(driver, "matter", order.matter, form)
    tick(driver, J.field(driver, "consent", form))
    submit(driver, "kiosk-form", f"{order.label}: 公证")
    numbers = driver.find_elements(By.CSS_SELECTOR, ".order-number .number")
    if not numbers:
        raise JourneyFailure(f"the kiosk shows no order number after submitting; page says: {problems_on_page(driver)}")
    order.number = numbers[0].text.strip()
    expect_text(driver, "kiosk confirmation", "申请已提交", "公证")
    step(f"  kiosk confirmation shows {order.number}")
    see("kiosk-done")

    # The front desk of the county accepts it; routing sends it to the notary office, whose members claim.
    sign_in(driver, see.audit, "clerk.center")
    open_from_workbench(driver, order, see)
    expect_order(driver, order, "at the front desk", state=STATE["submitted"], channel="自助终端")
    if facts(driver).get("服务点") != COUNTY_CENTRE:
        raise JourneyFailure(f"{order} does not record the kiosk's service point {COUNTY_CENTRE!r}: {facts(driver)}")
    see("order-submitted")
    take_step(driver, order, "accept")
    expect_order(driver, order, "after the front desk accepted it", state=STATE["accepted"], unit=NOTARY_OFFICE,
                 assignee_in={NOT_YET})
    step(f"  {order.number} waits unclaimed in {order.unit}'s queue")

    sign_in(driver, see.audit, "notary.jia.wd")
    goto(driver, "/staff/work-orders?view=unit")
    see("workbench-unit")
    queue = [li for li in driver.find_elements(By.CSS_SELECTOR, "ul.queue-list li")
             if NOTARY_OFFICE in li.text]
    if not queue:
        raise JourneyFailure(f"notary.jia.wd's workbench offers no queue of {NOTARY_OFFICE!r}")
    if order.number not in text_of(driver):
        raise JourneyFailure(f"{order} is not listed in the unit view of notary.jia.wd's workbench")
    step(f"  queue: {queue[0].text.strip()!r}")
    submit_form(driver, queue[0].find_element(By.TAG_NAME, "form"), "认领下一件 (claim next)")
    expect_order(driver, order, "after claim next", state=STATE["assigned"], unit=NOTARY_OFFICE,
                 assignee_in={NAME_BY_USERNAME["notary.jia.wd"]})
    step(f"  notary.jia.wd claimed {order.number}")


def phone_request(driver, see, order: Order) -> None:
    """A citizen applies for mediation on a phone, for a village of 岳阳镇; the town's front desk accepts."""
    driver.delete_all_cookies()
    desktop_agent = driver.execute_script("return navigator.userAgent")
    phone_mode(driver, True, desktop_agent)
    try:
        goto(driver, "/apply")
        expect_path(driver, "/apply")
        see("apply-phone")
        expect_no_sideways_scroll(driver, "/apply")
        cards = [c for c in driver.find_elements(By.CSS_SELECTOR, "li.card")
                 if c.find_element(By.TAG_NAME, "h2").text.strip() == "人民调解"]
        if not cards:
            raise JourneyFailure("/apply offers no 人民调解 card")
        follow(driver, cards[0].find_element(By.CSS_SELECTOR, "a.button"), "人民调解 在线申请")
        expect_path_re(driver, r"/apply/\d+", "the mediation form")
        see("apply-form-phone")
        expect_no_sideways_scroll(driver, "the mediation form")
        form = driver.find_element(By.CSS_SELECTOR, "form#apply-form")
        fill(driver, "requester_name", order.requester, form)
        fill(driver, "requester_phone", order.phone, form)
        groups = [g for g in form.find_elements(By.CSS_SELECTOR, "select#region_id optgroup")
                  if g.get_attribute("label") == "岳阳镇"]
        if not groups:
            raise JourneyFailure("the region select has no group 岳阳镇")
        villages = groups[0].find_elements(By.TAG_NAME, "option")[1:]
        if not villages:
            raise JourneyFailure("岳阳镇 has no villages to choose")
        village = villages[0]
        Select(J.field(driver, "region_id", form)).select_by_value(village.get_attribute("value"))
        step(f"  region: 岳阳镇 / {village.text.strip()}")
        fill(driver, "matter", order.matter, form)
        tick(driver, J.field(driver, "consent", form))
        submit(driver, "apply-form", f"{order.label}: 人民调解")
        numbers = driver.find_elements(By.CSS_SELECTOR, ".order-number .number")
        if not numbers:
            raise JourneyFailure(f"no order number after applying on the phone; page says: {problems_on_page(driver)}")
        order.number = numbers[0].text.strip()
        expect_text(driver, "phone confirmation", "申请已提交", "人民调解")
        step(f"  confirmation shows {order.number}")
        see("apply-done-phone")
        expect_no_sideways_scroll(driver, "the confirmation")
    finally:
        phone_mode(driver, False, desktop_agent)

    sign_in(driver, see.audit, "clerk.yueyang")
    open_from_workbench(driver, order, see)
    expect_order(driver, order, "at the town's front desk", state=STATE["submitted"], channel="手机网页")
    take_step(driver, order, "accept")
    expect_order(driver, order, "after the town's front desk accepted it", state=STATE["assigned"],
                 unit=YUEYANG_MEDIATION, assignee_in=member_names(YUEYANG_MEDIATION))
    step(f"  {order.number} is in {order.unit}'s queue, assigned to {order.assignee} (round robin)")


def handle(driver, see, order: Order, supplement: list[str] | None = None) -> None:
    """Whoever holds the order starts it, (maybe asks for materials), and resolves it."""
    username = USERNAME_BY_NAME.get(order.assignee)
    if not username:
        raise JourneyFailure(f"{order}: nobody in the demo data is called {order.assignee!r}")
    sign_in(driver, see.audit, username)
    open_my_order(driver, order, see)
    expect_order(driver, order, f"in {username}'s hands", state=STATE["assigned"])
    take_step(driver, order, "start")
    expect_order(driver, order, "after start", state=STATE["in_progress"])
    see("order-in-progress")
    if supplement:
        take_step(driver, order, "request_supplement", {"missing_materials": "\n".join(supplement)})
        expect_order(driver, order, "after asking for materials", state=STATE["supplement_requested"])
        expect_text(driver, "paused order", "期限中止", *supplement)
        see("order-supplement")
        track(driver, see, order)
        expect_track_state(driver, order, STATE["supplement_requested"])
        expect_text(driver, "citizen's view of the paused order", "需要补正的材料", *supplement)
        step(f"  the citizen sees exactly what is missing: {supplement}")
        sign_in(driver, see.audit, username)
        goto(driver, f"/staff/work-orders/{order.id}")
        take_step(driver, order, "supplement_received")
        expect_order(driver, order, "after the materials arrived", state=STATE["in_progress"])
    take_step(driver, order, "resolve", {"reason": order.outcome})
    page = expect_order(driver, order, "after resolve", state=STATE["resolved"])
    if page.facts.get("办理结果") != order.outcome:
        raise JourneyFailure(f"{order}: outcome shown {page.facts.get('办理结果')!r} instead of {order.outcome!r}")
    see("order-resolved")
    step(f"  {username} resolved {order.number}")


def track(driver, see, order: Order) -> None:
    driver.delete_all_cookies()
    goto(driver, "/track")
    see("track-form")
    form = driver.find_element(By.CSS_SELECTOR, "form#track-form")
    fill(driver, "number", order.number, form)
    fill(driver, "phone", order.phone, form)
    submit(driver, "track-form", f"track {order.number}")
    expect_path(driver, "/track/order")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    if order.number not in heading:
        raise JourneyFailure(f"the tracking page shows {heading!r}, not order {order.number}")


def expect_track_state(driver, order: Order, state: str) -> None:
    shown = driver.find_element(By.CSS_SELECTOR, ".state-badge .badge").text.strip()
    if shown != state:
        raise JourneyFailure(f"the citizen sees {order} as {shown!r}, expected {state!r}")
    step(f"  the citizen sees {order.number} as {shown}")


def track_and_rate(driver, see, order: Order) -> None:
    track(driver, see, order)
    expect_track_state(driver, order, STATE["resolved"])
    expect_text(driver, f"tracking {order}", "办理结果", order.outcome, "评价本次服务")
    see("track-resolved")
    form = driver.find_element(By.CSS_SELECTOR, "form#rate-form")
    tick(driver, form.find_element(By.ID, f"score-{order.score}"))
    fill(driver, "comment", f"浏览器测试评价：{RATING[order.score]}", form)
    submit(driver, "rate-form", f"rate {order.number} {RATING[order.score]}")
    expect_path(driver, "/track/order")
    expect_track_state(driver, order, STATE["closed"])
    expect_text(driver, f"after rating {order}", "感谢您的评价。")
    if facts(driver).get("您的评价") != RATING[order.score]:
        raise JourneyFailure(f"{order}: the rating shown is {facts(driver).get('您的评价')!r}, not {RATING[order.score]!r}")
    see("track-rated")
    step(f"  rated {order.number}: {RATING[order.score]}")


def follow_up(driver, see, order: Order) -> None:
    """The head of the unit that handled a 不满意 order sees the call-back task and records it done."""
    head = UNITS[order.unit]["head"]
    sign_in(driver, see.audit, head)
    goto(driver, "/staff/callbacks")
    expect_path(driver, "/staff/callbacks")
    rows = [r for r in driver.find_elements(By.CSS_SELECTOR, "table.data tbody tr") if order.number in r.text]
    if not rows:
        raise JourneyFailure(f"{head}, head of {order.unit}, has no call-back task for {order} on /staff/callbacks")
    row = rows[0]
    if "不满意回访" not in row.text:
        raise JourneyFailure(f"the call-back task for {order} is not a 不满意回访: {row.text!r}")
    task_id = row.get_attribute("id")
    step(f"  {head} sees {task_id} for {order.number}: {row.text.splitlines()[0]!r}")
    see("callbacks")
    form = row.find_element(By.TAG_NAME, "form")
    outcome = "已电话回访申请人，解释了公证办理流程，申请人表示理解。"
    fill(driver, "outcome", outcome, form)
    submit_form(driver, form, f"call-back {task_id} done")
    expect_path(driver, "/staff/callbacks")
    expect_text(driver, "after marking the call-back done", "已记录回拨结果。")
    if order.number in " ".join(r.text for r in driver.find_elements(By.CSS_SELECTOR, "table.data tbody tr")):
        raise JourneyFailure(f"the call-back for {order} is still listed as open after marking it done")
    goto(driver, "/staff/callbacks?state=done")
    done = driver.find_elements(By.ID, task_id)
    if not done or outcome not in done[0].text:
        raise JourneyFailure(f"the done call-back {task_id} for {order} is not listed with its outcome")
    step(f"  {task_id} is done with its outcome recorded")
    see("callbacks-done")


def satisfaction(driver, see, orders: list[Order]) -> None:
    """The bureau's satisfaction figures count the four ratings."""
    sign_in(driver, see.audit, "admin.chen")
    goto(driver, "/staff/satisfaction")
    expect_path(driver, "/staff/satisfaction")
    happy = sum(1 for o in orders if o.score != "dissatisfied")
    tenths = (happy * 2000 + len(orders)) // (2 * len(orders))
    rate = f"{tenths // 10}.{tenths % 10}%"
    expect_text(driver, "satisfaction figures", f"共 {len(orders)} 条评价", f"满意率 {rate}")
    step(f"  /staff/satisfaction: {len(orders)} ratings, 满意率 {rate}")
    see("satisfaction")


def journey(driver, audit) -> None:
    see = Audited(audit)
    stamp = f"{os.getpid() % 10000:04d}"
    hotline = Order("hotline call", "LEGAL_CONSULTATION", "周建国", f"1391234{stamp}",
                    "来电咨询：在县城打工被拖欠工资三个月，想了解如何维权。")
    walkin = Order("walk-in request", "LEGAL_AID", "赵铁柱", f"1381234{stamp}",
                   "在建筑工地受伤，老板拒绝赔偿，家庭困难，申请法律援助。")
    kiosk = Order("kiosk request", "NOTARIZATION", "钱秀兰", f"1371234{stamp}",
                  "办理继承权公证，母亲去世后留有存款一笔。")
    phone = Order("phone submission", "PEOPLES_MEDIATION", "孙红梅", f"1361234{stamp}",
                  "邻居修建院墙占用了我家通道，多次协商无果，请求调解。")
    orders = [hotline, walkin, kiosk, phone]
    hotline.outcome = "已电话解答：告知可向劳动监察大队投诉或申请劳动仲裁，并可申请法律援助。"
    walkin.outcome = "经审查符合法律援助条件，已指派律师代理，案件办结。"
    kiosk.outcome = "已出具继承权公证书，申请人已领取。"
    phone.outcome = "经调解双方达成协议，院墙后移一米，已签订人民调解协议书。"
    hotline.score, walkin.score, kiosk.score, phone.score = "satisfied", "basically_satisfied", "dissatisfied", "satisfied"

    step("== 1. 12348 hotline: switchboard token, a posted call, call → work order")
    token = switchboard_token(driver, see)
    hotline_call(driver, see, token, hotline)
    step("== 2. walk-in at the 岳阳镇 window")
    walk_in(driver, see, walkin)
    step("== 3. kiosk at the county centre, front desk, notary claims")
    kiosk_request(driver, see, kiosk)
    step("== 4. mediation request on a phone, accepted by the town's front desk")
    phone_request(driver, see, phone)
    step("== 5. each order handled to resolution by whoever holds it")
    handle(driver, see, hotline)
    handle(driver, see, walkin, supplement=["身份证复印件", "家庭经济困难证明"])
    handle(driver, see, kiosk)
    handle(driver, see, phone)
    step("== 6. the citizen tracks and rates each order; 不满意 → the unit head's call-back")
    for order in orders:
        track_and_rate(driver, see, order)
    for order in orders:
        if order.score == "dissatisfied":
            follow_up(driver, see, order)
    satisfaction(driver, see, orders)
    for order in orders:
        step(f"  done: {order.label:16} {order.number}  {order.unit} / {order.assignee}  → {RATING[order.score]}")


# ------------------------------------------------------------------------- main


def main() -> int:
    scratch = J.ScratchDatabase("farun_journey")

    def start_server(binary: str, work: Path):
        server = J.DemoServer(binary, work, scratch.create(), env={"FARUN_SWEEP_SECONDS": "30"})
        server.start()
        server.wait_ready()
        step(f"server healthy with the demo county ({'PostgreSQL' if scratch.server_url else 'SQLite'})")
        return server, None

    def run(driver, audit, _started):
        journey(driver, audit)
        audit.report_minor()

    return J.run_in_browser("farun-workorders", start_server, run, audit_class=WorkOrderAudit, cleanup=scratch.drop)


if __name__ == "__main__":
    sys.exit(main())
