#!/usr/bin/env python3
"""The 法律服务机器人 on a phone (issue 4), in headless Chromium with axe-core, on SQLite or PostgreSQL.

Starts `farun serve --demo` with the statutes taken from the test fixture (FARUN_DEMO_LAWS points at
Tests/FarunTests/Fixtures/laws-fixture.db, so the run needs no network), waits until the search index answers,
then, as a citizen on a 390 px phone, asks twelve everyday questions across labour, family, housing, loans,
traffic, consumer and legal aid on /ask. For each, one of the articles a lawyer would cite must be among the
suggested articles and visible on the first screen without scrolling; the page must carry the not-legal-advice
notice and the hand-off button. The last question is handed to a person: the hand-off lands on the
application form with the question filled in. axe-core runs on the robot's page (with and without answers) and
on an article page: a serious or critical finding fails the run.

Environment: as journey.py, plus FARUN_JOURNEY_POSTGRES (a PostgreSQL server URL; a scratch database is made).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlparse, urlunparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
import journey as J  # noqa: E402
from journey import JourneyFailure, step, goto  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "Tests/FarunTests/Fixtures/laws-fixture.db"

# (question, acceptable articles as (short law name, article label)): what a lawyer would cite first.
QUESTIONS = [
    ("labour", "老板拖欠工资三个月不给怎么办",
     {("劳动合同法", "第三十条"), ("劳动合同法", "第八十五条"), ("劳动合同法", "第三十八条"), ("劳动法", "第五十条")}),
    ("labour", "干了半年公司一直不跟我签劳动合同",
     {("劳动合同法", "第八十二条"), ("劳动合同法", "第十条")}),
    ("family", "老公经常动手打我，我想离婚",
     {("民法典", "第一千零七十九条"), ("民法典", "第一千零九十一条")}),
    ("family", "离婚后孩子他爸不给抚养费",
     {("民法典", "第一千零八十五条"), ("民法典", "第一千零六十七条")}),
    ("housing", "租的房子房东要卖掉，我还能接着住吗",
     {("民法典", "第七百二十五条"), ("民法典", "第七百二十六条")}),
    ("housing", "楼上扔下来的花盆砸坏了我的车",
     {("民法典", "第一千二百五十四条")}),
    ("loans", "借钱给朋友三年了一直不还，还能去法院告吗",
     {("民法典", "第一百八十八条")}),
    ("loans", "借钱时约定的利息特别高，法律保护吗",
     {("民法典", "第六百八十条")}),
    ("traffic", "被车撞伤了，对方的保险公司怎么赔",
     {("道路交通安全法", "第七十六条"), ("民法典", "第一千二百一十三条")}),
    ("traffic", "喝了酒开车被交警查到怎么处罚",
     {("道路交通安全法", "第九十一条")}),
    ("consumer", "买到假货，商家要赔几倍",
     {("消费者权益保护法", "第五十五条")}),
    ("legal aid", "家里困难请不起律师，能申请法律援助吗",
     {("法律援助法", "第三十一条"), ("法律援助法", "第三十二条"), ("法律援助法", "第四十一条"), ("法律援助法", "第三十八条")}),
]


class AskServer(J.Server):
    """serve --demo with the fixture statutes, on SQLite or a scratch PostgreSQL database."""

    def __init__(self, binary: str, work: Path, database_url: str | None):
        super().__init__(binary, work)
        self.database_url = database_url

    def start(self) -> None:
        self.data_dir.mkdir(parents=True)
        self.cwd.mkdir(parents=True)
        env = dict(os.environ, FARUN_DATA_DIR=str(self.data_dir), FARUN_HOST=J.HOST, FARUN_DEMO_LAWS=str(FIXTURE))
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
    subprocess.run(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", admin, "-c", sql], check=True,
                   env=dict(os.environ, PGOPTIONS="-c client_min_messages=warning"))


def wait_for_statutes(timeout: float = 180) -> None:
    """The demo imports the statutes and builds the index in the background: wait until a search finds 劳动合同法."""
    deadline = time.monotonic() + timeout
    url = f"{J.BASE}/api/v1/search?q={quote('劳动合同')}&k=3"
    last = ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as r:
                body = r.read().decode("utf-8")
                if r.status == 200 and "劳动合同法" in body:
                    step("  the search index holds the statutes")
                    return
                last = f"HTTP {r.status}"
        except Exception as e:  # 503 while the index is built
            last = str(e)
        time.sleep(1)
    raise JourneyFailure(f"the statutes never became searchable within {timeout:.0f}s ({last})")


def ask(driver, audit, topic: str, question: str, expected: set[tuple[str, str]], check_axe: bool) -> None:
    goto(driver, "/ask?q=" + quote(question))
    articles = driver.find_elements(By.CSS_SELECTOR, "section[aria-labelledby='ask-articles'] .ask-item-title a")
    if not articles:
        raise JourneyFailure(f"{question!r}: no articles suggested")
    shown = [a.text.strip() for a in articles]
    height = driver.execute_script("return window.innerHeight")
    hit = None
    for rank, a in enumerate(articles, start=1):
        text = a.text.strip()
        if any(text.startswith(law) and text.endswith(label) for law, label in expected):
            hit = (rank, text, driver.execute_script("return arguments[0].getBoundingClientRect().bottom", a))
            break
    if hit is None:
        raise JourneyFailure(f"{question!r}: none of {sorted(expected)} among the suggestions {shown}")
    rank, text, bottom = hit
    if bottom > height:
        raise JourneyFailure(f"{question!r}: {text} is suggested (#{rank}) but below the first screen "
                             f"(its bottom at {bottom:.0f}px, the screen is {height}px tall)")
    body = driver.find_element(By.TAG_NAME, "body").text
    if "不构成法律意见" not in body and "不是法律意见" not in body and "不能代替" not in body:
        notice = driver.find_elements(By.CSS_SELECTOR, ".ask-notice")
        if not notice:
            raise JourneyFailure(f"{question!r}: the not-legal-advice notice is missing")
    if not driver.find_elements(By.CSS_SELECTOR, "form#ask-handoff button[type=submit]"):
        raise JourneyFailure(f"{question!r}: no hand-off button")
    step(f"  [{topic}] {question} → #{rank} {text} (first screen: bottom {bottom:.0f}px of {height}px)")
    if check_axe:
        audit.check("ask-answers")


def run(driver, audit, _started) -> None:
    wait_for_statutes()
    J.set_phone_viewport(driver)
    goto(driver, "/ask")
    audit.check("ask-empty")
    for i, (topic, question, expected) in enumerate(QUESTIONS):
        ask(driver, audit, topic, question, expected, check_axe=(i == 0))

    step("an article page from the answers")
    first = driver.find_element(By.CSS_SELECTOR, "section[aria-labelledby='ask-articles'] .ask-item-title a")
    href = first.get_attribute("href")
    goto(driver, urlparse(href).path)
    audit.check("law-article")

    step("hand the last question to a person")
    topic, question, _ = QUESTIONS[-1]
    goto(driver, "/ask?q=" + quote(question))
    J.submit(driver, "ask-handoff", "hand-off")
    path = J.path_of(driver.current_url)
    if not path.startswith("/apply"):
        raise JourneyFailure(f"the hand-off led to {path}, not to an application form")
    fields = driver.find_elements(By.CSS_SELECTOR, "textarea")
    if not any(question in (f.get_attribute("value") or f.text) for f in fields):
        raise JourneyFailure("the application form does not carry the question")
    step(f"  hand-off → {path} with the question filled in")
    audit.check("handoff-form")


def main() -> int:
    server_url = os.environ.get("FARUN_JOURNEY_POSTGRES")
    scratch = f"farun_ask_{os.getpid()}"

    def start_server(binary: str, work: Path):
        if not FIXTURE.is_file():
            raise JourneyFailure(f"the statute fixture {FIXTURE} is missing")
        database_url = None
        if server_url:
            psql(server_url, f'DROP DATABASE IF EXISTS "{scratch}"')
            psql(server_url, f'CREATE DATABASE "{scratch}"')
            database_url = urlunparse(urlparse(server_url)._replace(path="/" + scratch))
        server = AskServer(binary, work, database_url)
        server.start()
        server.wait_ready()
        return server, None

    def cleanup() -> None:
        if server_url:
            try:
                psql(server_url, f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
            except Exception as e:  # noqa: BLE001
                print(f"[journey] could not drop {scratch}: {e}", flush=True)

    return J.run_in_browser("farun-ask", start_server, run, cleanup=cleanup)


if __name__ == "__main__":
    sys.exit(main())
