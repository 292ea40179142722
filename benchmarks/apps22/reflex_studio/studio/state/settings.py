"""Settings page: model availability, brand guide upload, usage overview."""
from __future__ import annotations

import logging

import reflex as rx
import sqlmodel

from studio.backend import get_anthropic, get_openai
from studio.backend.models import UsageLog

from .base import StudioState

logger = logging.getLogger(__name__)


class SettingsState(StudioState):
    openai_models: list[str] = []
    anthropic_models: list[str] = []
    guide_file_id: str = ""
    usage_rows: list[dict] = []
    spend_30d: float = 0.0

    @rx.event
    async def refresh_models(self):
        page = await get_openai().models.list()
        self.openai_models = sorted(m.id for m in page.data if m.id.startswith(("gpt-", "o")))
        claude = await get_anthropic().models.list(limit=50)
        self.anthropic_models = [m.id for m in claude.data]

    @rx.event
    async def upload_guide(self, files: list[rx.UploadFile]):
        for file in files:
            data = await file.read()
            uploaded = await get_openai().files.create(file=(file.filename, data), purpose="assistants")
            self.guide_file_id = uploaded.id
            outfile = rx.get_upload_dir() / "brand_guide.md"
            outfile.write_bytes(data)
        yield rx.toast.success("Brand guide updated")

    @rx.event
    def load_usage(self):
        with rx.session() as session:
            rows = session.exec(
                sqlmodel.select(
                    UsageLog.feature_context,
                    UsageLog.model,
                    sqlmodel.func.sum(UsageLog.cost_usd),
                    sqlmodel.func.count(),
                ).group_by(UsageLog.feature_context, UsageLog.model)
            ).all()
        self.usage_rows = [{"feature": f, "model": m, "cost": round(c or 0, 4), "calls": n} for f, m, c, n in rows]
        self.spend_30d = round(sum(r["cost"] for r in self.usage_rows), 2)
