#!/usr/bin/env python3
"""Legal aid 法律援助 (issue 6) in headless Chromium with axe-core: a grant carried to the closing report, a refusal.

Starts `farun serve --demo` (on a scratch PostgreSQL database when FARUN_JOURNEY_POSTGRES is set), then as people
would:
  1. a migrant worker on a phone (390 px) fills in /legal-aid/apply for unpaid wages; before submitting, "先看审查方式"
     shows that the means check is waived (免予核查经济困难状况, 法律援助法第四十二条, LA-08/LA-09) and the green
     channel for migrant workers' wage claims; he signs the integrity pledge, submits, and the receipt shows the
     application number; the page does not scroll sideways;
  2. the county centre's window clerk (clerk.center) registers a second application at /staff/legal-aid/new with
     channel window: a wrong ID number and an unticked pledge (signed, but not ticked: an empty signature is stopped by
     the browser) are refused first with clear messages and everything typed is kept; the corrected form is accepted;
  3. the officer 韩燕 (legalaid.han) opens the first application from the register: the conflict check result is on
     the page above the decision form, and deciding before recording that it was looked at is refused; she issues one
     supplement notice listing every missing material (第四十三条第二款, LA-04), records the materials as supplied,
     records the checklist and the conflict check, grants aid (the case page shows the assignment deadline, LA-02)
     and assigns the lawyer 李建明 (lawyer.li.jm); the receipt of materials, the supplement notice, the grant decision
     and the assignment notice all show the bureau's name and the applicant;
  4. on the window application she records the conflict check, tries to refuse without reasons (refused, LA-03),
     then refuses with reasons; the refusal decision names the objection route (第四十九条, LA-06/LA-07);
  5. the lawyer finds the order on his workbench, follows its link to the legal aid case, starts handling, records a
     progress note and a hearing date, and files the closing report (第五十条, LA-26) with the outcome and the wages
     recovered;
  6. the officer's register and statistics show applications 2, granted 1, refused 1 and the amount recovered; the
     CSV export answers 200 text/csv starting with a UTF-8 BOM and lists both applications.
axe-core runs on every distinct page: a serious or critical finding fails the run.

Environment: as journey.py (FARUN_BIN, AXE_JS, FARUN_BROWSER_PORT, FARUN_BROWSER_ARTIFACTS, CHROMIUM_BIN,
CHROMEDRIVER_BIN), plus FARUN_JOURNEY_POSTGRES.
"""

from __future__ import annotations

import datetime
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journey as J  # noqa: E402
from journey import JourneyFailure, step, path_of  # noqa: E402
from mediation import (body_text, check_box, choose, expect_refused, expect_text, form, set_value,  # noqa: E402
                       sign_in, today)
from selenium.common.exceptions import TimeoutException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

TOWN = "岳阳镇"
CLERK, OFFICER, LAWYER = "clerk.center", "legalaid.han", "lawyer.li.jm"
LAWYER_NAME = "李建明"
WORKER, WORKER_PHONE, EMPLOYER = "马建国", "13935700001", "古县宏达建筑工程有限公司"
SECOND, SECOND_PHONE, SECOND_OPPONENT = "郑淑芬", "13835700002", "孙立伟"
# A valid 18-digit resident ID (GB 11643 check digit) for a fictional person, and the same with a wrong check digit.
SECOND_ID = "141025198503150023"
WRONG_ID = "141025198503150021"
RECOVERED = "8600.00"
MISSING = ["劳动合同或者工资条、考勤记录等能够证明劳动关系的材料", "进城务工人员身份证明（务工所在地的居住证或者用工单位证明）"]
NUMBER_RE = re.compile(r"\d{6,12}-\d{8}-\d{4,}")


# ----------------------------------------------------------------------- helpers


def submit_with(driver, form_id: str, label: str, *, last: bool = True) -> None:
    """Click the form's last (or first) submit button and wait for the next page. The application form has two:
    "先看审查方式" (preview) first and "提交申请" last; J.submit always clicks the first."""
    f = form(driver, form_id)
    buttons = f.find_elements(By.CSS_SELECTOR, "button[type=submit]")
    if not buttons:
        raise JourneyFailure(f"form#{form_id} has no submit button")
    button = buttons[-1] if last else buttons[0]
    step(f"submitting form#{form_id} with {button.text.strip()!r} ({label})")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", button)
    button.click()
    try:
        WebDriverWait(driver, J.NAV_TIMEOUT).until(J.gone(f))
        WebDriverWait(driver, J.NAV_TIMEOUT).until(lambda d: d.execute_script("return document.readyState") == "complete")
    except TimeoutException:
        raise JourneyFailure(f"submitting form#{form_id} did not load a new page (still on {driver.current_url})")


