from __future__ import annotations

from dataclasses import dataclass

from qa_agent.pages.base_page import BasePage


@dataclass
class Address:
    name: str
    street: str
    city: str
    postcode: str
    country: str = "GB"


class CheckoutPage(BasePage):
    path = "/checkout"

    async def fill_address(self, address: Address) -> None:
        form = self.page.locator("form#shipping")
        await form.get_by_label("Full name").fill(address.name)
        await form.get_by_label("Street").fill(address.street)
        await form.get_by_label("City").fill(address.city)
        await form.get_by_label("Postcode").fill(address.postcode)
        await form.get_by_label("Country").select_option(address.country)

    async def place_order(self) -> str:
        await self.page.get_by_role("button", name="Place order").click()
        confirmation = self.page.locator("[data-test=order-number]")
        await confirmation.wait_for(timeout=20_000)
        return (await confirmation.inner_text()).strip()

    async def line_items(self) -> list[dict[str, str]]:
        rows = self.page.locator("table.cart tbody tr")
        items = []
        for i in range(await rows.count()):
            cells = rows.nth(i).locator("td")
            items.append({
                "name": (await cells.nth(0).inner_text()).strip(),
                "qty": (await cells.nth(1).inner_text()).strip(),
                "price": (await cells.nth(2).inner_text()).strip(),
            })
        return items
