"""DashboardController: pipeline numbers and AI spend for admins."""
from masonite.controllers import Controller
from masonite.request import Request
from masonite.views import View

from app.services.ai import get_openai


class DashboardController(Controller):
    def show(self, view: View, request: Request):
        reports = request.app.make("reports")
        return view.render(
            "dashboard",
            {"pipeline": reports.generate(), "ai_spend": reports.ai_spend()},
        )

    def models(self, view: View):
        """Admin page listing which OpenAI models our key can use."""
        available = sorted(m.id for m in get_openai().models.list())
        return view.render("admin.models", {"models": available})