def tick(driver, name: str, value: str, scope=None) -> None:
    """The checkbox `name[]` with `value` (Forms.checkboxes)."""
    root = scope if scope is not None else driver
    boxes = [b for b in root.find_elements(By.CSS_SELECTOR, f"input[type=checkbox][name='{name}[]']")
             if b.get_attribute("value") == value]
    if not boxes:
        raise JourneyFailure(f"no checkbox {name}[] = {value!r} on {path_of(driver.current_url)}")
    check_box(driver, boxes[0].get_attribute("id"))


def value_of(driver, name: str, scope=None) -> str:
    return J.field(driver, name, scope).get_attribute("value") or ""


def no_problems(driver, what: str) -> None:
    summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    if summary:
        raise JourneyFailure(f"{what} was refused: {summary[0].text}")


def case_path_of(driver, what: str) -> str:
    m = re.fullmatch(r"/staff/legal-aid/(\d+)", path_of(driver.current_url))
    if not m:
        raise JourneyFailure(f"{what}: expected the case page, but am on {path_of(driver.current_url)}")
    return m.group(0)


def fact(driver, label: str) -> str:
    """The <dd> after the <dt> labelled `label` in the case page's facts."""
    for dt in driver.find_elements(By.CSS_SELECTOR, "dl.facts dt"):
        if dt.text.strip().startswith(label):
            return dt.find_element(By.XPATH, "following-sibling::dd[1]").text.strip()
    raise JourneyFailure(f"the facts on {path_of(driver.current_url)} have no {label!r}")


def fill_application(driver, form_id: str, *, name: str, phone: str, category: str, matter: str, opponent: str,
                     circumstances: list[str], resident_id: str = "", statement: str = "", channel: str | None = None) -> None:
    f = form(driver, form_id)
    if channel is not None:
        choose(driver, "channel", value=channel, form=f)
    J.fill(driver, "applicant_name", name, f)
    J.fill(driver, "applicant_phone", phone, f)
    if resident_id:
        J.fill(driver, "applicant_resident_id", resident_id, f)
    choose(driver, "region_id", text=TOWN, form=f)
    choose(driver, "category", value=category, form=f)
    J.fill(driver, "matter", matter, f)
    J.fill(driver, "opponent_name", opponent, f)
    for c in circumstances:
        tick(driver, "circumstances", c, f)
    if statement:
        J.fill(driver, "economic_statement", statement, f)


def sign_pledge(driver, form_id: str, name: str) -> None:
    f = form(driver, form_id)
    tick(driver, "pledge_accepted", "1", f)
    J.fill(driver, "pledge_signature", name, f)


def submitted_number(driver, what: str) -> str:
    notice = driver.find_elements(By.CSS_SELECTOR, "section.notice.success[role=status]")
    if not notice:
        summary = driver.find_elements(By.CSS_SELECTOR, ".error-summary")
        raise JourneyFailure(f"{what} was not accepted: {summary[0].text if summary else body_text(driver)[:300]}")
    m = NUMBER_RE.search(notice[0].text)
    if not m:
        raise JourneyFailure(f"{what}: the receipt shows no application number: {notice[0].text!r}")
    return m.group(0)


def desktop(driver) -> None:
    try:
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    except Exception:
        pass
    driver.set_window_size(1280, 1000)


def case_for(driver, number: str, audit=None) -> str:
    """The officer's way in: the application's row in the register."""
    J.goto(driver, "/staff/legal-aid")
    if audit is not None:
        audit.check("legal-aid-register-first")
    for link in driver.find_elements(By.CSS_SELECTOR, "table a[href*='/staff/legal-aid/']"):
        if link.text.strip() == number:
            path = path_of(link.get_attribute("href"))
            J.goto(driver, path)
            return path
    raise JourneyFailure(f"{number} is not in the legal aid register")


