"""Experimental: drive the page with OpenAI's computer-use tool (Responses API).

Unlike `Agent`, the model emits low-level mouse/keyboard actions and we replay
them on the Playwright page.
"""
from __future__ import annotations

import asyncio
import base64
import logging
from typing import Any

from qa_agent.browser.session import BrowserSession
from qa_agent.config import get_settings
from qa_agent.llm import get_openai_client

logger = logging.getLogger(__name__)

KEY_MAP = {"ENTER": "Enter", "ESC": "Escape", "TAB": "Tab", "BACKSPACE": "Backspace", "CTRL": "Control"}


class ComputerUseDriver:
    def __init__(self, session: BrowserSession, model: str = "computer-use-preview") -> None:
        self.session = session
        self.model = model
        self._client = get_openai_client()
        s = get_settings()
        self._tool = {
            "type": "computer_use_preview",
            "display_width": s.viewport_width,
            "display_height": s.viewport_height,
            "environment": "browser",
        }

    async def _perform(self, action: Any) -> None:
        page = self.session.page
        kind = action.type
        if kind == "click":
            await page.mouse.click(action.x, action.y, button=getattr(action, "button", "left"))
        elif kind == "double_click":
            await page.mouse.dblclick(action.x, action.y)
        elif kind == "scroll":
            await page.mouse.move(action.x, action.y)
            await page.evaluate(f"window.scrollBy({action.scroll_x}, {action.scroll_y})")
        elif kind == "type":
            await page.keyboard.type(action.text)
        elif kind == "keypress":
            for key in action.keys:
                await page.keyboard.press(KEY_MAP.get(key.upper(), key))
        elif kind == "wait":
            await asyncio.sleep(1.5)
        elif kind == "screenshot":
            pass
        else:
            logger.warning("unhandled computer action %s", kind)

    async def run(self, task: str, max_turns: int = 20) -> str:
        response = self._client.responses.create(
            model=self.model,
            tools=[self._tool],
            input=[{"role": "user", "content": task}],
            reasoning={"summary": "concise"},
            truncation="auto",
        )
        for _ in range(max_turns):
            calls = [item for item in response.output if item.type == "computer_call"]
            if not calls:
                return response.output_text
            call = calls[0]
            await self._perform(call.action)
            png = await self.session.screenshot_bytes()
            response = self._client.responses.create(
                model=self.model,
                previous_response_id=response.id,
                tools=[self._tool],
                input=[
                    {
                        "type": "computer_call_output",
                        "call_id": call.call_id,
                        "acknowledged_safety_checks": call.pending_safety_checks,
                        "output": {
                            "type": "input_image",
                            "image_url": "data:image/png;base64," + base64.b64encode(png).decode(),
                        },
                    }
                ],
                truncation="auto",
            )
        logger.info("computer-use hit max_turns=%d", max_turns)
        return response.output_text
