#!/usr/bin/env python3
"""快解答 answers arriving live (issue 5), in headless Chromium with axe-core, on SQLite or PostgreSQL.

Starts `farun serve --demo` with the statutes from the test fixture, then:
  1. a citizen on a 390 px phone asks on /consult (岳阳镇) and lands on the question page;
  2. the demo lawyer lawyer.wang, in a second browser, answers on the workbench: a reference to an article the law
     does not have is refused (the typed answer is kept), then the answer with a real article goes in;
  3. without any reload, the citizen's page shows the answer with the "new answer" marker and the article as a
     link to its statute page (consult.js polls /api/v1/consultations/{id}/status);
  4. the lawyer hands the question to legal aid; the citizen's page then names the work order.
axe-core runs on the question page before and after the live update and on the lawyer's page.

Environment: as journey.py, plus FARUN_JOURNEY_POSTGRES (a PostgreSQL server URL; a scratch database is made).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journey as J  # noqa: E402
from ask import run_on_demo_with_fixture, wait_for_statutes  # noqa: E402
from journey import JourneyFailure, step, goto  # noqa: E402
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

QUESTION = "公司拖欠工资三个月不给，我该怎么办？"
ANSWER = "可以先向劳动保障监察大队投诉，也可以申请劳动仲裁，要求支付拖欠的工资。"
DEMO_PASSWORD = "Farun-Demo-2026"


def tick_consent(driver) -> None:
    consent = J.field(driver, "consent", driver.find_element(By.CSS_SELECTOR, "form#consult-form"))
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", consent)
    if not consent.is_selected():
        consent.click()


def ask_as_citizen(driver, audit) -> str:
    J.set_phone_viewport(driver)
    goto(driver, "/consult")
    form = driver.find_element(By.CSS_SELECTOR, "form#consult-form")
    J.fill(driver, "question", QUESTION, form)
    options = driver.find_elements(By.CSS_SELECTOR, "select[name=region_id] optgroup[label='岳阳镇'] option")
    if not options:
        raise JourneyFailure("the region list has no 岳阳镇")
    Select(J.field(driver, "region_id", form)).select_by_value(options[0].get_attribute("value"))
    J.fill(driver, "phone", "13912345678", form)
    tick_consent(driver)
    J.submit(driver, "consult-form", "check the question")
    tick_consent(driver)
    J.submit(driver, "consult-form", "ask a lawyer")
    path = J.path_of(driver.current_url)
    if not path.startswith("/consult/"):
        raise JourneyFailure(f"asking did not lead to the question page (at {path})")
    audit.check("consult-question")
    return path.rsplit("/", 1)[-1]


def answer_as_lawyer(lawyer, consultation: str) -> None:
    goto(lawyer, "/staff/sign-in")
    form = lawyer.find_element(By.CSS_SELECTOR, "form#sign-in")
    J.fill(lawyer, "username", "lawyer.wang", form)
    J.fill(lawyer, "password", DEMO_PASSWORD, form)
    J.submit(lawyer, "sign-in", "lawyer.wang")
    goto(lawyer, f"/staff/consultations/{consultation}")
    if QUESTION[:8] not in lawyer.page_source:
        raise JourneyFailure("the lawyer cannot open the question (outside the grant?)")

    step("a reference to an article 劳动合同法 does not have is refused")
    form = lawyer.find_element(By.CSS_SELECTOR, "form#answer-form")
    J.fill(lawyer, "text", ANSWER, form)
    J.fill(lawyer, "articles", "劳动合同法第999条", form)
    J.submit(lawyer, "answer-form", "answer citing 第999条")
    form = lawyer.find_element(By.CSS_SELECTOR, "form#answer-form")
    alerts = lawyer.find_elements(By.CSS_SELECTOR, ".flash.error")
    if not alerts or "劳动合同法第999条" not in alerts[0].text:
        raise JourneyFailure("the refusal does not name the bad reference")
    if J.field(lawyer, "text", form).get_attribute("value") != ANSWER:
        raise JourneyFailure("the refused answer's text was not kept")

    step("the answer with 劳动合同法第30条")
    J.fill(lawyer, "articles", "劳动合同法第30条", form)
    J.submit(lawyer, "answer-form", "answer citing 第30条")
    if "《劳动合同法》第三十条" not in lawyer.page_source:
        raise JourneyFailure("the stored reference is not shown on the lawyer's page")


def run(driver, audit, _started) -> None:
    wait_for_statutes()
    consultation = ask_as_citizen(driver, audit)
    step(f"  asked: consultation {consultation}")
    driver.execute_script("window.__farunNoReload = 'still here';")

    lawyer = J.make_driver()
    try:
        answer_as_lawyer(lawyer, consultation)
        lawyer_audit = J.Audit(lawyer, audit.axe_source, audit.shots_dir)
        lawyer_audit.check("workbench-item")
        audit.problems.extend(lawyer_audit.problems)

        step("the citizen's page shows the answer without a reload (polls every 15 s)")
        started = time.monotonic()
        try:
            WebDriverWait(driver, 45).until(
                lambda d: d.find_elements(By.CSS_SELECTOR, "#consult-threads li.entry.answer.entry-new .badge.new-answer"))
        except TimeoutException:
            raise JourneyFailure("no new answer appeared on the citizen's page within 45 s")
        step(f"  appeared after {time.monotonic() - started:.0f}s")
        if driver.execute_script("return window.__farunNoReload") != "still here":
            raise JourneyFailure("the page was reloaded instead of updated")
        if ANSWER not in driver.page_source:
            raise JourneyFailure("the answer's text is not on the page")
        links = driver.find_elements(By.CSS_SELECTOR, "#consult-threads .consult-articles a[href^='/laws/']")
        if not links or links[0].text != "《劳动合同法》第三十条":
            raise JourneyFailure("the article is not a link to its statute page")
        live = driver.find_element(By.ID, "consult-live")
        if not live.is_displayed() or not live.text:
            raise JourneyFailure("the live notice is not shown")
        audit.check("consult-question-answered")

        step("the lawyer hands the question to legal aid")
        form = lawyer.find_element(By.CSS_SELECTOR, "form#referral-form")
        Select(J.field(lawyer, "service", form)).select_by_value("LEGAL_AID")
        J.submit(lawyer, "referral-form", "legal aid")
        numbers = lawyer.find_elements(By.CSS_SELECTOR, ".consult-referrals li a")
        if not numbers:
            raise JourneyFailure("the hand-off did not list a work order")
        number = numbers[0].text.strip()
        step(f"  work order {number}")
    finally:
        lawyer.quit()

    goto(driver, f"/consult/{consultation}")
    if number not in driver.page_source:
        raise JourneyFailure("the citizen's page does not name the legal-aid work order")
    if driver.find_elements(By.CSS_SELECTOR, ".badge.new-answer"):
        raise JourneyFailure("an answer seen before is still marked new after a reload")


def main() -> int:
    return run_on_demo_with_fixture("farun-answers", run)


if __name__ == "__main__":
    sys.exit(main())
