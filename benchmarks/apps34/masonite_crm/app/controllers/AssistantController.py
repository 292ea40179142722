"""AssistantController: the "Ask Pipeline" side panel."""
from masonite.controllers import Controller
from masonite.request import Request
from masonite.response import Response

from app.models.Lead import Lead
from app.services.ai import get_async_openai
from app.services.multi_model_service import TaskComplexity, multi_model_service


class AssistantController(Controller):
    async def ask(self, request: Request, response: Response):
        question = request.input("question", "").strip()
        if not question:
            return response.json({"error": "question required"}, status=422)
        context = ""
        if request.input("lead_id"):
            context = Lead.find_or_fail(request.input("lead_id")).profile_text()
        answer = await multi_model_service.generate_response(
            prompt=f"{context}\n\nQuestion: {question}",
            task_type="chat",
            complexity=TaskComplexity.SIMPLE,
            user_id=request.user().id,
        )
        return response.json({"answer": answer})

    async def plan_account(self, request: Request, response: Response):
        router = request.app.make("ai.router")
        leads = Lead.where("account_id", request.param("account_id")).get()
        profiles = "\n".join(l.profile_text() for l in leads)
        plan = await router.generate_response(
            prompt="Write an account plan for these stakeholders:\n" + profiles,
            task_type="account_plan",
            complexity=TaskComplexity.AGENTIC,
            max_tokens=2000,
        )
        return response.json({"plan": plan})

    async def draft_reply(self, request: Request, response: Response):
        """Quick reply suggestion for the inbox view.

        TODO: move to multi_model_service once it supports streaming (CRM-588).
        """
        thread = request.input("thread", "")
        client = get_async_openai()
        stream = await client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[
                {"role": "system", "content": "Suggest a short, polite reply."},
                {"role": "user", "content": thread},
            ],
            stream=True,
        )
        pieces = []
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content:
                pieces.append(chunk.choices[0].delta.content)
        return response.json({"reply": "".join(pieces)})
