#!/usr/bin/env python3
"""Legal aid from the hotline and from an online consultation (issue 6, legal aid item 1) in headless Chromium with
axe-core.

Starts `farun serve --demo` (on a scratch PostgreSQL database when FARUN_JOURNEY_POSTGRES is set), then as people
would:
  1. the 12348 switchboard records an answered call for the operator 刘洋 (hotline.liu; posted through the hotline API
     from the operator's signed-in page, as the switchboard would); the operator finds it in today's call list,
     opens the call form, which reminds them to tell the caller of the right to apply (法律援助法第二十三条), types
     the caller's name and a wage claim, and presses 转法律援助申请: the LEGAL_AID work order (channel 12348 热线) opens
     and the call list links the call to it;
  2. a citizen asks a question about unpaid wages on a phone (/consult, anonymous with a phone number); the lawyer
     王 (lawyer.wang) answers it and hands it on to 法律援助: the consultation says it is now a legal aid application;
  3. the legal aid officer 韩燕 (legalaid.han) sees both in the legal aid register with their channels (12348 热线 ·
     12348 热线来电, 网站 · 快解答在线咨询); on the consultation's case page the origin links back to the consultation and
     what the citizen has not given (ID number, opponent, the signed integrity pledge of 第四十一条 …) is listed and
     pre-filled in the one-time supplement notice (第四十三条), which the officer sends; the call's case page links to
     the call, and the officer records what the caller brought (a pledge signed by someone else is refused), after
     which nothing is listed as missing.
axe-core runs on every distinct page: a serious or critical finding fails the run.

Environment: as journey.py (FARUN_BIN, AXE_JS, FARUN_BROWSER_PORT, FARUN_BROWSER_ARTIFACTS, CHROMIUM_BIN,
CHROMEDRIVER_BIN), plus FARUN_JOURNEY_POSTGRES.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journey as J  # noqa: E402
from journey import JourneyFailure, step, path_of  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

DEMO_PASSWORD = "Farun-Demo-2026"
TOWN = "岳阳镇"
OPERATOR, LAWYER, OFFICER = "hotline.liu", "lawyer.wang", "legalaid.han"
CALLER, CALLER_PHONE = "李春生", "13935700001"
CALL_MATTER = "在工地干活，老板拖欠工资两个月共六千元，想申请法律援助。"
QUESTION = "在饭店打工半年，老板一直拖欠工资不给，我没钱请律师，该怎么办？"
ANSWER = "可以向劳动保障监察大队投诉，也可以申请法律援助，由援助律师代理劳动仲裁。"
ORDER_RE = re.compile(r"\d{6,12}-\d{8}-\d{4,}")


def body_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def sign_in(driver, username: str) -> None:
    driver.delete_all_cookies()
    J.goto(driver, "/staff/sign-in")
    form = driver.find_element(By.CSS_SELECTOR, "form#sign-in")
    J.fill(driver, "username", username, form)
    J.fill(driver, "password", DEMO_PASSWORD, form)
    J.submit(driver, "sign-in", f"sign in as {username}")
    if path_of(driver.current_url) != "/staff":
        raise JourneyFailure(f"{username} did not reach /staff after signing in (at {path_of(driver.current_url)})")


def expect_text(driver, *needles: str, where: str) -> None:
    text = body_text(driver)
    for needle in needles:
        if needle not in text:
            raise JourneyFailure(f"{where}: {needle!r} is not on the page ({path_of(driver.current_url)})")


def choose_text(driver, name: str, text: str, form=None) -> None:
    sel = Select(J.field(driver, name, form))
    for opt in sel.options:
        if opt.get_attribute("value") and text in opt.text:
            sel.select_by_value(opt.get_attribute("value"))
            return
    raise JourneyFailure(f"select name={name!r} has no option with {text!r}")


def click_and_wait(driver, element, label: str) -> None:
    step(f"clicking {label}")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()
    try:
        WebDriverWait(driver, J.NAV_TIMEOUT).until(J.gone(element))
        WebDriverWait(driver, J.NAV_TIMEOUT).until(lambda d: d.execute_script("return document.readyState") == "complete")
    except TimeoutException:
        raise JourneyFailure(f"{label} did not load a new page (still on {driver.current_url})")


# ----------------------------------------------------------------------- 1. the hotline


def switchboard_posts_a_call(driver) -> int:
    """The switchboard's post, sent from the operator's page with their session (the API takes a session or a token)."""
    script = """
        const done = arguments[arguments.length - 1];
        const csrf = document.querySelector("input[name=csrf_token]").value;
        const now = Date.now();
        const iso = (ms) => new Date(ms).toISOString();
        fetch("/api/v1/hotline/calls", {method: "POST", credentials: "same-origin",
            headers: {"Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf},
            body: JSON.stringify({external_id: "JOURNEY-AID-" + now, caller: arguments[0], ring_at: iso(now - 300000),
                                  answered_at: iso(now - 290000), ended_at: iso(now - 60000), operator: arguments[1],
                                  recording_ref: "rec/journey/aid.wav"})})
          .then(r => r.text().then(t => done([r.status, t]))).catch(e => done([0, String(e)]));
    """
    status, text = driver.execute_async_script(script, CALLER_PHONE, OPERATOR)
    if status != 201:
        raise JourneyFailure(f"the switchboard's call was not recorded: {status} {text[:300]}")
    m = re.search(r'"id"\s*:\s*(\d+)', text)
    if not m:
        raise JourneyFailure(f"the recorded call has no id: {text[:300]}")
    return int(m.group(1))


def hotline_to_legal_aid(driver, audit) -> str:
    step("1. a 12348 call becomes a legal aid application")
    sign_in(driver, OPERATOR)
    J.goto(driver, "/staff/hotline")
    call = switchboard_posts_a_call(driver)
    J.goto(driver, "/staff/hotline")
    rows = driver.find_elements(By.CSS_SELECTOR, f"tr#call-{call}")
    if not rows:
        raise JourneyFailure(f"the call {call} is not in today's list")
    audit.check("hotline-calls")
    links = rows[0].find_elements(By.CSS_SELECTOR, f"a[href='/staff/hotline/calls/{call}/work-order']")
    if not links:
        raise JourneyFailure("the answered call offers no intake form")
    click_and_wait(driver, links[0], "the call's intake form")
    expect_text(driver, "第二十三条", "转法律援助申请", where="the call form")
    form = driver.find_element(By.CSS_SELECTOR, "form#call-order-form")
    if J.field(driver, "requester_phone", form).get_attribute("value") != CALLER_PHONE:
        raise JourneyFailure("the caller's number is not pre-filled")
    J.fill(driver, "requester_name", CALLER, form)
    J.fill(driver, "matter", CALL_MATTER, form)
    choose_text(driver, "region_id", TOWN, form)
    audit.check("hotline-call-form")
    click_and_wait(driver, driver.find_element(By.ID, "to-legal-aid"), "转法律援助申请")
    if not re.fullmatch(r"/staff/work-orders/\d+", path_of(driver.current_url)):
        summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary, .flash")
        raise JourneyFailure(f"the application was not made: {summary[0].text if summary else path_of(driver.current_url)}")
    expect_text(driver, "法律援助", "12348", where="the new order")
    m = ORDER_RE.search(body_text(driver))
    if not m:
        raise JourneyFailure("the order page shows no number")
    number = m.group(0)
    audit.check("hotline-legal-aid-order")
    J.goto(driver, "/staff/hotline")
    row = driver.find_element(By.CSS_SELECTOR, f"tr#call-{call}")
    if number not in row.text:
        raise JourneyFailure(f"the call list does not link the call to {number}")
    step(f"  the call {call} is now application {number}")
    return number


# ----------------------------------------------------------------------- 2. the consultation


def tick_consent(driver) -> None:
    consent = J.field(driver, "consent", driver.find_element(By.CSS_SELECTOR, "form#consult-form"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", consent)
    if not consent.is_selected():
        consent.click()


def citizen_asks(driver, audit) -> str:
    step("2. a citizen asks about unpaid wages on a phone")
    driver.delete_all_cookies()
    J.set_phone_viewport(driver)
    J.goto(driver, "/consult")
    form = driver.find_element(By.CSS_SELECTOR, "form#consult-form")
    J.fill(driver, "question", QUESTION, form)
    options = driver.find_elements(By.CSS_SELECTOR, f"select[name=region_id] optgroup[label='{TOWN}'] option")
    if not options:
        raise JourneyFailure(f"the region list has no {TOWN}")
    Select(J.field(driver, "region_id", form)).select_by_value(options[0].get_attribute("value"))
    J.fill(driver, "phone", "13912345679", form)
    tick_consent(driver)
    J.submit(driver, "consult-form", "check the question")
    tick_consent(driver)
    J.submit(driver, "consult-form", "ask a lawyer")
    path = path_of(driver.current_url)
    if not path.startswith("/consult/"):
        raise JourneyFailure(f"asking did not lead to the question page (at {path})")
    audit.check("consult-question")
    driver.set_window_size(1280, 1000)
    try:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    except Exception:
        pass
    return path.rsplit("/", 1)[-1]


def lawyer_hands_off(driver, audit, consultation: str) -> str:
    step("2b. the lawyer answers and hands the question on to legal aid")
    sign_in(driver, LAWYER)
    J.goto(driver, f"/staff/consultations/{consultation}")
    if QUESTION[:8] not in driver.page_source:
        raise JourneyFailure("the lawyer cannot open the question (outside the grant?)")
    form = driver.find_element(By.CSS_SELECTOR, "form#answer-form")
    J.fill(driver, "text", ANSWER, form)
    J.submit(driver, "answer-form", "answer")
    form = driver.find_element(By.CSS_SELECTOR, "form#referral-form")
    Select(J.field(driver, "service", form)).select_by_value("LEGAL_AID")
    J.submit(driver, "referral-form", "hand on to legal aid")
    items = driver.find_elements(By.CSS_SELECTOR, ".consult-referrals li")
    if not items:
        raise JourneyFailure("the hand-off is not listed on the consultation")
    if "已转为法律援助申请" not in items[0].text:
        raise JourneyFailure(f"the consultation does not say it became a legal aid application: {items[0].text!r}")
    m = ORDER_RE.search(items[0].text)
    if not m:
        raise JourneyFailure("the hand-off shows no number")
    audit.check("consult-handed-off")
    step(f"  consultation {consultation} is now application {m.group(0)}")
    return m.group(0)


# ----------------------------------------------------------------------- 3. the legal aid officer


def application_link(driver, number: str):
    for row in driver.find_elements(By.CSS_SELECTOR, "table tr"):
        if number in row.text:
            links = row.find_elements(By.CSS_SELECTOR, "a[href^='/staff/legal-aid/']")
            if links:
                return row, links[0].get_attribute("href")
    raise JourneyFailure(f"{number} is not in the legal aid register")


def officer_reviews(driver, audit, call_number: str, consult_number: str, consultation: str) -> None:
    step("3. the legal aid officer sees both applications with their channels")
    sign_in(driver, OFFICER)
    J.goto(driver, "/staff/legal-aid")
    audit.check("legal-aid-register")
    call_row, call_href = application_link(driver, call_number)
    consult_row, consult_href = application_link(driver, consult_number)
    channel = call_row.find_element(By.CSS_SELECTOR, "td.channel").text
    if "12348 热线" not in channel or "来电" not in channel:
        raise JourneyFailure(f"the call's application shows the channel {channel!r}")
    channel = consult_row.find_element(By.CSS_SELECTOR, "td.channel").text
    if "快解答" not in channel:
        raise JourneyFailure(f"the consultation's application shows the channel {channel!r}")

    step("3b. the consultation's application: origin, missing items, one-time notice")
    driver.get(consult_href)
    origin = driver.find_element(By.ID, "legal-aid-origin")
    if "快解答在线咨询" not in origin.text:
        raise JourneyFailure(f"the origin is not the consultation: {origin.text!r}")
    source = driver.find_element(By.ID, "legal-aid-source").get_attribute("href")
    if not source.endswith(f"/staff/consultations/{consultation}"):
        raise JourneyFailure(f"the origin does not link to the consultation: {source}")
    missing = driver.find_element(By.ID, "legal-aid-missing").text
    for item in ("身份证", "对方当事人", "个人诚信承诺"):
        if item not in missing:
            raise JourneyFailure(f"{item!r} is not listed as missing: {missing!r}")
    if QUESTION[:8] not in body_text(driver):
        raise JourneyFailure("the application's matter does not carry the question")
    audit.check("legal-aid-case-consultation")
    form = driver.find_element(By.CSS_SELECTOR, "form#legal-aid-supplement")
    prefilled = J.field(driver, "missing_materials", form).get_attribute("value")
    if "个人诚信承诺" not in prefilled or "身份证" not in prefilled:
        raise JourneyFailure(f"the one-time notice is not pre-filled with the missing items: {prefilled!r}")
    J.submit(driver, "legal-aid-supplement", "send the one-time supplement notice")
    expect_text(driver, "待补充材料", where="after the supplement notice")

    step("3c. the call's application links to the call")
    driver.get(call_href)
    origin = driver.find_element(By.ID, "legal-aid-origin")
    if "12348 热线来电" not in origin.text:
        raise JourneyFailure(f"the origin is not the call: {origin.text!r}")
    if "/staff/hotline?day=" not in driver.find_element(By.ID, "legal-aid-source").get_attribute("href"):
        raise JourneyFailure("the origin does not link to the call list")
    expect_text(driver, CALLER, "拖欠工资", where="the call's application")
    audit.check("legal-aid-case-call")

    step("3d. the caller brings what was missing; the officer records it (the pledge signed by the caller, 第四十一条)")
    form = driver.find_element(By.CSS_SELECTOR, "form#legal-aid-details")
    Select(J.field(driver, "category", form)).select_by_value("wages")
    J.fill(driver, "applicant_resident_id", "11010519491231002X", form)
    J.fill(driver, "opponent_name", "古县宏远建筑劳务有限公司", form)
    J.fill(driver, "economic_statement", "务农和打零工，家庭无固定收入。", form)
    J.fill(driver, "pledge_signature", "李四", form)
    J.submit(driver, "legal-aid-details", "a pledge signed by someone else")
    if not driver.find_elements(By.CSS_SELECTOR, ".error-summary"):
        raise JourneyFailure("a pledge not signed by the caller was accepted")
    audit.check("legal-aid-details-refused")
    form = driver.find_element(By.CSS_SELECTOR, "form#legal-aid-details")
    Select(J.field(driver, "category", form)).select_by_value("wages")
    J.fill(driver, "applicant_resident_id", "11010519491231002X", form)
    J.fill(driver, "opponent_name", "古县宏远建筑劳务有限公司", form)
    J.fill(driver, "economic_statement", "务农和打零工，家庭无固定收入。", form)
    J.fill(driver, "pledge_signature", CALLER, form)
    J.submit(driver, "legal-aid-details", "record the supplied details")
    if driver.find_elements(By.ID, "legal-aid-missing") or driver.find_elements(By.CSS_SELECTOR, "form#legal-aid-details"):
        raise JourneyFailure("items are still listed as missing after recording them")
    expect_text(driver, "古县宏远建筑劳务有限公司", where="the completed application")


def run(driver, audit, _started) -> None:
    call_number = hotline_to_legal_aid(driver, audit)
    consultation = citizen_asks(driver, audit)
    consult_number = lawyer_hands_off(driver, audit, consultation)
    officer_reviews(driver, audit, call_number, consult_number, consultation)


def main() -> int:
    return J.run_on_demo("farun-aid-channels", run)


if __name__ == "__main__":
    sys.exit(main())
