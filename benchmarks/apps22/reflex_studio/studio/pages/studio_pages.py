"""Copywriter, image lab, tools and settings pages.

(Originally one file per page; collapsed here when the pages got small.)
"""
import reflex as rx

from studio.components import image_card, page_shell
from studio.state.copywriter import CopyState, CopyVariantsState
from studio.state.images import STYLE_PRESETS, ImageState
from studio.state.settings import SettingsState
from studio.state.tools import LibraryState, LocalizeState, SEOState


def copy_page() -> rx.Component:
    return page_shell(
        rx.input(placeholder="Topic", value=CopyState.topic, on_change=CopyState.set_topic, width="100%"),
        rx.hstack(
            rx.select(["linkedin", "twitter", "email", "blog_intro"], value=CopyState.channel, on_change=CopyState.set_channel),
            rx.select(["confident", "playful", "formal"], value=CopyState.tone, on_change=CopyState.set_tone),
            rx.button("Generate", on_click=CopyState.generate, loading=CopyState.generating),
            rx.button("Headlines", variant="soft", on_click=CopyState.headline_ideas),
            rx.button("Critique", variant="soft", on_click=CopyState.run_critique),
            rx.button("Tokens?", variant="ghost", on_click=CopyState.estimate),
        ),
        rx.text_area(value=CopyState.output, on_change=CopyState.set_output, rows="12", width="100%"),
        rx.hstack(
            rx.text(CopyState.char_count, " chars", color=rx.cond(CopyState.over_limit, "red", "gray")),
            rx.text("~", CopyState.token_estimate, " input tokens", size="1"),
            rx.spacer(),
            rx.button("Save", on_click=CopyState.save),
        ),
        rx.foreach(CopyState.flagged_reasons, lambda r: rx.badge(r, color_scheme="red")),
        rx.foreach(CopyState.headlines, rx.text),
        rx.cond(CopyState.critique != "", rx.callout(CopyState.critique)),
        rx.divider(),
        rx.button("A/B variants", on_click=CopyVariantsState.make_variants),
        rx.foreach(CopyVariantsState.variants, lambda v: rx.card(rx.markdown(v))),
        title="Copywriter",
    )


def images_page() -> rx.Component:
    return page_shell(
        rx.text_area(value=ImageState.prompt, on_change=ImageState.set_prompt, placeholder="Describe the image"),
        rx.hstack(
            rx.select(["square", "landscape", "portrait", "story", "banner"], value=ImageState.aspect, on_change=ImageState.set_aspect),
            rx.select(list(STYLE_PRESETS), value=ImageState.style, on_change=ImageState.set_style),
            rx.button("Preview", on_click=ImageState.preview, loading=ImageState.running),
            rx.button("Batch x4", variant="soft", on_click=ImageState.start_batch(4)),
            rx.button("Cancel", variant="ghost", on_click=ImageState.cancel),
        ),
        rx.text(ImageState.job_status, size="1"),
        rx.flex(
            rx.foreach(
                ImageState.images,
                lambda url: image_card(
                    url,
                    on_describe=ImageState.describe(url),
                    on_remix=ImageState.remix(url),
                    alt=ImageState.alt_texts.get(url, ""),
                ),
            ),
            wrap="wrap",
            gap="1em",
        ),
        title="Image lab",
    )


def tools_page() -> rx.Component:
    return page_shell(
        rx.tabs.root(
            rx.tabs.list(rx.tabs.trigger("SEO", value="seo"), rx.tabs.trigger("Localise", value="l10n"), rx.tabs.trigger("Library", value="lib")),
            rx.tabs.content(
                rx.vstack(
                    rx.input(value=SEOState.title, on_change=SEOState.set_title, placeholder="Title"),
                    rx.text_area(value=SEOState.summary, on_change=SEOState.set_summary, placeholder="Summary / body"),
                    rx.hstack(
                        rx.button("Meta description", on_click=SEOState.make_meta),
                        rx.button("Title ideas", on_click=SEOState.ideas),
                        rx.button("Readability rewrite", on_click=SEOState.rewrite_readable),
                        rx.button("Summarise", on_click=SEOState.summarize_summary(True)),
                    ),
                    rx.text(SEOState.meta),
                    rx.foreach(SEOState.title_ideas, rx.text),
                    rx.markdown(SEOState.readability_rewrite),
                    rx.text_area(value=SEOState.keywords_raw, on_change=SEOState.set_keywords_raw, placeholder="keywords, one per line"),
                    rx.button("Cluster", on_click=SEOState.cluster),
                ),
                value="seo",
            ),
            rx.tabs.content(
                rx.vstack(
                    rx.text_area(value=LocalizeState.source_text, on_change=LocalizeState.set_source_text),
                    rx.button("Translate", on_click=LocalizeState.translate, loading=LocalizeState.working),
                    rx.foreach(
                        LocalizeState.translations,
                        lambda kv: rx.card(
                            rx.badge(kv[0]),
                            rx.text(kv[1]),
                            rx.button("Glossary", size="1", on_click=LocalizeState.apply_glossary(kv[0])),
                        ),
                    ),
                ),
                value="l10n",
            ),
            rx.tabs.content(
                rx.vstack(
                    rx.input(value=LibraryState.query, on_change=LibraryState.set_query, placeholder="Search past content"),
                    rx.hstack(
                        rx.button("Search", on_click=LibraryState.search),
                        rx.button("Ask", on_click=LibraryState.ask_library),
                        rx.button("Reindex", variant="ghost", on_click=LibraryState.reindex, loading=LibraryState.indexing),
                    ),
                    rx.markdown(LibraryState.answer),
                    rx.foreach(LibraryState.results, lambda r: rx.card(rx.text(r["text"]), rx.text(r["score"], size="1"))),
                ),
                value="lib",
            ),
            default_value="seo",
        ),
        title="SEO & localise",
    )


def settings_page() -> rx.Component:
    return page_shell(
        rx.button("Refresh model list", on_click=SettingsState.refresh_models),
        rx.hstack(
            rx.vstack(rx.heading("OpenAI", size="3"), rx.foreach(SettingsState.openai_models, rx.text)),
            rx.vstack(rx.heading("Anthropic", size="3"), rx.foreach(SettingsState.anthropic_models, rx.text)),
        ),
        rx.upload(rx.text("Drop brand_guide.md here"), id="guide", accept={"text/markdown": [".md"]}),
        rx.button("Upload", on_click=SettingsState.upload_guide(rx.upload_files(upload_id="guide"))),
        rx.heading("LLM spend", size="4"),
        rx.text(f"Tracked spend: ${SettingsState.spend_30d}"),
        rx.data_table(data=SettingsState.usage_rows, columns=["feature", "model", "cost", "calls"]),
        title="Settings",
    )
