from __future__ import annotations

import logging

from robyn import Request, Response, SubRouter

from supportdesk.repositories.tickets import DraftRepository, TicketRepository
from supportdesk.services.drafting import ReplyDrafter, polish_draft
from supportdesk.services.kb_search import KBSearchService
from supportdesk.services.moderation import moderate_async

logger = logging.getLogger(__name__)

router = SubRouter(__file__, prefix="/drafts")
router.inject(drafter=ReplyDrafter(), drafts=DraftRepository(), tickets=TicketRepository())


def _kb(global_dependencies) -> KBSearchService:
    return KBSearchService(global_dependencies["voyage"], global_dependencies["cohere"])


@router.post("/:ticket_id")
async def create_draft(request: Request, global_dependencies, router_dependencies):
    ticket = router_dependencies["tickets"].get(int(request.path_params["ticket_id"]))
    if ticket is None:
        return Response(status_code=404, headers={}, description="not found")
    tone = (request.json() or {}).get("tone", "neutral")
    hits = _kb(global_dependencies).search(f"{ticket.subject}\n{ticket.body}")
    draft = router_dependencies["drafter"].draft(ticket, hits, tone=tone)
    verdict = await moderate_async(draft.text)
    return {"text": draft.text, "sources": draft.sources, "flagged": verdict.flagged}


@router.post("/:ticket_id/polish")
async def polish(request: Request, global_dependencies):
    body = request.json()
    text = await polish_draft(global_dependencies["anthropic"], body["text"],
                              body.get("instruction", "Make this friendlier."))
    return {"text": text}


@router.post("/:ticket_id/quick")
async def quick_draft(request: Request, global_dependencies, router_dependencies):
    """Short one-liner reply for macros; uses deepseek because it's cheap."""
    ticket = router_dependencies["tickets"].get(int(request.path_params["ticket_id"]))
    if ticket is None:
        return Response(status_code=404, headers={}, description="not found")
    deepseek = global_dependencies["deepseek"]
    completion = await deepseek.chat.completions.create(
        model="deepseek-chat",
        messages=[
            {"role": "system", "content": "Write a one-sentence acknowledgement for this ticket."},
            {"role": "user", "content": ticket.body[:3000]},
        ],
        max_tokens=80,
    )
    return {"text": completion.choices[0].message.content}


@router.post("/:ticket_id/translate")
async def translate(request: Request, global_dependencies):
    body = request.json()
    claude = global_dependencies["anthropic"]
    async with claude.messages.stream(
        model="claude-3-5-haiku-latest",
        max_tokens=1500,
        messages=[{"role": "user", "content": f"Translate to {body['language']}:\n\n{body['text']}"}],
    ) as stream:
        message = await stream.get_final_message()
    return {"text": message.content[0].text}


@router.get("/:ticket_id")
async def list_drafts(request: Request, router_dependencies):
    drafts = router_dependencies["drafts"].for_ticket(int(request.path_params["ticket_id"]))
    return [{"text": d.text, "model": d.model, "approved": d.approved} for d in drafts]
