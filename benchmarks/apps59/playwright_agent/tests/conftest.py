from __future__ import annotations

import os

import pytest

from qa_agent.llm.clients import reset_clients

os.environ.setdefault("OPENAI_API_KEY", "sk-test")
os.environ.setdefault("ANTHROPIC_API_KEY", "sk-ant-test")
os.environ.setdefault("GOOGLE_API_KEY", "test")
os.environ.setdefault("FIREWORKS_API_KEY", "fw-test")

APP_HTML = """<!doctype html><html><head><title>Demo Shop</title></head><body>
<form id="login"><label>Email <input name="email" type="email" required></label>
<label>Password <input name="password" type="password" required></label>
<button type="submit">Sign in</button></form>
<input type="search" role="searchbox" name="q">
</body></html>"""


@pytest.fixture(autouse=True)
def _fresh_clients():
    reset_clients()
    yield
    reset_clients()


@pytest.fixture
def demo_page(page):
    """pytest-playwright `page` with a static demo app loaded."""
    page.set_content(APP_HTML)
    return page


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    return {**browser_context_args, "viewport": {"width": 1280, "height": 800}}
