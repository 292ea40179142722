from __future__ import annotations

from playwright.async_api import expect

from qa_agent.pages.base_page import BasePage


class LoginPage(BasePage):
    path = "/login"

    @property
    def email(self):
        return self.page.get_by_label("Email")

    @property
    def password(self):
        return self.page.get_by_label("Password")

    @property
    def submit(self):
        return self.page.get_by_role("button", name="Sign in")

    async def login(self, email: str, password: str) -> None:
        await self.email.fill(email)
        await self.password.fill(password)
        await self.submit.click()
        await self.page.wait_for_load_state("networkidle")

    async def expect_error(self, message: str) -> None:
        await expect(self.page.locator(".form-error")).to_contain_text(message)
