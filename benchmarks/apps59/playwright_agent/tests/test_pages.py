"""Page-object tests against static HTML via pytest-playwright's sync `page` fixture."""
from playwright.sync_api import expect


def test_login_form_fields_visible(demo_page):
    expect(demo_page.get_by_label("Email")).to_be_visible()
    expect(demo_page.get_by_role("button", name="Sign in")).to_be_enabled()


def test_title(demo_page):
    expect(demo_page).to_have_title("Demo Shop")


def test_fill_email(demo_page):
    demo_page.get_by_label("Email").fill("qa@example.com")
    assert demo_page.input_value("[name=email]") == "qa@example.com"


def test_new_page_in_browser(browser):
    context = browser.new_context()
    p = context.new_page()
    p.set_content("<h1>hi</h1>")
    assert p.inner_text("h1") == "hi"
    context.close()