def act(driver, form_id: str, label: str, fields: dict[str, str] | None = None, selects: dict[str, str] | None = None,
        dates: dict[str, str] | None = None) -> None:
    f = form(driver, form_id)
    for name, value in (selects or {}).items():
        choose(driver, name, value=value, form=f)
    for name, value in (fields or {}).items():
        J.fill(driver, name, value, f)
    for name, value in (dates or {}).items():
        set_value(driver, name, value, f)
    submit_with(driver, form_id, label)


def review_checklist(driver, materials: bool) -> None:
    """The officer records the materials received (all of the catalog's list) and that the conflict check was seen."""
    f = form(driver, "legal-aid-review")
    if materials:
        for box in f.find_elements(By.CSS_SELECTOR, "input[type=checkbox][name='materials_checked[]']"):
            check_box(driver, box.get_attribute("id"))
    tick(driver, "conflict_checked", "1", f)
    submit_with(driver, "legal-aid-review", "record the checklist and the conflict check")
    no_problems(driver, "the checklist")


def open_document(driver, audit, case_path: str, kind: str, *needles: str) -> str:
    J.goto(driver, f"{case_path}/documents/{kind}")
    bureau = driver.find_elements(By.CSS_SELECTOR, ".receipt-bureau")
    if not bureau or not bureau[0].text.strip():
        raise JourneyFailure(f"the {kind} document shows no bureau name")
    expect_text(driver, bureau[0].text.strip(), *needles, where=f"the {kind} document")
    heading = driver.find_element(By.TAG_NAME, "h1").text.strip()
    audit.check(f"legal-aid-document-{kind}")
    step(f"  {heading}: {bureau[0].text.strip()}, names {', '.join(needles)}")
    return bureau[0].text.strip()


# ----------------------------------------------------------------------- journey


def apply_on_phone(driver, audit) -> str:
    step("1. a migrant worker applies on a phone; the form shows the exemption and the green channel first")
    J.set_phone_viewport(driver)
    J.goto(driver, "/legal-aid/apply")
    audit.check("legal-aid-apply")
    matter = "在古县宏达建筑工程有限公司工地做钢筋工，2026年7月至10月的工资共8600元至今未付，多次讨要未果。"
    fill_application(driver, "legal-aid-apply", name=WORKER, phone=WORKER_PHONE, category="wages", matter=matter,
                     opponent=EMPLOYER, circumstances=["migrant_worker"])
    submit_with(driver, "legal-aid-apply", "先看审查方式", last=False)
    panel = driver.find_elements(By.CSS_SELECTOR, "#screening")
    if not panel:
        raise JourneyFailure("checking first shows no screening panel")
    text = panel[0].text
    for needle in ("免予核查经济困难状况", "第四十二条", "绿色通道"):
        if needle not in text:
            raise JourneyFailure(f"the screening before submitting does not say {needle!r}: {text!r}")
    step("  before submitting: " + " / ".join(line for line in text.splitlines() if line.strip())[:200])
    if value_of(driver, "applicant_name") != WORKER or value_of(driver, "matter") != matter:
        raise JourneyFailure("checking first lost what the applicant typed")
    audit.check("legal-aid-apply-screening")
    sign_pledge(driver, "legal-aid-apply", WORKER)
    submit_with(driver, "legal-aid-apply", "submit with the integrity pledge")
    number = submitted_number(driver, "the phone application")
    overflow = driver.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if overflow > 1:
        raise JourneyFailure(f"the receipt scrolls sideways at 390 px ({overflow}px overflow)")
    audit.check("legal-aid-apply-receipt")
    step(f"  submitted: application {number}")
    desktop(driver)
    return number


