"""The ``ai-docs`` MkDocs plugin."""

from __future__ import annotations

import fnmatch
import json
import logging
import os
from pathlib import Path
from typing import Any, Optional

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from mkdocs_ai_docs import prompts
from mkdocs_ai_docs.cache import ResponseCache
from mkdocs_ai_docs.config import AiDocsConfig, resolve_model
from mkdocs_ai_docs.features import AltTextWriter, GlossaryBuilder, PageSummarizer, Translator
from mkdocs_ai_docs.features.search_embeddings import build_index
from mkdocs_ai_docs.providers import Backend, clients, get_backend
from mkdocs_ai_docs.services.llm_usage_tracker import llm_tracker
from mkdocs_ai_docs.services.multi_model_service import multi_model_service
from mkdocs_ai_docs.utils.costs import format_cost
from mkdocs_ai_docs.utils.markdown import insert_summary

log = logging.getLogger("mkdocs.plugins.ai_docs")


class AiDocsPlugin(BasePlugin[AiDocsConfig]):
    supports_multiple_instances = False

    def __init__(self) -> None:
        self.backend: Optional[Backend] = None
        self.cache: Optional[ResponseCache] = None
        self.summarizer: Optional[PageSummarizer] = None
        self.alt_writer: Optional[AltTextWriter] = None
        self.glossary: Optional[GlossaryBuilder] = None
        self.translator: Optional[Translator] = None
        self._clients: dict[str, Any] = {}
        self._summaries: dict[str, str] = {}
        self._descriptions: dict[str, str] = {}
        self._translated_src: list[tuple[Path, str]] = []
        self._is_serve = False

    # ------------------------------------------------------------------ config
    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._is_serve = command == "serve"

    def on_config(self, config: MkDocsConfig) -> Optional[MkDocsConfig]:
        if not self.config.enabled:
            return config
        offline = self.config.offline or os.environ.get("AI_DOCS_OFFLINE") == "1"
        self.config.offline = offline

        cache_dir = Path(config.config_file_path or ".").parent / self.config.cache_dir
        self.cache = ResponseCache(cache_dir)
        llm_tracker.configure(cache_dir)

        try:
            self.backend = get_backend(
                self.config.provider,
                model=resolve_model(self.config),
                temperature=self.config.temperature,
                api_key_env=self.config.api_key_env,
                base_url=self.config.base_url,
            )
        except ValueError as exc:
            raise PluginError(str(exc)) from exc
        multi_model_service.configure(self.backend)

        # shared SDK clients for features that need a specific vendor
        self._clients["openai"] = clients.get_openai_client(self.config.api_key_env if self.config.provider == "openai" else None)
        if self.config.translation_provider == "anthropic" or self.config.languages:
            self._clients["anthropic"] = clients.get_anthropic_client()
        if self.config.glossary and os.environ.get("CO_API_KEY"):
            self._clients["cohere"] = clients.get_cohere_client()
        if self.config.alt_text_provider == "google":
            self._clients["google"] = clients.get_genai_client()

        if self.config.summaries:
            self.summarizer = PageSummarizer(
                self.backend,
                self.cache,
                max_words=self.config.summary_max_words,
                max_page_tokens=self.config.max_page_tokens,
                offline=offline,
            )
        if self.config.alt_text:
            self.alt_writer = AltTextWriter(
                self.cache,
                config.docs_dir,
                openai_client=self._clients.get("openai"),
                genai_client=self._clients.get("google"),
                model=self.config.vision_model or "gpt-4o",
            )
        if self.config.glossary:
            self.glossary = GlossaryBuilder(self.backend, self.cache, co=self._clients.get("cohere"))
        if self.config.languages:
            self.translator = Translator(self._clients["anthropic"], self.cache)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        llm_tracker.reset()
        self._summaries.clear()
        self._descriptions.clear()
        self._translated_src.clear()
        if self.glossary is not None:
            self.glossary.terms.clear()
            self.glossary.pages_for.clear()

    # ------------------------------------------------------------------ pages
    def _excluded(self, src_uri: str) -> bool:
        return any(fnmatch.fnmatch(src_uri, pat) for pat in self.config.exclude)

    @event_priority(-50)
    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> Optional[str]:
        if not self.config.enabled or self._excluded(page.file.src_uri):
            return markdown
        if page.meta.get("ai_docs") is False:
            return markdown

        if self.alt_writer is not None and not self.config.offline:
            markdown = self.alt_writer.process(markdown, page.file.src_uri)

        if self.summarizer is not None and not page.meta.get("summary"):
            summary = self.summarizer.summarize(markdown, page.file.src_uri)
            if summary:
                self._summaries[page.file.src_uri] = summary
                if self.config.summary_style == "meta":
                    page.meta["summary"] = summary
                else:
                    markdown = insert_summary(markdown, summary, self.config.summary_style)

        if not page.meta.get("description") and "anthropic" in self._clients and not self.config.offline:
            self._descriptions[page.url] = self._describe(markdown)

        if self.glossary is not None and page.file.src_uri != self.config.glossary_page:
            self.glossary.collect(markdown, page.url)

        if self.translator is not None and not self._is_serve:
            self._translated_src.append((Path(page.file.abs_src_path), markdown))
        return markdown

    def _describe(self, markdown: str) -> str:
        key = ResponseCache.key_for("meta-description", markdown)
        cached = self.cache.get("descriptions", key)
        if cached:
            return cached
        message = self._clients["anthropic"].messages.create(
            model="claude-3-5-haiku-latest",
            max_tokens=100,
            messages=[{"role": "user", "content": prompts.DESCRIPTION_PROMPT.format(body=markdown[:6000])}],
        )
        text = message.content[0].text.strip().strip('"')[:155]
        self.cache.set("descriptions", key, text, "claude-3-5-haiku-latest")
        return text

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> Optional[str]:
        description = self._descriptions.get(page.url)
        if not description or 'name="description"' in output:
            return output
        tag = f'<meta name="description" content="{description.replace(chr(34), "&quot;")}">'
        return output.replace("</head>", f"  {tag}\n</head>", 1)

    # ------------------------------------------------------------------ build
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if not self.config.enabled:
            return
        site_dir = Path(config.site_dir)

        if self.glossary is not None:
            glossary_md = self.glossary.render(polish=not self._is_serve)
            target = Path(config.docs_dir) / self.config.glossary_page
            if not target.exists() or target.read_text("utf-8") != glossary_md:
                target.write_text(glossary_md, "utf-8")
                log.info("ai-docs: updated %s (%d terms)", target, len(self.glossary.terms))

        if self.translator is not None:
            for src, markdown in self._translated_src:
                for path in self.translator.write_translations(src, markdown, self.config.languages):
                    log.info("ai-docs: wrote translation %s", path)

        if self.config.search_embeddings:
            index = site_dir / "search" / "search_index.json"
            if index.exists():
                docs = json.loads(index.read_text("utf-8"))["docs"]
                build_index(docs, self.config.embeddings_provider, str(site_dir))

        if self.config.llms_txt and self._summaries:
            self._write_llms_txt(config, site_dir)

        stats = llm_tracker.summary()
        log.info(
            "ai-docs: %d LLM calls, %d in / %d out tokens, ~%s (cache hits %d, misses %d)",
            stats["calls"], stats["input_tokens"], stats["output_tokens"], format_cost(stats["cost_usd"]),
            self.cache.hits, self.cache.misses,
        )

    def _write_llms_txt(self, config: MkDocsConfig, site_dir: Path) -> None:
        pages = "\n".join(f"- {uri}: {summary}" for uri, summary in sorted(self._summaries.items()))
        intro = ""
        if not self.config.offline:
            resp = self._clients["openai"].responses.create(
                model="gpt-4o-mini",
                input=prompts.LLMS_TXT_PROMPT.format(site_name=config.site_name, pages=pages),
                max_output_tokens=300,
            )
            intro = resp.output_text.strip()
        base = (config.site_url or "/").rstrip("/")
        lines = [f"# {config.site_name}", "", f"> {intro}" if intro else "", "", "## Pages", ""]
        for uri, summary in sorted(self._summaries.items()):
            url = uri[:-3] + "/" if uri.endswith(".md") else uri
            lines.append(f"- [{uri}]({base}/{url}): {summary.splitlines()[0]}")
        (site_dir / "llms.txt").write_text("\n".join(lines) + "\n", "utf-8")

    def on_shutdown(self) -> None:
        clients.reset_clients()
