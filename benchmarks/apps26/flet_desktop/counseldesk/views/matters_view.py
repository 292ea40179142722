"""Matters list + AI summaries."""
from __future__ import annotations

import logging

import flet as ft

from counseldesk import services
from counseldesk.services.llm_usage_tracker import llm_tracker
from counseldesk.services.multi_model_service import TaskComplexity, multi_model_service
from counseldesk.storage.matter_store import Matter, MatterStore

log = logging.getLogger(__name__)


class MatterCard(ft.Card):
    def __init__(self, matter: Matter, on_select) -> None:
        super().__init__()
        self.matter = matter
        self.content = ft.ListTile(
            leading=ft.Icon(ft.Icons.LOCK if matter.privileged else ft.Icons.FOLDER),
            title=ft.Text(matter.name),
            subtitle=ft.Text(f"{matter.client or '—'} · {matter.practice_area or 'general'}"),
            on_click=lambda e: on_select(matter),
        )


class MattersPanel(ft.Column):
    def __init__(self, store: MatterStore) -> None:
        super().__init__(expand=True)
        self._store = store
        self._selected: Matter | None = None
        self.list_view = ft.ListView(expand=1, spacing=4)
        self.detail = ft.Markdown("", selectable=True)
        self.new_name = ft.TextField(label="New matter", expand=True, on_submit=self._create_matter)
        self.privileged = ft.Checkbox(label="Privileged")
        self.controls = [
            ft.Text("Matters", style=ft.TextThemeStyle.TITLE_LARGE),
            ft.Row([self.new_name, self.privileged]),
            ft.Row(
                [
                    ft.Container(self.list_view, width=340),
                    ft.VerticalDivider(width=1),
                    ft.Column(
                        [
                            ft.Row(
                                [
                                    ft.FilledButton("Summarize", on_click=self._summarize),
                                    ft.OutlinedButton("Quick brief", on_click=self._quick_brief),
                                    ft.OutlinedButton("Risk memo", on_click=self._risk_memo),
                                    ft.OutlinedButton("Next steps", on_click=self._next_steps),
                                ]
                            ),
                            self.detail,
                        ],
                        expand=True,
                        scroll=ft.ScrollMode.AUTO,
                    ),
                ],
                expand=True,
            ),
        ]

    def did_mount(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        self.list_view.controls = [MatterCard(m, self._select) for m in self._store.list()]
        self.update()

    def _select(self, matter: Matter) -> None:
        self._selected = matter
        self.page.data.current_matter_id = matter.id
        self.page.client_storage.set("counseldesk.current_matter", matter.id)
        notes = self._store.notes(matter.id, kind="summary")
        self.detail.value = notes[-1] if notes else f"## {matter.name}\n_No summary yet._"
        self.update()

    def _create_matter(self, e) -> None:
        name = (self.new_name.value or "").strip()
        if not name:
            return
        matter = self._store.create(name, privileged=bool(self.privileged.value))
        self.new_name.value = ""
        self._refresh()
        self._select(matter)

    def _documents(self) -> list[str]:
        return self._store.notes(self._selected.id, kind="document") if self._selected else []

    def _summarize(self, e) -> None:
        if not self._selected:
            return
        summarizer = self.page.data.services["summarizer"]
        self.detail.value = ""
        self.update()

        def on_delta(text: str) -> None:
            self.detail.value += text
            self.update()

        def worker() -> None:
            summary = summarizer.stream_summary(self._selected.name, self._documents(), on_delta)
            self._store.add_note(self._selected.id, "summary", f"## {summary.headline}\n\n{summary.body}")

        self.page.run_thread(worker)

    async def _quick_brief(self, e) -> None:
        if not self._selected:
            return
        text = await multi_model_service.generate_response(
            prompt="Three-bullet status brief:\n\n" + "\n\n".join(self._documents()[:5]),
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            matter_id=self._selected.id,
        )
        self.detail.value = text
        self.update()

    async def _risk_memo(self, e) -> None:
        if not self._selected:
            return
        client = services.get_async_anthropic_client()
        async with llm_tracker.track_llm_call(
            provider="anthropic",
            model="claude-sonnet-4-5",
            feature_context="risk_memo",
            matter_id=self._selected.id,
        ) as usage_log:
            msg = await client.messages.create(
                model="claude-sonnet-4-5",
                max_tokens=1500,
                messages=[{"role": "user", "content": "Draft a litigation risk memo:\n\n" + "\n\n".join(self._documents())}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        self.detail.value = msg.content[0].text
        self.update()

    async def _next_steps(self, e) -> None:
        # TODO: route through multi_model_service like _quick_brief (LEGAL-412)
        if not self._selected:
            return
        msg = await services.get_async_anthropic_client().messages.create(
            model="claude-haiku-4-5",
            max_tokens=600,
            messages=[
                {"role": "user", "content": "List the next 5 concrete steps for this matter:\n\n" + "\n".join(self._documents())}
            ],
        )
        self.detail.value = msg.content[0].text
        self.update()
