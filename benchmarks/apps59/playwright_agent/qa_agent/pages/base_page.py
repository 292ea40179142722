from __future__ import annotations

from playwright.async_api import Locator, Page, expect


class BasePage:
    path: str = "/"

    def __init__(self, page: Page, base_url: str) -> None:
        self.page = page
        self.base_url = base_url.rstrip("/")

    @property
    def url(self) -> str:
        return f"{self.base_url}{self.path}"

    async def open(self) -> "BasePage":
        await self.page.goto(self.url, wait_until="domcontentloaded")
        return self

    def by_test_id(self, test_id: str) -> Locator:
        return self.page.get_by_test_id(test_id)

    async def toast_text(self) -> str | None:
        toast = self.page.locator("[role=status], .toast, .alert")
        if await toast.count() == 0:
            return None
        return (await toast.first.inner_text()).strip()

    async def expect_title_contains(self, text: str) -> None:
        await expect(self.page).to_have_title(text)

    async def console_errors(self) -> list[str]:
        return await self.page.evaluate("() => (window.__qaConsoleErrors || []).slice(-20)")

    async def wait_for_spinner_gone(self, timeout: int = 10_000) -> None:
        spinner = self.page.locator(".spinner, [aria-busy=true]")
        if await spinner.count():
            await spinner.first.wait_for(state="hidden", timeout=timeout)

    async def broken_images(self) -> list[str]:
        return await self.page.evaluate(
            "() => Array.from(document.images).filter(i => i.complete && i.naturalWidth === 0).map(i => i.src)"
        )

    async def dismiss_cookie_banner(self) -> bool:
        for name in ("Accept all", "Accept", "I agree", "OK"):
            btn = self.page.get_by_role("button", name=name)
            if await btn.count() and await btn.first.is_visible():
                await btn.first.click()
                return True
        return False
