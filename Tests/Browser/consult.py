#!/usr/bin/env python3
"""Online consultation 快解答 (issue 5) in headless Chromium with axe-core: one question, three lawyers, two servers.

Starts `farun serve --demo` (instance A). With FARUN_JOURNEY_POSTGRES set, a scratch PostgreSQL database is made
and a second `farun serve` (instance B) runs on the next port against the same database; on SQLite everything
runs on instance A (one instance is all SQLite supports). Then, as people would:
  1. three lawyers on the demo's round-the-clock duty roster sign in — 李建明 on A, 张红英 and 杨磊 on B — and open
     their consultation workbench, which listens for new questions (Server-Sent Events);
  2. a citizen on a phone (390 px) asks on A: a wage question with a mobile number in it; the first submit shows
     the robot's suggestions and the suggested field, the second asks;
  3. the question appears on all three workbenches without a reload (on B through PostgreSQL LISTEN/NOTIFY);
     the delay is printed; the lawyers see the mobile number masked;
  4. each lawyer answers (李建明 with an article reference); the citizen's page shows three answers;
  5. the citizen follows up twice with 李建明, who sees each follow-up flagged on the workbench and replies;
  6. the citizen rates the three answers and marks 李建明's the most helpful;
  7. the bureau administrator opens the service-level page and finds today's first-answer time.
axe-core runs on every distinct page: a serious or critical finding fails the run.

Environment: as journey.py (FARUN_BIN, AXE_JS, FARUN_BROWSER_PORT — B uses the next port —,
FARUN_BROWSER_ARTIFACTS, CHROMIUM_BIN, CHROMEDRIVER_BIN), plus FARUN_JOURNEY_POSTGRES.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journey as J  # noqa: E402
from journey import JourneyFailure, step, path_of  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "Tests/FarunTests/Fixtures/laws-fixture.db"
DEMO_PASSWORD = "Farun-Demo-2026"
LIVE_TIMEOUT = 15.0
QUESTION = "老板拖欠我三个月工资一直不给，我的电话13912345678，该怎么办？"
# (username, display name, instance): the demo roster has these three on county-wide duty round the clock.
LAWYERS = [("lawyer.li.jm", "李建明", "A"), ("lawyer.zhang.hy", "张红英", "B"), ("lawyer.yang.l", "杨磊", "B")]
ANSWERS = {
    "lawyer.li.jm": ("用人单位应当按时足额支付劳动报酬。可以先向劳动保障监察部门投诉，也可以申请劳动仲裁。", "劳动合同法第三十条"),
    "lawyer.zhang.hy": ("建议保留工资条、考勤记录和聊天记录等证据，向当地劳动人事争议仲裁委员会申请仲裁。", ""),
    "lawyer.yang.l": ("拖欠工资的，劳动行政部门可以责令限期支付；逾期不支付的，还要加付赔偿金。", ""),
}
FOLLOW_UPS = ["没有签劳动合同，也能申请仲裁吗？", "仲裁要交钱吗？大概多久有结果？"]
REPLIES = ["没有书面合同也可以，用工资转账记录、工作证、同事证言等证明劳动关系。", "劳动仲裁不收费，一般自受理之日起四十五日内结束。"]


class Instance:
    """One server: its base URL and, for B, the process this journey started."""

    def __init__(self, name: str, port: int, server=None):
        self.name = name
        self.base = f"http://{J.HOST}:{port}"
        self.port = port
        self.server = server


class SecondServer(J.Server):
    """`farun serve` (no --demo: A loaded it) on another port against the same PostgreSQL database."""

    def __init__(self, binary: str, work: Path, database_url: str, port: int):
        super().__init__(binary, work)
        self.database_url = database_url
        self.port = port

    def start(self) -> None:
        self.data_dir.mkdir(parents=True)
        self.cwd.mkdir(parents=True)
        env = dict(os.environ, FARUN_DATA_DIR=str(self.data_dir), FARUN_HOST=J.HOST, FARUN_DATABASE_URL=self.database_url)
        cmd = [self.binary, "serve", "--port", str(self.port)]
        if shutil.which("stdbuf"):
            cmd = ["stdbuf", "-oL", "-eL"] + cmd
        step(f"starting instance B: {' '.join(cmd)} (same PostgreSQL database)")
        self.log = open(self.log_path, "wb")
        self.proc = subprocess.Popen(cmd, cwd=self.cwd, env=env, stdin=subprocess.DEVNULL,
                                     stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + J.STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise JourneyFailure(f"instance B exited early with code {self.proc.returncode}")
            try:
                with urllib.request.urlopen(f"http://{J.HOST}:{self.port}/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.25)
        raise JourneyFailure("instance B not healthy in time")


# ----------------------------------------------------------------------- helpers


def open_on(driver, instance: Instance, path: str) -> None:
    driver.get(instance.base + path)


def sign_in(driver, instance: Instance, username: str) -> None:
    driver.delete_all_cookies()
    open_on(driver, instance, "/staff/sign-in")
    form = driver.find_element(By.CSS_SELECTOR, "form#sign-in")
    J.fill(driver, "username", username, form)
    J.fill(driver, "password", DEMO_PASSWORD, form)
    J.submit(driver, "sign-in", f"sign in as {username} on {instance.name}")
    if path_of(driver.current_url) != "/staff":
        raise JourneyFailure(f"{username} did not reach /staff after signing in (at {path_of(driver.current_url)})")


def body_text(driver) -> str:
    return driver.find_element(By.TAG_NAME, "body").text


def wait_for(driver, predicate, timeout: float, what: str):
    try:
        return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: predicate(d))
    except Exception as e:  # TimeoutException, or a stale element while the list is redrawn
        raise JourneyFailure(f"timed out after {timeout:.0f}s waiting for {what}") from e


def workbench_link(driver, consultation: str):
    links = driver.find_elements(By.CSS_SELECTOR, f"a[href$='/staff/consultations/{consultation}']")
    return links[0] if links else None


# ----------------------------------------------------------------------- journey


def ask(driver, audit, a: Instance) -> str:
    step("a citizen asks on a phone (instance A)")
    J.set_phone_viewport(driver)
    open_on(driver, a, "/consult")
    audit.check("consult-ask")
    form = driver.find_element(By.CSS_SELECTOR, "form#consult-form")
    J.fill(driver, "question", QUESTION, form)
    J.select_first_nonempty(driver, "region_id", form)
    J.fill(driver, "phone", "13800138000", form)
    consent = J.field(driver, "consent", form)
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", consent)
    if not consent.is_selected():
        consent.click()
    J.submit(driver, "consult-form", "first submit: suggestions")
    field = driver.find_element(By.CSS_SELECTOR, "select[name='field'] option[selected]")
    step(f"  suggested field: {field.text.strip()}")
    if field.get_attribute("value") != "labour":
        raise JourneyFailure(f"the classifier suggested {field.get_attribute('value')!r} for a wage question, not labour")
    audit.check("consult-confirm")
    J.submit(driver, "consult-form", "second submit: ask")
    m = re.fullmatch(r"/consult/([0-9A-Fa-f-]{36})", path_of(driver.current_url))
    if not m:
        raise JourneyFailure(f"asking did not land on the question's page (at {path_of(driver.current_url)})")
    if "13912345678" in body_text(driver):
        raise JourneyFailure("the question's page shows the mobile number unmasked")
    audit.check("consult-question")
    return m.group(1)


def run(driver, audit, started) -> None:
    try:
        journey(driver, audit, started)
    except Exception:
        second = started.get("second")
        if second is not None:
            print("[journey] ---- instance B log (last 12000 characters) ----", flush=True)
            print(second.log_text()[-12000:], flush=True)
        raise


def journey(driver, audit, started) -> None:
    a: Instance = started["a"]
    b: Instance = started["b"] or a
    if started["b"] is None:
        step("SQLite: one instance only; the cross-instance step needs FARUN_JOURNEY_POSTGRES")
    instances = {"A": a, "B": b}
    lawyers = {}
    for username, name, where in LAWYERS:
        drv = J.make_driver()
        started["drivers"].append(drv)
        lawyer_audit = J.Audit(drv, audit.axe_source, audit.shots_dir)
        lawyer_audit.problems = audit.problems  # one list of findings for the whole run
        sign_in(drv, instances[where], username)
        open_on(drv, instances[where], "/staff/consultations")
        lawyers[username] = (drv, lawyer_audit, instances[where], name)
        step(f"  {name} ({username}) watches the workbench on instance {instances[where].name}")
    first_lawyer = lawyers[LAWYERS[0][0]]
    first_lawyer[1].check("workbench-empty")

    asked_at = time.monotonic()
    consultation = ask(driver, audit, a)
    question_path = f"/consult/{consultation}"
    step(f"  asked: {question_path}")

    step("the question appears live on the three workbenches")
    for username, (drv, _, where, name) in lawyers.items():
        wait_for(drv, lambda d: workbench_link(d, consultation), LIVE_TIMEOUT, f"the question on {name}'s workbench ({where.name})")
        step(f"  {name} on {where.name}: shown {time.monotonic() - asked_at:.2f}s after asking, without a reload")
    first_lawyer[1].check("workbench-live")

    step("each lawyer answers")
    for username, (drv, lawyer_audit, where, name) in lawyers.items():
        workbench_link(drv, consultation).click()
        wait_for(drv, lambda d: d.find_elements(By.CSS_SELECTOR, "form#answer-form"), 10, "the answer form")
        if "13912345678" in body_text(drv) or "139****5678" not in body_text(drv):
            raise JourneyFailure(f"{name} does not see the mobile number masked as 139****5678")
        if username == LAWYERS[0][0]:
            lawyer_audit.check("workbench-item")
        text, articles = ANSWERS[username]
        form = drv.find_element(By.CSS_SELECTOR, "form#answer-form")
        J.fill(drv, "text", text, form)
        if articles:
            J.fill(drv, "articles", articles, form)
        J.submit(drv, "answer-form", f"{name} answers")
        if text not in body_text(drv):
            raise JourneyFailure(f"{name}'s answer is not on the page after answering")
        step(f"  {name} answered")

    step("the citizen sees three answers")
    open_on(driver, a, question_path)
    for _, name, _ in LAWYERS:
        if name not in body_text(driver):
            raise JourneyFailure(f"the citizen's page does not show {name}'s answer")
    audit.check("consult-answered")

    drv, lawyer_audit, where, name = first_lawyer
    lawyer_id = None
    for n, (follow_up, reply) in enumerate(zip(FOLLOW_UPS, REPLIES), start=1):
        step(f"follow-up {n} to {name}")
        open_on(driver, a, question_path)
        forms = [f for f in driver.find_elements(By.CSS_SELECTOR, "form[id$='-follow-up']")
                 if name in f.find_element(By.XPATH, "./ancestor::section[1]").text]
        if not forms:
            raise JourneyFailure(f"no follow-up form in {name}'s thread")
        form_id = forms[0].get_attribute("id")
        lawyer_id = form_id.split("-")[1]
        J.fill(driver, "text", follow_up, forms[0])
        J.submit(driver, form_id, f"follow-up {n}")
        open_on(drv, where, "/staff/consultations")
        wait_for(drv, lambda d: workbench_link(d, consultation) is not None and "等待律师回复追问" in
                 workbench_link(d, consultation).find_element(By.XPATH, "./ancestor::tr[1]").text,
                 LIVE_TIMEOUT, f"the follow-up flagged on {name}'s workbench")
        workbench_link(drv, consultation).click()
        if follow_up not in body_text(drv):
            raise JourneyFailure(f"{name} does not see follow-up {n}")
        form = drv.find_element(By.CSS_SELECTOR, "form#answer-form")
        J.fill(drv, "text", reply, form)
        J.submit(drv, "answer-form", f"{name} replies to follow-up {n}")
        open_on(driver, a, question_path)
        if reply not in body_text(driver):
            raise JourneyFailure(f"the citizen does not see {name}'s reply to follow-up {n}")
        step(f"  {name} replied; the citizen sees it")

    step("the citizen rates the three answers and marks the most helpful")
    for score, (username, name_, _) in zip((5, 4, 4), LAWYERS):
        open_on(driver, a, question_path)
        forms = [f for f in driver.find_elements(By.CSS_SELECTOR, "form[id$='-rate']")
                 if name_ in f.find_element(By.XPATH, "./ancestor::section[1]").text]
        if not forms:
            raise JourneyFailure(f"no rating form in {name_}'s thread")
        form = forms[0]
        prefix = form.get_attribute("id")[:-len("-rate")]
        star = driver.find_element(By.ID, f"{prefix}-score-{score}")
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", star)
        if username == LAWYERS[0][0]:
            best = driver.find_element(By.ID, f"{prefix}-best")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'}); if (!arguments[0].checked) arguments[0].click();", best)
        J.submit(driver, form.get_attribute("id"), f"rate {name_} {score}")
    page = body_text(driver)
    if page.count("您的评价") < 3:
        raise JourneyFailure("the citizen's page does not show the three ratings")
    audit.check("consult-rated")

    step("the bureau's service-level page shows the first-answer time")
    admin = lawyers[LAWYERS[1][0]][0]
    sign_in(admin, b, "admin.chen")
    open_on(admin, b, started["service_levels"])
    text = body_text(admin)
    lines = [line for line in text.splitlines() if "首次解答中位用时" in line]
    if not lines or not any(re.search(r"\d", line) for line in lines):
        raise JourneyFailure("the service-level page shows no median first-answer time")
    lawyers[LAWYERS[1][0]][1].check("service-levels")
    step("  service-level page: " + " | ".join(lines)[:300])


def main() -> int:
    scratch = J.ScratchDatabase("farun_consult")
    started: dict = {"drivers": [], "b": None, "service_levels": "/admin/consultations/service-level"}

    def start_server(binary: str, work: Path):
        if not FIXTURE.is_file():
            raise JourneyFailure(f"the statute fixture {FIXTURE} is missing")
        url = scratch.create()
        server = J.DemoServer(binary, work / "a", url, env={"FARUN_DEMO_LAWS": str(FIXTURE)})
        server.start()
        server.wait_ready()
        started["a"] = Instance("A", J.PORT, server)
        if url:
            second = SecondServer(binary, work / "b", url, J.PORT + 1)
            started["second"] = second
            second.start()
            second.wait_healthy()
            started["b"] = Instance("B", J.PORT + 1, second)
        return server, started

    def cleanup():
        for drv in started["drivers"]:
            try:
                drv.quit()
            except Exception:
                pass
        second = started.get("second")
        if second is not None:
            second.stop()
        scratch.drop()

    return J.run_in_browser("farun-consult", start_server, run, cleanup=cleanup)


if __name__ == "__main__":
    sys.exit(main())
