"""Thin wrapper around async_playwright for the agent."""
from __future__ import annotations

import base64
import logging
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import AsyncIterator

from playwright.async_api import Browser, BrowserContext, Page, async_playwright

from qa_agent.config import get_settings

logger = logging.getLogger(__name__)


@dataclass
class BrowserSession:
    browser: Browser
    context: BrowserContext
    page: Page
    trace_path: Path | None = None

    async def screenshot_b64(self, full_page: bool = False) -> str:
        png = await self.page.screenshot(full_page=full_page, type="png")
        return base64.b64encode(png).decode("ascii")

    async def screenshot_bytes(self) -> bytes:
        return await self.page.screenshot(type="png")

    async def accessibility_outline(self, limit: int = 6000) -> str:
        """Aria snapshot is a lot cheaper for the model than raw HTML."""
        try:
            snap = await self.page.locator("body").aria_snapshot()
        except Exception:  # older playwright
            snap = await self.page.inner_text("body")
        return snap[:limit]

    async def new_tab(self) -> Page:
        page = await self.context.new_page()
        self.page = page
        return page


@asynccontextmanager
async def launch_session(start_url: str | None = None, trace: bool = False) -> AsyncIterator[BrowserSession]:
    settings = get_settings()
    async with async_playwright() as p:
        browser = await p.chromium.launch(headless=settings.headless, slow_mo=settings.slow_mo_ms)
        context = await browser.new_context(
            viewport={"width": settings.viewport_width, "height": settings.viewport_height},
            ignore_https_errors=True,
        )
        if trace:
            await context.tracing.start(screenshots=True, snapshots=True)
        page = await context.new_page()
        page.set_default_timeout(15_000)
        if start_url:
            logger.info("opening %s", start_url)
            await page.goto(start_url, wait_until="domcontentloaded")
        session = BrowserSession(browser=browser, context=context, page=page)
        try:
            yield session
        finally:
            if trace:
                settings.artifacts_dir.mkdir(parents=True, exist_ok=True)
                session.trace_path = settings.artifacts_dir / "trace.zip"
                await context.tracing.stop(path=str(session.trace_path))
            await context.close()
            await browser.close()


async def save_storage_state(session: BrowserSession, name: str) -> Path:
    """Persist cookies/localStorage so later runs can skip the login flow."""
    settings = get_settings()
    path = settings.artifacts_dir / "auth" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    await session.context.storage_state(path=str(path))
    return path


@asynccontextmanager
async def launch_authenticated(start_url: str, state_name: str) -> AsyncIterator[BrowserSession]:
    settings = get_settings()
    state = settings.artifacts_dir / "auth" / f"{state_name}.json"
    if not state.exists():
        raise FileNotFoundError(f"no saved auth state {state}; run `qa-agent login` first")
    async with async_playwright() as p:
        browser = await p.chromium.launch(headless=settings.headless)
        context = await browser.new_context(storage_state=str(state))
        page = await context.new_page()
        await page.goto(start_url)
        try:
            yield BrowserSession(browser=browser, context=context, page=page)
        finally:
            await context.close()
            await browser.close()


async def install_console_capture(page: Page) -> None:
    """Collect console errors into window.__qaConsoleErrors for BasePage.console_errors()."""
    await page.add_init_script(
        """
        window.__qaConsoleErrors = [];
        const orig = console.error;
        console.error = function(...args) {
          window.__qaConsoleErrors.push(args.map(String).join(' '));
          return orig.apply(console, args);
        };
        window.addEventListener('error', e => window.__qaConsoleErrors.push(String(e.message)));
        """
    )