def register_at_window(driver, audit) -> str:
    step("2. the window clerk registers a second application; a wrong ID number and no pledge are refused first")
    sign_in(driver, CLERK)
    J.goto(driver, "/staff/legal-aid/new")
    audit.check("legal-aid-new")
    matter = "2026年5月在县城十字路口被孙立伟驾驶的小轿车撞伤，医疗费约3万元，对方拒绝赔偿。"
    statement = "本人退休，每月退休金8000元，名下有住房两套，无其他负担。"
    fill_application(driver, "legal-aid-apply", name=SECOND, phone=SECOND_PHONE, category="other_injury", matter=matter,
                     opponent=SECOND_OPPONENT, circumstances=[], resident_id=WRONG_ID, statement=statement, channel="window")
    # Signed but the pledge not ticked (an empty signature is already stopped by the browser: the field is required).
    J.fill(driver, "pledge_signature", SECOND, form(driver, "legal-aid-apply"))
    submit_with(driver, "legal-aid-apply", "a wrong ID number and the pledge not ticked")
    expect_refused(driver, "个人诚信承诺", "an application without the pledge")
    summary = driver.find_element(By.CSS_SELECTOR, ".error-summary").text
    if "身份号码" not in summary:
        raise JourneyFailure(f"the wrong ID number is not named in the problems: {summary!r}")
    kept = {"applicant_name": SECOND, "applicant_phone": SECOND_PHONE, "applicant_resident_id": WRONG_ID, "matter": matter,
            "opponent_name": SECOND_OPPONENT, "economic_statement": statement, "pledge_signature": SECOND}
    for name, typed in kept.items():
        if value_of(driver, name) != typed:
            raise JourneyFailure(f"the refused form did not keep {name}: {value_of(driver, name)!r}")
    if Select(J.field(driver, "category")).first_selected_option.get_attribute("value") != "other_injury":
        raise JourneyFailure("the refused form did not keep the category")
    step("  everything typed is still there: " + ", ".join(kept))
    audit.check("legal-aid-new-refused")
    J.fill(driver, "applicant_resident_id", SECOND_ID, form(driver, "legal-aid-apply"))
    tick(driver, "pledge_accepted", "1", form(driver, "legal-aid-apply"))
    submit_with(driver, "legal-aid-apply", "the corrected application")
    number = submitted_number(driver, "the window application")
    audit.check("legal-aid-new-done")
    step(f"  registered: application {number}")
    return number


def review_and_grant(driver, audit, number: str) -> str:
    step("3. the officer reviews the phone application: conflicts, a supplement notice, the grant, the assignment")
    sign_in(driver, OFFICER)
    case_path = case_for(driver, number, audit)
    expect_text(driver, WORKER, EMPLOYER, "免予核查", where="the case page")
    conflicts = driver.find_elements(By.CSS_SELECTOR, "section#conflicts")
    if not conflicts:
        raise JourneyFailure("the case page has no conflict check")
    above = driver.execute_script(
        "const c = document.getElementById('conflicts'), d = document.getElementById('legal-aid-decide');"
        "return !!d && !!(c.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING);")
    if not above:
        raise JourneyFailure("the conflict check is not shown above the decision form")
    step("  conflict check: " + conflicts[0].text.replace("\n", " / ")[:160])
    audit.check("legal-aid-case-received")

    act(driver, "legal-aid-decide", "grant before looking at the conflict check", selects={"action": "grant"})
    expect_refused(driver, "利益冲突审查", "a decision before the conflict check was recorded")

    act(driver, "legal-aid-supplement", "one notice listing every missing material", fields={"missing_materials": "\n".join(MISSING)})
    no_problems(driver, "the supplement notice")
    case_path_of(driver, "after the supplement notice")
    expect_text(driver, "待补充材料", MISSING[0], where="the case waiting for materials")
    audit.check("legal-aid-case-supplement")

    submit_with(driver, "legal-aid-supply_materials", "the materials arrived")
    no_problems(driver, "the supplied materials")
    expect_text(driver, "已补齐", where="the supplement round")
    review_checklist(driver, materials=True)
    act(driver, "legal-aid-decide", "grant", selects={"action": "grant"})
    no_problems(driver, "the grant")
    expect_text(driver, "决定给予", where="the granted case")
    due = fact(driver, "指派期限")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", due):
        raise JourneyFailure(f"the granted case shows no assignment deadline ({due!r})")
    step(f"  granted; decision due {fact(driver, '审查决定期限')}, assignment due {due}")
    audit.check("legal-aid-case-granted")

    choose(driver, "provider_id", text=LAWYER_NAME, form=form(driver, "legal-aid-assign"))
    submit_with(driver, "legal-aid-assign", f"assign {LAWYER_NAME}")
    no_problems(driver, "the assignment")
    if fact(driver, "法律援助人员") != LAWYER_NAME:
        raise JourneyFailure(f"the case does not show {LAWYER_NAME} as the provider")
    expect_text(driver, "已指派", where="the assigned case")
    audit.check("legal-aid-case-assigned")

    links = {path_of(a.get_attribute("href")).rsplit("/", 1)[-1]
             for a in driver.find_elements(By.CSS_SELECTOR, f"a[href^='{case_path}/documents/']")}
    for kind in ("receipt", "supplement", "decision", "assignment"):
        if kind not in links:
            raise JourneyFailure(f"the case page does not link the {kind} document (links: {sorted(links)})")
    open_document(driver, audit, case_path, "receipt", WORKER, number)
    open_document(driver, audit, case_path, "supplement", WORKER, MISSING[0], "第四十三条第二款")
    open_document(driver, audit, case_path, "decision", WORKER, "给予法律援助决定书", "三日内指派")
    open_document(driver, audit, case_path, "assignment", WORKER, LAWYER_NAME, "不得向受援人收取任何财物")
    return case_path


