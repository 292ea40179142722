"""/web <url>: fetch a page, convert to markdown and add it to the chat."""

import os
import re
from typing import Optional

import httpx

from .logging_setup import get_logger

log = get_logger(__name__)

USER_AGENT = "Mozilla/5.0 (compatible; termcoder/0.14; +https://termcoder.dev)"
MAX_PAGE_CHARS = 200_000
CONDENSE_OVER_CHARS = 40_000

ANTHROPIC_MESSAGES_URL = "https://api.anthropic.com/v1/messages"
CONDENSE_MODEL = "claude-3-5-haiku-latest"


def html_to_markdown(html: str) -> str:
    try:
        import markdownify
    except ImportError:
        text = re.sub(r"<script.*?</script>|<style.*?</style>", "", html, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        return re.sub(r"\s+\n", "\n", re.sub(r"[ \t]+", " ", text))
    return markdownify.markdownify(html, heading_style="ATX", strip=["script", "style"])


class Scraper:
    def __init__(self, timeout: float = 20.0, condense: bool = True):
        self.timeout = timeout
        self.condense = condense

    def fetch(self, url: str) -> Optional[str]:
        try:
            resp = httpx.get(
                url,
                headers={"User-Agent": USER_AGENT},
                follow_redirects=True,
                timeout=self.timeout,
            )
            resp.raise_for_status()
        except httpx.HTTPError as err:
            log.warning("fetching %s failed: %s", url, err)
            return None
        ctype = resp.headers.get("content-type", "")
        text = resp.text[:MAX_PAGE_CHARS]
        if "html" in ctype:
            text = html_to_markdown(text)
        return text

    def _condense(self, url: str, markdown: str) -> str:
        """Big pages (API references mostly) get boiled down before they hit the chat."""
        api_key = os.environ.get("ANTHROPIC_API_KEY")
        if not api_key:
            return markdown[:CONDENSE_OVER_CHARS]
        resp = httpx.post(
            ANTHROPIC_MESSAGES_URL,
            headers={
                "x-api-key": api_key,
                "anthropic-version": "2023-06-01",
                "content-type": "application/json",
            },
            json={
                "model": CONDENSE_MODEL,
                "max_tokens": 4096,
                "system": "Condense this web page to the parts a programmer needs. Keep code samples verbatim.",
                "messages": [{"role": "user", "content": f"URL: {url}\n\n{markdown}"}],
            },
            timeout=120,
        )
        if resp.status_code != 200:
            log.warning("condense failed (%s): %s", resp.status_code, resp.text[:200])
            return markdown[:CONDENSE_OVER_CHARS]
        data = resp.json()
        return "".join(b.get("text", "") for b in data.get("content", []))

    def scrape(self, url: str) -> Optional[str]:
        text = self.fetch(url)
        if text is None:
            return None
        if self.condense and len(text) > CONDENSE_OVER_CHARS:
            text = self._condense(url, text)
        return text
