#!/usr/bin/env python3
"""Drives klarsvar's page in headless Chromium as an official would: paste a draft with a vague
promise and a complaint without its referral, read the marks and the summary, apply a suggestion,
insert the referral, fix all, open a .docx made from examples/, and move around with the keyboard
and at 200 % zoom. Screenshots go to the output folder.

Usage: test_page.py KLARSVAR_BINARY OUTPUT_DIR [--readme-screenshot PATH]
Needs Debian's chromium, chromium-driver and python3-selenium (.ci/run installs them)."""

import pathlib
import re
import shutil
import sys
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from served import Checks, Served

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
DRAFT = """Hej Margareta!

Tack för ditt klagomål om hemtjänsten hos din pappa. Beträffande de sena besöken erhåller du svar från enhetschefen. Vi kommer att se över rutinerna inom en snar framtid.

Med vänliga hälsningar
Lena Holm
Enhetschef, hemtjänsten Norra Berga
"""


def docx_from_markdown(markdown, path):
    """A minimal .docx (one paragraph per Markdown paragraph), written with zipfile."""
    paragraphs = [block.strip().lstrip("# ").replace("\n", " ") for block in markdown.split("\n\n") if block.strip()]
    escape = lambda text: text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{escape(p)}</w:t></w:r></w:p>' for p in paragraphs)
    word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{word}"><w:body>{body}</w:body></w:document>'
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr("word/document.xml", document)


def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=sv-SE"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


class Page:
    def __init__(self, driver, check):
        self.driver = driver
        self.check = check

    def find(self, selector):
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def all(self, selector):
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def text(self, selector):
        return self.find(selector).text

    def value(self):
        return self.driver.execute_script("return document.getElementById('utkast').value")

    def wait(self, condition, message, seconds=15):
        try:
            WebDriverWait(self.driver, seconds, poll_frequency=0.05).until(lambda _: condition())
        except Exception:
            self.check(False, f"{message} (waited {seconds} s)")
        self.check(True, message)

    def settled(self):
        """The marks show the text as it is now: the latest answer, not an older one."""
        script = "return document.getElementById('markeringar').textContent === document.getElementById('utkast').value + '\\n '"
        return self.driver.execute_script(script) and not self.all("#editor.stale")

    def paste(self, text):
        """What a paste does: the value replaced and an input event."""
        self.driver.execute_script(
            "const t = document.getElementById('utkast'); t.value = arguments[0]; t.dispatchEvent(new Event('input'));", text
        )

    def finding_button(self, words):
        return next((b for b in self.all("#fynd-lista button.finding") if words in b.text), None)


def test_checking(page, check):
    page.paste(DRAFT)
    page.find("#utkast").send_keys(Keys.END, " Vi hörs.")
    page.wait(page.settled, "the marks follow the latest text after pasting and typing")
    page.wait(lambda: len(page.all("#markeringar mark")) >= 4, "findings are marked in the text")
    styles = page.driver.execute_script(
        "return [...document.querySelectorAll('#markeringar mark')].map(m => m.className + ':' + getComputedStyle(m).textDecorationStyle)"
    )
    check(any(s.startswith("sev-warning") and s.endswith("wavy") for s in styles), f"warnings are wavy lines: {styles}")
    check(any(s.startswith("sev-info") and s.endswith("dotted") for s in styles), "info is a dotted line")
    summary = page.text("#sammanfattning")
    check("Svar till enskild" in summary, "the summary names the kind of text")
    check(re.search(r"LIX \d+", summary), "the summary gives LIX")
    counts = re.search(r"(\d+) fel, (\d+) varning(?:ar)?, (\d+) info, (\d+) tips", summary)
    marked = len(page.all("#fynd-lista button.finding"))
    check(counts and sum(map(int, counts.groups())) == marked, f"the summary counts the findings by severity ({marked} listed)")
    check("Löften (1)" in summary and "Tidpunkt saknas" in summary, "the vague promise is listed as lacking a time")
    check("Löftet saknar tidpunkt och ansvarig" in summary, "and what else it lacks")
    check("Saknas eller är fel" in page.text("#hanvisningar"), "the missing referral is listed")
    groups = [h.text for h in page.all("#fynd-lista h3")]
    check(any(g.startswith("Hänvisningar") for g in groups) and any(g.startswith("Klarspråk") for g in groups), f"findings grouped by category: {groups}")
    check("Varning" in page.text("#fynd-lista") and "Info" in page.text("#fynd-lista"), "severities are written out")