def refuse(driver, audit, number: str) -> None:
    step("4. the officer refuses the window application: first without reasons, then with them")
    case_path = case_for(driver, number)
    review_checklist(driver, materials=True)
    act(driver, "legal-aid-decide", "refuse without reasons", selects={"action": "refuse"}, fields={"reasons": ""})
    expect_refused(driver, "请写明理由", "a refusal without reasons (第四十三条, LA-03)")
    audit.check("legal-aid-case-refusal-refused")
    reasons = "申请人每月退休金8000元，名下有住房两套，经济状况不符合本省法律援助经济困难标准（法律援助法第四十一条）。"
    act(driver, "legal-aid-decide", "refuse with reasons", selects={"action": "refuse"}, fields={"reasons": reasons})
    no_problems(driver, "the refusal")
    expect_text(driver, "决定不予", reasons[:20], where="the refused case")
    audit.check("legal-aid-case-refused")
    open_document(driver, audit, case_path, "decision", SECOND, "不予法律援助决定书", reasons[:20], "司法行政部门", "第四十九条",
                  "行政复议")


def handle_and_close(driver, audit, number: str, case_path: str) -> None:
    step("5. the assigned lawyer records the case work and files the closing report")
    sign_in(driver, LAWYER)
    J.goto(driver, f"/staff/work-orders?view=mine&number={number}")
    links = driver.find_elements(By.LINK_TEXT, number)
    if not links:
        raise JourneyFailure(f"{number} is not on {LAWYER_NAME}'s workbench")
    audit.check("legal-aid-lawyer-workbench")
    links[0].click()
    WebDriverWait(driver, J.NAV_TIMEOUT).until(lambda d: d.find_elements(By.CSS_SELECTOR, "a#legal-aid-case"))
    audit.check("legal-aid-lawyer-work-order")
    driver.find_element(By.CSS_SELECTOR, "a#legal-aid-case").click()
    WebDriverWait(driver, J.NAV_TIMEOUT).until(lambda d: path_of(d.current_url) == case_path)
    expect_text(driver, WORKER, EMPLOYER, where="the lawyer's case page")
    if driver.find_elements(By.CSS_SELECTOR, "form#legal-aid-decide, form#legal-aid-assign"):
        raise JourneyFailure("the lawyer sees the officer's decision or assignment forms")
    audit.check("legal-aid-case-provider")
    submit_with(driver, "legal-aid-start_handling", "start handling")
    no_problems(driver, "starting the case")
    expect_text(driver, "办理中", where="the case in progress")
    day = today()
    hearing = day + datetime.timedelta(days=12)
    act(driver, "legal-aid-note", "a progress note", selects={"kind": "progress"},
        fields={"text": "已会见受援人，调取考勤记录和工友证言，向古县劳动人事争议仲裁委员会提交仲裁申请。"},
        dates={"on": day.isoformat()})
    no_problems(driver, "the progress note")
    act(driver, "legal-aid-note", "the hearing date", selects={"kind": "hearing"},
        fields={"text": "古县劳动人事争议仲裁委员会第二仲裁庭开庭。"}, dates={"on": hearing.isoformat()})
    no_problems(driver, "the hearing date")
    expect_text(driver, "调取考勤记录", f"{hearing.isoformat()} 开庭/仲裁/调解日期", where="the case notes")
    audit.check("legal-aid-case-notes")
    act(driver, "legal-aid-close", "the closing report", selects={"outcome": "settled"},
        fields={"amount_recovered": RECOVERED,
                "closing_report": "经仲裁庭主持调解，用人单位当庭支付拖欠工资8600元，受援人签收，案件办结。"})
    no_problems(driver, "the closing report")
    expect_text(driver, "已结案", where="the closed case")
    outcome = fact(driver, "结案情况")
    if RECOVERED not in outcome.replace(",", ""):
        raise JourneyFailure(f"the closed case shows {outcome!r}, not the amount {RECOVERED}")
    step(f"  closed: {outcome}")
    audit.check("legal-aid-case-closed")


