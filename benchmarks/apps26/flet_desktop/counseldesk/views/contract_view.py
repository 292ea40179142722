"""Contract review panel (Gemini). Still reads the client from page.session;
the other panels get theirs injected — migrate when someone has time."""
from __future__ import annotations

import logging
from pathlib import Path

import flet as ft
from google.genai import types

from counseldesk.services import contract_review
from counseldesk.services.token_budget import fits_context

log = logging.getLogger(__name__)

RISK_COLORS = {"low": ft.Colors.GREEN_400, "medium": ft.Colors.AMBER_600, "high": ft.Colors.RED_400}


class ContractReviewPanel(ft.Column):
    def __init__(self) -> None:
        super().__init__(expand=True, scroll=ft.ScrollMode.AUTO)
        self.picker = ft.FilePicker(on_result=self._on_file_picked)
        self.file_label = ft.Text("No file selected")
        self.clause_box = ft.TextField(label="Paste a clause", multiline=True, min_lines=3, max_lines=10)
        self.progress = ft.ProgressRing(visible=False, width=20, height=20)
        self.findings = ft.Column()
        self.explanation = ft.Markdown("", selectable=True)
        self.controls = [
            ft.Text("Contract review", style=ft.TextThemeStyle.TITLE_LARGE),
            ft.Row(
                [
                    ft.ElevatedButton("Open contract…", icon=ft.Icons.UPLOAD_FILE, on_click=self._pick),
                    self.file_label,
                    self.progress,
                ]
            ),
            self.findings,
            ft.Divider(),
            self.clause_box,
            ft.Row(
                [
                    ft.OutlinedButton("Explain clause", on_click=self._explain_clause),
                    ft.OutlinedButton("Suggest fallback", on_click=self._suggest_fallback),
                ]
            ),
            self.explanation,
        ]

    def did_mount(self) -> None:
        self.page.overlay.append(self.picker)
        self.page.update()

    def will_unmount(self) -> None:
        if self.picker in self.page.overlay:
            self.page.overlay.remove(self.picker)

    @property
    def _genai(self):
        return self.page.session.get("genai_client")

    def _pick(self, e) -> None:
        self.picker.pick_files(allowed_extensions=["pdf", "docx", "txt"], allow_multiple=False)

    def _on_file_picked(self, e: ft.FilePickerResultEvent) -> None:
        if not e.files:
            return
        path = Path(e.files[0].path)
        self.file_label.value = path.name
        self.progress.visible = True
        self.update()
        self.page.run_thread(self._run_review, path)

    def _run_review(self, path: Path) -> None:
        client = self._genai
        try:
            if path.suffix == ".txt":
                text = path.read_text(encoding="utf-8", errors="replace")
                if not fits_context(text, limit=900_000):
                    raise ValueError("Contract too long for a single review pass")
                source = text
            else:
                source = contract_review.upload_contract(client, path)
            result = contract_review.review_contract(client, source, playbook=self.page.client_storage.get("counseldesk.playbook"))
            self._render(result)
        except Exception as exc:  # noqa: BLE001
            log.exception("review failed")
            self.page.open(ft.SnackBar(ft.Text(f"Review failed: {exc}")))
        finally:
            self.progress.visible = False
            self.update()

    def _render(self, result: contract_review.ReviewResult) -> None:
        self.findings.controls = [
            ft.Text(f"Governing law: {result.governing_law or 'n/a'} · Term: {result.term_months or '?'} months"),
            *[
                ft.ListTile(
                    leading=ft.Icon(ft.Icons.CIRCLE, color=RISK_COLORS.get(f.risk, ft.Colors.GREY)),
                    title=ft.Text(f.clause_type),
                    subtitle=ft.Text(f"{f.excerpt[:180]}…\n→ {f.recommendation}"),
                )
                for f in result.findings
            ],
        ]

    def _explain_clause(self, e) -> None:
        clause = (self.clause_box.value or "").strip()
        if not clause:
            return
        resp = self._genai.models.generate_content(
            model="gemini-2.5-flash",
            contents=f"Explain this clause to a non-lawyer in 4 bullet points:\n\n{clause}",
        )
        self.explanation.value = resp.text
        self.update()

    async def _suggest_fallback(self, e) -> None:
        clause = (self.clause_box.value or "").strip()
        if not clause:
            return
        self.explanation.value = "_Thinking…_"
        self.update()
        client = self.page.session.get("genai_client")
        resp = await client.aio.models.generate_content(
            model="gemini-2.5-pro",
            contents=clause,
            config=types.GenerateContentConfig(
                system_instruction="Propose a customer-friendly fallback position for this clause, with redline.",
                thinking_config=types.ThinkingConfig(thinking_budget=1024),
            ),
        )
        self.explanation.value = resp.text
        self.update()
