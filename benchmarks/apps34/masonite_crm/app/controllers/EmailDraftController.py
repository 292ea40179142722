"""EmailDraftController: AI-assisted follow-up emails."""
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response
from openai import OpenAI

from app.models.EmailDraft import EmailDraft
from app.models.Lead import Lead
from app.services.ai import registry
from app.services.ai.email_drafter import EmailDrafter
from app.services.ai.prompts import PromptLibrary


class EmailDraftController(Controller):
    def create(self, request: Request, response: Response, drafter: EmailDrafter):
        lead = Lead.find_or_fail(request.input("lead_id"))
        result = drafter.draft(
            lead,
            sender=request.user(),
            context=request.input("context", lead.notes or ""),
            tone=request.input("tone", "friendly"),
        )
        draft = EmailDraft.create(
            {
                "lead_id": lead.id,
                "user_id": request.user().id,
                "subject": result.subject,
                "body": result.body,
                "tone": request.input("tone", "friendly"),
                "model": result.model,
            }
        )
        return response.json({"id": draft.id, "subject": draft.subject, "body": draft.body})

    def rewrite(self, request: Request, response: Response, openai_client: OpenAI):
        draft = EmailDraft.find_or_fail(request.param("id"))
        tone = request.input("tone", "concise")
        prompt = PromptLibrary.render(PromptLibrary.EMAIL_REWRITE, tone=tone, body=draft.body)
        backend = request.input("backend")
        if backend:
            body = registry.rewrite(prompt, backend=backend)
        else:
            completion = openai_client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": prompt}],
                temperature=0.4,
            )
            body = completion.choices[0].message.content
        draft.update({"body": body, "tone": tone})
        return response.json({"id": draft.id, "body": draft.body})

    def subject_lines(self, request: Request, response: Response):
        """Five alternative subject lines via the DeepSeek binding (cheap)."""
        draft = EmailDraft.find_or_fail(request.param("id"))
        deepseek = request.app.make("ai.deepseek")
        reply = deepseek.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {
                    "role": "user",
                    "content": "Suggest five subject lines, one per line, for:\n" + draft.body,
                }
            ],
            max_tokens=200,
        )
        lines = [l.strip("-• ").strip() for l in reply.choices[0].message.content.splitlines()]
        return response.json({"subjects": [l for l in lines if l][:5]})

    def destroy(self, request: Request, response: Response):
        EmailDraft.find_or_fail(request.param("id")).delete()
        return response.json({"deleted": True})
