"""Fill in missing alt texts of Markdown images."""
from __future__ import annotations

import logging
import re
from pathlib import Path, PurePosixPath

from doctools.alt_text import describe_image
from doctools.cache import DiskCache, content_key

log = logging.getLogger("mkdocs.plugins.ai_summaries.alt_text")

# ![](path "title") with an empty alt
EMPTY_ALT = re.compile(r"!\[\]\((?P<src>[^)\s]+)(?P<rest>[^)]*)\)")
LARGE_IMAGE = 4 * 1024 * 1024


class AltTextRewriter:
    def __init__(self, client, docs_dir: Path, cache: DiskCache | None = None, model: str = "gpt-4.1-mini") -> None:
        self.client = client
        self.docs_dir = docs_dir
        self.cache = cache
        self.model = model

    def rewrite(self, markdown: str, page_title: str, page_src: str) -> str:
        def replace(match: re.Match) -> str:
            src = match.group("src")
            start = max(0, match.start() - 600)
            context = markdown[start : match.end() + 600]
            alt = self._alt_for(src, page_title, page_src, context)
            if not alt:
                return match.group(0)
            alt = alt.replace("]", ")").replace("[", "(")
            return f"![{alt}]({src}{match.group('rest')})"

        return EMPTY_ALT.sub(replace, markdown)

    def _alt_for(self, src: str, title: str, page_src: str, context: str) -> str | None:
        key = content_key("alt", src, context)
        if self.cache and (hit := self.cache.get(key)):
            return hit
        if src.startswith(("http://", "https://")):
            alt = self._describe_remote(src, title, context)
        else:
            path = self.docs_dir / PurePosixPath(page_src).parent / src
            if not path.exists():
                log.warning("image %s referenced from %s not found", src, page_src)
                return None
            alt = self._describe_large(path, title) if path.stat().st_size > LARGE_IMAGE else describe_image(path, title, context)
        if alt and self.cache:
            self.cache.set(key, alt)
        return alt

    def _describe_remote(self, url: str, title: str, context: str) -> str:
        response = self.client.responses.create(
            model=self.model,
            input=[
                {
                    "role": "user",
                    "content": [
                        {"type": "input_text", "text": f"Write alt text (max 125 chars) for this image on '{title}'. Context: {context[:800]}"},
                        {"type": "input_image", "image_url": url},
                    ],
                }
            ],
            max_output_tokens=80,
        )
        return response.output_text.strip()

    def _describe_large(self, path: Path, title: str) -> str:
        """Big screenshots go through the Files API instead of inline base64."""
        with path.open("rb") as fh:
            uploaded = self.client.files.create(file=fh, purpose="vision")
        try:
            response = self.client.responses.create(
                model=self.model,
                input=[
                    {
                        "role": "user",
                        "content": [
                            {"type": "input_text", "text": f"Write alt text (max 125 chars) for this screenshot from '{title}'."},
                            {"type": "input_image", "file_id": uploaded.id},
                        ],
                    }
                ],
                max_output_tokens=80,
            )
        finally:
            self.client.files.delete(uploaded.id)
        return response.output_text.strip()
