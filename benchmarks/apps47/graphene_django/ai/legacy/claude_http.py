"""Raw HTTP access to the Anthropic Messages API (httpx).

Written for the edge worker where we could not install the SDK. Kept for the
'explain this paragraph' browser extension endpoint.
"""
import os

import httpx

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"
HEADERS = {
    "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
    "anthropic-version": "2023-06-01",
    "content-type": "application/json",
}


async def explain_paragraph(paragraph: str, reading_level: str = "general") -> str:
    async with httpx.AsyncClient(timeout=30) as http:
        resp = await http.post(
            ANTHROPIC_URL,
            headers=HEADERS,
            json={
                "model": "claude-3-5-haiku-latest",
                "max_tokens": 300,
                "messages": [
                    {
                        "role": "user",
                        "content": f"Explain for a {reading_level} reader:\n\n{paragraph}",
                    }
                ],
            },
        )
        resp.raise_for_status()
        data = resp.json()
    return data["content"][0]["text"]


def fetch_status() -> dict:
    # Status page, not the API.
    return httpx.get("https://status.anthropic.com/api/v2/status.json", timeout=5).json()
