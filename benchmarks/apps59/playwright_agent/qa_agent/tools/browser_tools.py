"""Each tool takes (page, action) and returns a short human-readable outcome."""
from __future__ import annotations

from urllib.parse import urljoin

from playwright.async_api import Error as PlaywrightError
from playwright.async_api import Page, TimeoutError as PlaywrightTimeout

from qa_agent.agent.actions import Action


class ToolError(RuntimeError):
    pass


def _locator(page: Page, selector: str):
    if selector.startswith("role="):
        # role=button[name="Save"]
        role, _, rest = selector[5:].partition("[")
        name = rest.split("=", 1)[1].rstrip("]").strip("\"'") if "=" in rest else None
        return page.get_by_role(role, name=name) if name else page.get_by_role(role)
    if selector.startswith("label="):
        return page.get_by_label(selector[6:])
    if selector.startswith("text="):
        return page.get_by_text(selector[5:], exact=False)
    return page.locator(selector)


async def click(page: Page, action: Action) -> str:
    if not action.selector:
        raise ToolError("click needs a selector")
    try:
        await _locator(page, action.selector).first.click(timeout=5_000)
    except PlaywrightTimeout:
        raise ToolError(f"nothing clickable at {action.selector}") from None
    await page.wait_for_load_state("domcontentloaded")
    return f"clicked {action.selector}; now at {page.url}"


async def fill(page: Page, action: Action) -> str:
    if not action.selector:
        raise ToolError("fill needs a selector")
    try:
        await _locator(page, action.selector).first.fill(action.text or "", timeout=5_000)
    except PlaywrightError as exc:
        raise ToolError(str(exc).splitlines()[0]) from None
    return f"filled {action.selector} with {len(action.text or '')} chars"


async def goto(page: Page, action: Action) -> str:
    if not action.url:
        raise ToolError("goto needs a url")
    target = urljoin(page.url, action.url)
    resp = await page.goto(target, wait_until="domcontentloaded")
    status = resp.status if resp else "?"
    return f"navigated to {target} (HTTP {status})"


async def press(page: Page, action: Action) -> str:
    key = action.text or "Enter"
    await page.keyboard.press(key)
    return f"pressed {key}"


async def scroll(page: Page, action: Action) -> str:
    dy = int(action.extra.get("dy", 600))
    await page.mouse.wheel(0, dy)
    return f"scrolled by {dy}px"


async def assert_visible(page: Page, action: Action) -> str:
    """Used by replayed test plans: fail loudly if an element is missing."""
    if not action.selector:
        raise ToolError("assert_visible needs a selector")
    loc = _locator(page, action.selector)
    if await loc.count() == 0:
        raise ToolError(f"{action.selector} not found")
    if not await loc.first.is_visible():
        raise ToolError(f"{action.selector} present but hidden")
    return f"{action.selector} visible"


async def upload(page: Page, action: Action) -> str:
    if not action.selector or not action.text:
        raise ToolError("upload needs selector and file path in text")
    await _locator(page, action.selector).set_input_files(action.text)
    return f"uploaded {action.text}"


async def select(page: Page, action: Action) -> str:
    if not action.selector:
        raise ToolError("select needs a selector")
    chosen = await _locator(page, action.selector).select_option(label=action.text)
    return f"selected {chosen}"


async def hover(page: Page, action: Action) -> str:
    if not action.selector:
        raise ToolError("hover needs a selector")
    await _locator(page, action.selector).first.hover()
    return f"hovered {action.selector}"
