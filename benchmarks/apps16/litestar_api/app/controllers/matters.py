from __future__ import annotations

import logging
from typing import List
from uuid import UUID

from litestar import Controller, get, post
from litestar.pagination import OffsetPagination
from litestar.params import Parameter

from app.clients.azure_openai import get_async_azure_openai
from app.config import get_settings
from app.db.repositories import DocumentRepository, MatterRepository
from app.schemas import LetterRequest, MatterIn, MatterOut
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.utils.checklist import ChecklistItem, completion, outstanding

logger = logging.getLogger(__name__)

LETTER_SYSTEM = (
    "You draft client correspondence for a US law firm. Plain English, no legalese unless needed, "
    "no promises about outcomes, sign off as '[Attorney Name]'. Include a privilege header when the "
    "letter gives legal advice."
)


def _out(m) -> MatterOut:
    return MatterOut(
        id=m.id,
        client_name=m.client_name,
        title=m.title,
        matter_number=m.matter_number,
        status=m.status.value,
        practice_area=m.practice_area,
        summary=m.summary,
        created_at=m.created_at,
    )


class MatterController(Controller):
    path = "/matters"
    tags = ["matters"]

    @get("/")
    async def list_matters(
        self,
        matter_repo: MatterRepository,
        limit: int = Parameter(default=50, le=200),
        offset: int = Parameter(default=0, ge=0),
    ) -> OffsetPagination[MatterOut]:
        items = await matter_repo.list_open(limit=limit, offset=offset)
        return OffsetPagination(items=[_out(m) for m in items], limit=limit, offset=offset, total=len(items))

    @post("/")
    async def create_matter(self, data: MatterIn, matter_repo: MatterRepository) -> MatterOut:
        matter = await matter_repo.create(
            client_name=data.client_name,
            title=data.title,
            matter_number=data.matter_number,
            practice_area=data.practice_area,
        )
        return _out(matter)

    @get("/{matter_id:uuid}")
    async def get_matter(self, matter_id: UUID, matter_repo: MatterRepository) -> MatterOut:
        return _out(await matter_repo.get(matter_id))

    @post("/{matter_id:uuid}/checklist")
    async def checklist_progress(self, matter_id: UUID, data: List[ChecklistItem]) -> dict:
        return {"matter_id": str(matter_id), "completion": round(completion(data), 2), "outstanding": outstanding(data)}

    @post("/{matter_id:uuid}/status-note")
    async def status_note(
        self, matter_id: UUID, matter_repo: MatterRepository, document_repo: DocumentRepository
    ) -> dict:
        matter = await matter_repo.get(matter_id)
        docs = await document_repo.list_for_matter(matter_id)
        listing = "\n".join(f"- {d.filename} ({d.kind.value}, {d.ingest_status})" for d in docs[:200])
        note = await multi_model_service.generate_response(
            prompt=f"Matter: {matter.title} for {matter.client_name}\nDocuments:\n{listing}\n\n"
            "Write a three-sentence status note for the weekly matter review.",
            task_type="status_note",
            complexity=TaskComplexity.SIMPLE,
            matter_id=str(matter_id),
        )
        await matter_repo.update(matter, summary=note)
        return {"note": note}

    @post("/{matter_id:uuid}/draft-letter")
    async def draft_letter(self, matter_id: UUID, data: LetterRequest, matter_repo: MatterRepository) -> dict:
        matter = await matter_repo.get(matter_id)
        points = "\n".join(f"- {p}" for p in data.key_points) or "(none given)"
        client = get_async_azure_openai()
        response = await client.chat.completions.create(
            model=get_settings().azure_chat_deployment,
            messages=[
                {"role": "system", "content": LETTER_SYSTEM},
                {
                    "role": "user",
                    "content": f"Client: {matter.client_name}\nMatter: {matter.title}\nRecipient: {data.recipient}\n"
                    f"Purpose: {data.purpose}\nTone: {data.tone}\nKey points:\n{points}",
                },
            ],
            temperature=0.4,
            max_tokens=1200,
        )
        return {"draft": response.choices[0].message.content, "model": response.model}