def statistics(driver, audit, numbers: list[str]) -> None:
    step("6. the register and statistics match the journey; the CSV starts with a UTF-8 BOM")
    sign_in(driver, OFFICER)
    J.goto(driver, "/staff/legal-aid")
    audit.check("legal-aid-register")
    applications = fact(driver, "申请数")
    rate = fact(driver, "给予率")
    amount = fact(driver, "挽回经济损失合计").replace(",", "")
    m = re.search(r"（(\d+)/(\d+)）", rate)
    if not m:
        raise JourneyFailure(f"the grant rate {rate!r} does not show granted/decided")
    granted, decided = int(m.group(1)), int(m.group(2))
    refused = 0
    for table in driver.find_elements(By.CSS_SELECTOR, "table"):
        captions = table.find_elements(By.TAG_NAME, "caption")
        if captions and captions[0].text.strip() == "按事项类别":
            heads = [th.text.strip() for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
            column = heads.index("决定不予")
            refused = sum(int(row.find_elements(By.TAG_NAME, "td")[column].text or 0)
                          for row in table.find_elements(By.CSS_SELECTOR, "tbody tr"))
    step(f"  applications {applications}, granted {granted} of {decided} decided ({rate}), refused {refused}, "
         f"recovered {amount}")
    if (applications, granted, decided, refused) != ("2", 1, 2, 1):
        raise JourneyFailure(f"the statistics show applications {applications}, granted {granted}, decided {decided}, "
                             f"refused {refused}; expected 2, 1, 2, 1")
    if amount != RECOVERED:
        raise JourneyFailure(f"the amount recovered is {amount!r}, not the {RECOVERED} entered")
    rows = driver.find_elements(By.CSS_SELECTOR, "table a[href*='/staff/legal-aid/']")
    listed = {r.text.strip() for r in rows}
    if not set(numbers) <= listed:
        raise JourneyFailure(f"the register lists {sorted(listed)}, not both {numbers}")

    link = driver.find_elements(By.CSS_SELECTOR, "a[href*='register.csv']")
    if not link:
        raise JourneyFailure("the register has no CSV link")
    status, ctype, head, text = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer().then(b => {"
        "  const bytes = Array.from(new Uint8Array(b).slice(0, 3));"
        "  done([r.status, r.headers.get('content-type'), bytes, new TextDecoder('utf-8').decode(b)]);"
        "})).catch(e => done([0, '', [], String(e)]));", link[0].get_attribute("href"))
    if status != 200 or "text/csv" not in (ctype or ""):
        raise JourneyFailure(f"the CSV link answered {status} {ctype!r}")
    if head != [0xEF, 0xBB, 0xBF]:
        raise JourneyFailure(f"the CSV does not start with a UTF-8 BOM (first bytes {head})")
    for number in numbers:
        if number not in text:
            raise JourneyFailure(f"the CSV does not list {number}")
    if WORKER_PHONE in text or SECOND_ID in text:
        raise JourneyFailure("the CSV contains a phone or ID number")
    lines = text.splitlines()
    step(f"  CSV: {status} {ctype}, BOM, {len(lines)} lines; header: {lines[0].lstrip(chr(0xFEFF))[:120] if lines else ''}")


def run(driver, audit, started) -> None:
    first = apply_on_phone(driver, audit)
    second = register_at_window(driver, audit)
    case_path = review_and_grant(driver, audit, first)
    refuse(driver, audit, second)
    handle_and_close(driver, audit, first, case_path)
    statistics(driver, audit, [first, second])


def main() -> int:
    return J.run_on_demo("farun-legalaid", run)


if __name__ == "__main__":
    sys.exit(main())
