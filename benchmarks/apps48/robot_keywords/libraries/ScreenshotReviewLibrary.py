"""Visual review of screenshots with a vision model.

Used after SeleniumLibrary/Browser `Take Screenshot` to catch broken layouts
that pixel diffs miss (truncated labels, overlapping dialogs)."""
from __future__ import annotations

import base64
from pathlib import Path

from robot.api import logger
from robot.api.deco import keyword, library
from robot.libraries.BuiltIn import BuiltIn

from resources import settings

VISION_PROMPT = (
    "You review web UI screenshots for layout bugs: overlapping elements, cut-off "
    "text, untranslated strings, empty states. Reply 'OK' or list the problems."
)


@library(scope="TEST")
class ScreenshotReviewLibrary:
    ROBOT_LIBRARY_SCOPE = "TEST"

    def __init__(self, model: str = "gpt-4o") -> None:
        self.model = model

    def _client(self):
        # reuse the GLOBAL LLMLibrary clients instead of building our own
        return BuiltIn().get_library_instance("LLMLibrary").client

    @keyword("Screenshot Should Look Fine")
    def screenshot_should_look_fine(self, path: str) -> None:
        data = base64.b64encode(Path(path).read_bytes()).decode()
        resp = self._client().responses.create(
            model=self.model,
            instructions=VISION_PROMPT,
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": "Review this screenshot."},
                        {"type": "input_image", "image_url": f"data:image/png;base64,{data}"},
                    ],
                }
            ],
        )
        verdict = resp.output_text.strip()
        logger.info(f"Vision review of {path}: {verdict}", html=False)
        if not verdict.upper().startswith("OK"):
            raise AssertionError(verdict)

    @keyword("Upload Screenshot For Batch Review")
    def upload_screenshot_for_batch_review(self, path: str) -> str:
        with open(path, "rb") as fh:
            uploaded = self._client().files.create(file=fh, purpose="vision")
        return uploaded.id
