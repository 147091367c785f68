#!/usr/bin/env python3
"""Open a built Codicil site in a real browser (Chromium, through Selenium) and check what a
reader does and sees: a note reference and its back link, a contents link, the notices of a
superseded and a scheduled revision, a heading's permalink anchor on keyboard focus, the
contents beside the text on a wide screen, dark mode and the print stylesheet. Takes a
screenshot of each page kind (policy, allows, index, redline, changelog) at 1280 and 390 px.

Usage: python3 scripts/browser-test.py CODICIL [--screenshots ci-artifacts/screenshots]

Builds a site from Tests/PolicySiteTests/Fixtures/three-revisions (revisions of 2012, 2013
and 2030, as of 2020-01-01: one superseded, one in effect, one scheduled), the Japanese
fixture and the policy in English and Japanese (Tests/PolicySourceTests/Fixtures/languages) beside it, into a temporary folder served on 127.0.0.1. Needs Debian's chromium and
chromium-driver, and `pip install selenium`.
"""
import argparse
import functools
import http.server
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

REPOSITORY = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = REPOSITORY / "Tests/PolicySiteTests/Fixtures"
AS_OF = "2020-01-01"
WIDTHS = {"wide": (1280, 900), "phone": (390, 844)}
PAGES = {
    "index": "",
    "policy": "fujixerox-privacy/",
    "superseded": "fujixerox-privacy/2012-12-01/",
    "scheduled": "fujixerox-privacy/2030-01-01/",
    "allows": "fujixerox-privacy/2013-04-01/allows/",
    "redline": "fujixerox-privacy/2013-04-01/diff/",
    "changelog": "fujixerox-privacy/changelog/",
    "policy-ja": "fujixerox-privacy-ja/",
    "redline-ja": "fujixerox-privacy-ja/2013-04-01/diff/",
    "changelog-ja": "fujixerox-privacy-ja/changelog/",
    "translated": "example-privacy/2024-01-01/",
    "translation": "example-privacy/ja/2024-01-15/",
}

failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)


def build_site(codicil, folder):
    source = folder / "policy-src"
    for fixture in ["three-revisions", "japanese"]:
        for policy in (FIXTURES / fixture).iterdir():
            shutil.copytree(policy, source / policy.name)
    languages = REPOSITORY / "Tests/PolicySourceTests/Fixtures/languages"
    for policy in languages.iterdir():
        shutil.copytree(policy, source / policy.name)
    site = folder / "site"
    subprocess.run(
        [codicil, "build", "--source", str(source), "--output", str(site), "--as-of", AS_OF],
        check=True, stdout=subprocess.DEVNULL)
    return site


def serve(site):
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--lang=en-US"]:
        options.add_argument(argument)
    service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)


def resize(driver, width, height):
    # The window's outer size includes no chrome in headless mode; the metrics override makes the
    # layout viewport exactly this wide, as a phone's is.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def media(driver, kind="", scheme="light"):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "media": kind, "features": [{"name": "prefers-color-scheme", "value": scheme}]})


def in_view(driver, element):
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.top >= -1 && r.top < window.innerHeight && r.bottom > 0;", element)


def style(driver, selector, property):
    return driver.execute_script(
        "const e = document.querySelector(arguments[0]);"
        "return e ? getComputedStyle(e).getPropertyValue(arguments[1]) : null;", selector, property)


def luminance(rgb):
    numbers = [int(float(part)) for part in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    return sum(weight * value / 255 for weight, value in zip((0.2126, 0.7152, 0.0722), numbers))


def check_notes_and_contents(driver, base):
    resize(driver, *WIDTHS["wide"])
    driver.get(base + PAGES["policy"])
    reference = driver.find_element(By.CSS_SELECTOR, ".note-ref a")
    note_id = reference.get_attribute("href").split("#")[1]
    reference_id = reference.get_attribute("id")
    reference.click()
    note = driver.find_element(By.ID, note_id)
    check(driver.current_url.endswith("#" + note_id), f"a note reference leads to #{note_id}")
    check(in_view(driver, note), "the note is on screen after following its reference")
    note.find_element(By.CSS_SELECTOR, ".backref").click()
    check(driver.current_url.endswith("#" + reference_id), f"the note's back link returns to #{reference_id}")
    check(in_view(driver, driver.find_element(By.ID, reference_id)), "the reference is on screen again")

    driver.get(base + PAGES["policy"])
    link = driver.find_element(By.CSS_SELECTOR, '.toc a[href="#compliance"]')
    link.click()
    heading = driver.find_element(By.CSS_SELECTOR, "#compliance > h2")
    check(driver.current_url.endswith("#compliance"), "a contents link leads to its section")
    check(in_view(driver, heading), "the section's heading is on screen")
    toc = driver.find_element(By.CSS_SELECTOR, ".policy-body > .toc")
    check(in_view(driver, toc), "on a wide screen the contents stay beside the text while reading")
    text = driver.find_element(By.ID, "policy-text")
    check(toc.rect["x"] + toc.rect["width"] <= text.rect["x"], "the contents are left of the text at 1280 px")

    anchor = driver.find_element(By.CSS_SELECTOR, "#management > h2 > .anchor")
    check(style(driver, "#management > h2 > .anchor", "opacity") == "0", "a heading's anchor is hidden at rest")
    driver.execute_script("arguments[0].focus()", driver.find_element(By.CSS_SELECTOR, "#acquisition > h2 > .anchor"))
    driver.switch_to.active_element.send_keys(Keys.TAB)
    focused = driver.switch_to.active_element
    check(focused.get_attribute("href").endswith("#acquisition-business-meeting"), "Tab goes from a heading's anchor to its first clause's anchor")
    driver.execute_script("arguments[0].focus()", anchor)
    check(style(driver, "#management > h2 > .anchor", "opacity") == "1", "a heading's anchor shows on keyboard focus")

    resize(driver, *WIDTHS["phone"])
    driver.get(base + PAGES["policy"])
    toc = driver.find_element(By.CSS_SELECTOR, ".policy-body > .toc")
    text = driver.find_element(By.ID, "policy-text")
    check(toc.rect["y"] + toc.rect["height"] <= text.rect["y"], "on a phone the contents come before the text")
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= 390, f"nothing is wider than a 390 px phone ({width} px)")