def test_suggestion_and_referral(page, check):
    button = page.finding_button("erhåller")
    check(button is not None, "the officialese finding is in the list")
    button.click()
    page.wait(lambda: page.find("#detalj").is_displayed(), "clicking it opens its explanation")
    check(page.driver.switch_to.active_element.get_attribute("id") == "detalj-rubrik", "focus moves to the explanation")
    page.wait(lambda: "Hämtar" not in page.text("#detalj"), "the rule's explanation is loaded")
    suggestion = next(b for b in page.all("#detalj .suggestions button") if "får" in b.text)
    suggestion.click()
    check("får du svar" in page.value() and "erhåller" not in page.value(), "the suggestion replaced the word in the draft")
    page.wait(lambda: page.settled() and page.finding_button("erhåller") is None, "the finding is gone after the re-check")
    page.find("#hanvisningar button.primary").click()
    check("IVO" in page.value(), "insert referral added the vetted paragraph")
    page.wait(lambda: page.settled() and "Ingen hänvisning saknas" in page.text("#hanvisningar"), "the referral is no longer missing")
    check("Inspektionen för vård och omsorg" in page.text("#hanvisningar"), "and is listed as present")
    position = page.value().index("Beträffande") + 3
    page.driver.execute_script(
        "const t = document.getElementById('utkast'); t.focus(); t.setSelectionRange(arguments[0], arguments[0]); t.dispatchEvent(new Event('keyup'));",
        position,
    )
    check("Tungt uttryck" in page.text("#vid-markoren"), "the finding under the caret is read out")
    fix = page.find("#ratta-allt")
    check(fix.is_enabled() and "(1)" in fix.text, f"fix all offers the one unambiguous fix: {fix.text}")
    fix.click()
    page.wait(lambda: "Om de sena besöken" in page.value(), "fix all applied the replacement")
    page.wait(page.settled, "and the draft was checked again")


def test_keyboard_and_zoom(page, check, output):
    page.driver.execute_script("document.activeElement.blur(); window.scrollTo(0, 0)")
    body = page.find("body")
    body.send_keys(Keys.TAB)
    reached = []
    for _ in range(25):
        active = page.driver.switch_to.active_element
        reached.append(active.get_attribute("id") or active.get_attribute("class") or active.tag_name)
        if active.tag_name == "button" and reached.count(reached[-1]) == 1:
            outline = page.driver.execute_script("const s = getComputedStyle(arguments[0]); return [s.outlineStyle, parseFloat(s.outlineWidth)]", active)
            check(outline[0] != "none" and outline[1] >= 2, f"focus is visible on {reached[-1]}: {outline}")
        active.send_keys(Keys.TAB)
    # "Rätta allt" is disabled here (nothing left to fix), so it is rightly skipped.
    for wanted in ["utkast", "oppna", "typ", "markdown", "kopiera", "ladda-txt", "ladda-md"]:
        check(wanted in reached, f"Tab reaches #{wanted}")
    check(any("finding" in r for r in reached), "Tab reaches the findings")
    cycle = reached[reached.index("skip") :]
    check(cycle.index("oppna") < cycle.index("utkast") < cycle.index("kopiera") < cycle.index("finding sev-warning"), f"reading order: skip link, open, draft, its buttons, findings: {cycle[:10]}")
    page.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 640, "height": 800, "deviceScaleFactor": 2, "mobile": False})
    wide = page.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    columns = page.driver.execute_script("return getComputedStyle(document.querySelector('main')).gridTemplateColumns.split(' ').length")
    check(wide <= 0 and columns == 1, f"at 200 % zoom one column, nothing wider than the window ({wide} px, {columns} columns)")
    page.driver.save_screenshot(str(output / "zoom-200.png"))
    page.driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def test_files(page, check, output):
    page.find("#kopiera").click()
    page.wait(lambda: "kopierad" in page.text("#status"), "copy text")
    page.find("#ladda-txt").click()
    saved = output / "utkast.txt"
    page.wait(saved.exists, "download as .txt")
    check(saved.read_text(encoding="utf-8") == page.value(), "the downloaded file is the draft")
    document = output / "klagomal-hemtjanst.docx"
    docx_from_markdown((REPOSITORY / "examples" / "klagomal-hemtjanst.md").read_text(encoding="utf-8"), document)
    page.find("#fil").send_keys(str(document))
    page.wait(lambda: "morgonbesöken" in page.value(), "the .docx from examples/ opens in the editor")
    check("klagomal-hemtjanst.docx" in page.text("#oppnad"), "its name is shown")
    page.wait(lambda: page.settled() and len(page.all("#markeringar mark")) > 3, "and its findings are marked")


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    binary, output = sys.argv[1], pathlib.Path(sys.argv[2]).resolve()
    output.mkdir(parents=True, exist_ok=True)
    check = Checks("browser test")
    served = Served(binary, cwd=output)
    driver = browser(output)
    try:
        driver.get(served.url)
        page = Page(driver, check)
        check(driver.title.startswith("klarsvar") and page.find("html").get_attribute("lang") == "sv", "the page opens, in Swedish")
        test_checking(page, check)
        # The README's picture: the draft with its marks and the summary, at a laptop's size.
        driver.set_window_size(1100, 760)
        driver.save_screenshot(str(output / "screenshot.png"))
        driver.set_window_size(1280, 1000)
        test_suggestion_and_referral(page, check)
        test_keyboard_and_zoom(page, check, output)
        test_files(page, check, output)
        driver.save_screenshot(str(output / "page.png"))
        problems = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        check(not problems, f"no errors in the browser console: {problems}")
    finally:
        driver.quit()
        status, errors = served.stop()
    check(status == 0, f"the server stopped cleanly on SIGTERM (status {status}): {errors.strip()}")
    if "--readme-screenshot" in sys.argv:
        shutil.copy(output / "screenshot.png", sys.argv[sys.argv.index("--readme-screenshot") + 1])
    check.done()


if __name__ == "__main__":
    main()
