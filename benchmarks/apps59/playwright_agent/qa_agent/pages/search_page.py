from __future__ import annotations

from qa_agent.pages.base_page import BasePage


class SearchPage(BasePage):
    path = "/search"

    async def search(self, query: str) -> int:
        box = self.page.get_by_role("searchbox")
        await box.fill(query)
        await box.press("Enter")
        await self.page.wait_for_selector(".results, .no-results")
        return await self.page.locator(".results .result").count()

    async def first_result_title(self) -> str | None:
        first = self.page.locator(".results .result h3").first
        if not await first.is_visible():
            return None
        return await first.inner_text()