def check_notices(driver, base):
    resize(driver, *WIDTHS["wide"])
    driver.get(base + PAGES["superseded"])
    notice = driver.find_element(By.CSS_SELECTOR, ".notice.superseded")
    check("This version was replaced on 1 April 2013." in notice.text, "a superseded revision says when it was replaced")
    notice.find_element(By.LINK_TEXT, "Read the current policy.").click()
    check(driver.current_url == base + PAGES["policy"], "its notice links the current policy")
    check(not driver.find_elements(By.CSS_SELECTOR, ".notice.superseded"), "the current policy has no such notice")
    scheduled = driver.find_element(By.CSS_SELECTOR, ".notice:not(.superseded):not(.upcoming)")
    check("A new version takes effect on 1 January 2030." in scheduled.text, "the current policy announces the next")

    driver.get(base + PAGES["scheduled"])
    notice = driver.find_element(By.CSS_SELECTOR, ".notice.upcoming")
    check("This version takes effect on 1 January 2030." in notice.text, "a scheduled revision says when it takes effect")

    driver.get(base + PAGES["policy-ja"])
    check(driver.find_element(By.ID, "toc-heading").text == "目次", "a Japanese policy's contents are 目次")
    check("2013年4月1日" in driver.find_element(By.CSS_SELECTOR, ".effective").text, "its dates are written 2013年4月1日")


def check_language_switch(driver, base):
    resize(driver, *WIDTHS["wide"])
    driver.get(base + PAGES["translated"])
    switcher = driver.find_element(By.CSS_SELECTOR, ".site-bar .languages")
    check(switcher.find_element(By.CSS_SELECTOR, "[aria-current]").text == "English", "the switcher marks English")
    alternates = {link.get_attribute("hreflang"): link.get_attribute("href")
                  for link in driver.find_elements(By.CSS_SELECTOR, "link[rel=alternate][hreflang]")}
    check(alternates.get("ja") == base + PAGES["translation"], "the English revision names its Japanese alternate")
    switcher.find_element(By.LINK_TEXT, "日本語").click()
    check(driver.current_url == base + PAGES["translation"], "日本語 leads to the revision that translates it")
    check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ja", "the translation's page is lang=ja")
    check(driver.find_element(By.ID, "toc-heading").text == "目次", "its words are Japanese")
    switcher = driver.find_element(By.CSS_SELECTOR, ".site-bar .languages")
    check(switcher.find_element(By.CSS_SELECTOR, "[aria-current]").text == "日本語", "the switcher marks 日本語")
    switcher.find_element(By.LINK_TEXT, "English").click()
    check(driver.current_url == base + PAGES["translated"], "English leads back to the revision it translates")


def check_media(driver, base):
    resize(driver, *WIDTHS["wide"])
    driver.get(base + PAGES["policy"])
    media(driver, scheme="light")
    light = luminance(style(driver, "body", "background-color"))
    media(driver, scheme="dark")
    dark = luminance(style(driver, "body", "background-color"))
    ink = luminance(style(driver, "body", "color"))
    check(light > 0.9 and dark < 0.1 and ink > 0.7, f"dark mode darkens the page ({light:.2f} → {dark:.2f})")
    media(driver, kind="print")
    hidden = [selector for selector in [".site-bar", ".toc", ".page-links", ".revisions", ".site-footer"]
              if style(driver, selector, "display") != "none"]
    check(not hidden, f"the print stylesheet drops navigation{' (shown: ' + ', '.join(hidden) + ')' if hidden else ''}")
    check(style(driver, "#policy-text", "display") != "none", "the print stylesheet keeps the text")
    media(driver)


def screenshots(driver, base, folder):
    folder.mkdir(parents=True, exist_ok=True)
    for width_name, (width, height) in WIDTHS.items():
        resize(driver, width, height)
        for name, path in PAGES.items():
            driver.get(base + path)
            driver.save_screenshot(str(folder / f"{name}-{width}.png"))
        driver.get(base + PAGES["policy"] + "#disclosure")
        driver.save_screenshot(str(folder / f"policy-reading-{width}.png"))
        media(driver, scheme="dark")
        driver.get(base + PAGES["policy"])
        driver.save_screenshot(str(folder / f"policy-dark-{width}.png"))
        driver.get(base + PAGES["redline"])
        driver.save_screenshot(str(folder / f"redline-dark-{width}.png"))
        media(driver)
    print(f"screenshots in {folder}/")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("codicil", help="the codicil binary")
    parser.add_argument("--screenshots", default="ci-artifacts/screenshots", help="where to put the screenshots")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="codicil-browser-") as temporary:
        site = build_site(arguments.codicil, pathlib.Path(temporary))
        valid = subprocess.run([sys.executable, str(REPOSITORY / "scripts/check-html5.py"), str(site)])
        check(valid.returncode == 0, "every page of the site is valid HTML5")
        server, base = serve(site)
        driver = browser()
        try:
            check_notes_and_contents(driver, base)
            check_notices(driver, base)
            check_language_switch(driver, base)
            check_media(driver, base)
            screenshots(driver, base, pathlib.Path(arguments.screenshots))
        finally:
            driver.quit()
            server.shutdown()
    print(f"browser test: {len(failures)} failed" if failures else "browser test: every check passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
